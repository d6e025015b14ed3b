// @reconnect/core/time: the one zone clock (wall time and instants in both directions) and calendar days

export * from '../time/calendar.ts';
export * from '../time/zone-clock.ts';
