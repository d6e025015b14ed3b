// the one clock of the core: calendar arithmetic and time zones, used by import, analysis and simulate

export * from './calendar.ts';
export * from './zone-clock.ts';
