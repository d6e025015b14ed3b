// the flags several commands share, checked and turned into the Node layer's options; usage errors name the flag

import { formatNamed } from '@reconnect/core/import';
import { FORMATS, type Format } from '@reconnect/core/model';
import { isKnownTimeZone } from '@reconnect/core/time';
import { CLIError, EXIT_USAGE } from './cli-error.ts';

/** commander's collector for a repeatable option */
export const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/**
 * The --format value as a Format, or a usage error listing the formats.
 * @example parseFormatFlag('WhatsApp') // 'whatsapp'
 */
export function parseFormatFlag(value: string | undefined): Format | undefined {
  if (value === undefined) return undefined;
  const format = formatNamed(value);
  if (format !== undefined) return format;
  throw new CLIError(`I don't know the format "${value}". Formats I can read: ${FORMATS.join(', ')}.`, EXIT_USAGE);
}

/**
 * The --tz value checked against the runtime's zone database, or a usage error.
 * @example parseTimeZoneFlag('Europe/Berlin') // 'Europe/Berlin'
 */
export function parseTimeZoneFlag(value: string | undefined): string | undefined {
  if (value === undefined || isKnownTimeZone(value)) return value;
  throw new CLIError(
    `"${value}" is not a time zone I know. Try a name like Europe/Berlin or America/New_York.`,
    EXIT_USAGE,
  );
}

/**
 * Each "OTHER=NAME" of --merge as `{ name: OTHER, into: NAME }`, or a usage error.
 * @example parseMergeFlags(['Sam (work)=Sam']) // [{ name: 'Sam (work)', into: 'Sam' }]
 */
export function parseMergeFlags(merges: readonly string[] = []): { name: string; into: string }[] {
  return merges.map((pair) => {
    const [name, into] = pair.split('=').map((part) => part.trim());
    if (!name || !into)
      throw new CLIError(`--merge needs two names joined by "=", like "Sam (work)=Sam", not "${pair}".`, EXIT_USAGE);
    return { name, into };
  });
}

/** the reading options the --format, --tz, --chat and --merge flags ask for */
export function readFlags(flags: {
  readonly format?: string;
  readonly tz?: string;
  readonly chat?: string;
  readonly merge?: readonly string[];
}): { format?: Format; timeZone?: string; chat?: string; merge?: { name: string; into: string }[] } {
  const format = parseFormatFlag(flags.format);
  const timeZone = parseTimeZoneFlag(flags.tz);
  const merge = parseMergeFlags(flags.merge);
  return {
    ...(format !== undefined ? { format } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...(flags.chat !== undefined ? { chat: flags.chat } : {}),
    ...(merge.length > 0 ? { merge } : {}),
  };
}
