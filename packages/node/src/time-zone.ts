// the runtime's own time zone and a check of a zone name against its zone database

/**
 * The zone for exports that record none when the caller names none: the system's, else UTC.
 * @example systemTimeZone() // 'Europe/Berlin'
 */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Whether the runtime's zone database knows `name`.
 * @example isKnownTimeZone('Europe/Berlin') // true
 */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
