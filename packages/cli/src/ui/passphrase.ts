// the passphrase: from RECONNECT_PASSPHRASE, else typed on the terminal without echo; never from an argument

import { CLIError, EXIT_USAGE } from '../cli-error.ts';

export const PASSPHRASE_ENV = 'RECONNECT_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'RECONNECT_NEW_PASSPHRASE';
/** shorter passphrases are refused when a vault is made or its passphrase changed */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * Reads one line from the terminal without showing it; the bytes come back in a Buffer the caller zeroes.
 * @example const typed = await promptHidden('Passphrase: ')
 */
export function promptHidden(question: string): Promise<Buffer> {
  const input = process.stdin;
  if (!input.isTTY) {
    throw new CLIError(
      `I need your vault passphrase, but there is no terminal to ask on. Set ${PASSPHRASE_ENV} for scripts.`,
      EXIT_USAGE,
    );
  }
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    const bytes: number[] = [];
    input.setRawMode(true);
    input.resume();
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error !== undefined) {
        bytes.fill(0);
        reject(error);
        return;
      }
      const typed = Buffer.from(bytes);
      bytes.fill(0);
      resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const byte of chunk) {
        if (byte === 3) return finish(new CLIError('Stopped; nothing was changed.', 130));
        if (byte === 13 || byte === 10 || byte === 4) return finish();
        if (byte === 127 || byte === 8) {
          // drop the last whole UTF-8 character
          while (bytes.length > 0 && ((bytes.pop() ?? 0) & 0xc0) === 0x80);
          continue;
        }
        bytes.push(byte);
      }
      chunk.fill(0);
    };
    input.on('data', onData);
  });
}

/**
 * The passphrase of an existing vault: RECONNECT_PASSPHRASE when set, else asked once.
 * @example const passphrase = await askPassphrase()
 */
export async function askPassphrase(env = process.env): Promise<Uint8Array | string> {
  const given = env[PASSPHRASE_ENV];
  if (given !== undefined && given !== '') return given;
  return promptHidden('Vault passphrase: ');
}

/**
 * A new passphrase: from `envName` when set, else asked twice with a plain warning that it cannot be recovered.
 * @example const passphrase = await askNewPassphrase(PASSPHRASE_ENV)
 */
export async function askNewPassphrase(envName: string, env = process.env): Promise<Uint8Array | string> {
  const given = env[envName];
  if (given !== undefined && given !== '') {
    if ([...given].length < MIN_PASSPHRASE_LENGTH)
      throw new CLIError(
        `The passphrase in ${envName} is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters.`,
        EXIT_USAGE,
      );
    return given;
  }
  process.stderr.write(
    'Choose a passphrase for your vault. It keeps your chats, check-ins and journal private on this computer.\n' +
      'Please write it down somewhere safe: if it is lost, nobody (not even Reconnect) can open the vault again.\n',
  );
  const first = await promptHidden('New passphrase: ');
  const second = await promptHidden('The same passphrase again: ');
  const same = first.equals(second);
  second.fill(0);
  if (!same) {
    first.fill(0);
    throw new CLIError('The two passphrases were not the same; nothing was changed. Please try again.', EXIT_USAGE);
  }
  if ([...first.toString('utf8')].length < MIN_PASSPHRASE_LENGTH) {
    first.fill(0);
    throw new CLIError(`That passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters.`, EXIT_USAGE);
  }
  return first;
}

/** zeroes a passphrase held in bytes (strings cannot be cleared) */
export const forgetPassphrase = (passphrase: Uint8Array | string): void => {
  if (typeof passphrase !== 'string') passphrase.fill(0);
};
