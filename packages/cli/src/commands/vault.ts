// the vault commands: import, conversations, analyze ID, export, passphrase, lock, wipe

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisReport } from '@reconnect/core/analysis';
import {
  createVault,
  isVaultError,
  openVault,
  requestLock,
  VAULT_FILES,
  type Vault,
  vaultExists,
  vaultHome,
  wipeVault,
} from '@reconnect/vault';
import type { Command } from 'commander';
import { CLIError, EXIT_RUNTIME, EXIT_USAGE } from '../cli-error.ts';
import { collect, parseTimeZoneFlag } from '../flags.ts';
import { checkOutputPath } from '../io/output-path.ts';
import {
  askNewPassphrase,
  askPassphrase,
  forgetPassphrase,
  NEW_PASSPHRASE_ENV,
  PASSPHRASE_ENV,
} from '../ui/passphrase.ts';
import { createProgress } from '../ui/progress.ts';
import { terminalSafe, terminalSafeJson } from '../ui/terminal-text.ts';
import { type AnalyzeFlags, readExport, settlePeople } from './analyze.ts';

/** turns a vault failure into the CLI's one-line error */
async function vaultStep<T>(step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isVaultError(error)) throw new CLIError(error.message, EXIT_RUNTIME);
    throw error;
  }
}

/**
 * opens the vault, asking for the passphrase; `create` makes one on first use (asking twice); `analysis: false`
 * leaves the analysis unloaded (reading kept insights does not need it)
 */
async function unlock(create: boolean, analysis = true): Promise<Vault> {
  const home = vaultHome();
  if (!vaultExists(home)) {
    if (!create)
      throw new CLIError('There is no vault yet. Import a chat first with `reconnect import FILE`.', EXIT_RUNTIME);
    const passphrase = await askNewPassphrase(PASSPHRASE_ENV);
    try {
      return await vaultStep(() => createVault(home, passphrase));
    } finally {
      forgetPassphrase(passphrase);
    }
  }
  const passphrase = await askPassphrase();
  try {
    return await vaultStep(() => openVault(home, passphrase, { analysis }));
  } finally {
    forgetPassphrase(passphrase);
  }
}

/** runs `work` on the unlocked vault and always locks it again (closing the database, zeroing the key) */
async function withVault<T>(create: boolean, work: (vault: Vault) => Promise<T> | T, analysis = true): Promise<T> {
  const vault = await unlock(create, analysis);
  try {
    return await vaultStep(() => work(vault));
  } finally {
    vault.lock();
  }
}

const day = (iso: string | null) => (iso === null ? '?' : iso.slice(0, 10));
const count = (n: number) => n.toLocaleString('en-US');

interface ImportFlags extends Pick<AnalyzeFlags, 'me' | 'partner' | 'format' | 'tz' | 'chat' | 'merge'> {
  readonly json?: boolean;
}

/**
 * `reconnect import FILE`: reads the export and keeps it in the vault; a re-import adds only what is new.
 * @example await runImport('chat.txt', { json: true })
 */
export async function runImport(file: string, flags: ImportFlags): Promise<void> {
  const quiet = flags.json === true;
  const read = await readExport(file, { ...flags, json: quiet });
  const result = await withVault(true, (vault) => {
    const bar = createProgress({ label: 'Saving', enabled: !quiet });
    let shown = -1;
    try {
      return vault.importConversation(
        read.conversation,
        {
          format: read.conversation.format,
          me: read.me.id,
          partner: read.partner.id,
          title: read.conversation.title,
          fileName: file,
          timeZone: read.timeZone,
        },
        (phase, done, total) => {
          const step = Math.floor((done / Math.max(1, total)) * 20);
          if (step === shown) return;
          shown = step;
          bar.note(
            phase === 'saving'
              ? `${count(done)} of ${count(total)} messages into the vault …`
              : `the day-by-day tables, ${count(done)} of ${count(total)} messages …`,
          );
        },
      );
    } finally {
      bar.done();
    }
  });
  if (quiet) {
    process.stdout.write(
      `${JSON.stringify({ conversation: result.conversation, added: result.added, total: result.total })}\n`,
    );
    return;
  }
  const who = terminalSafe(`${read.me.name} and ${read.partner.name}`);
  const lines =
    result.added === result.total
      ? [
          `Kept ${count(result.added)} messages between ${who} (${day(result.addedFirst)} to ${day(result.addedLast)}) in your vault.`,
        ]
      : result.added === 0
        ? [`Nothing new: all ${count(result.total)} messages of this chat were already in your vault.`]
        : [
            `Added ${count(result.added)} new messages (${day(result.addedFirst)} to ${day(result.addedLast)}); the chat between ${who} now holds ${count(result.total)}.`,
          ];
  lines.push(`See the insights with: reconnect analyze ${result.conversation}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `reconnect analyze ID`: the same report as `analyze FILE`, from the stored day tables.
 * @example const report = await analyzeStored('k3j2h1g0a', {})
 */
export async function analyzeStored(id: string, flags: AnalyzeFlags): Promise<AnalysisReport> {
  for (const [flag, value] of [
    ['--format', flags.format],
    ['--chat', flags.chat],
    ['--merge', flags.merge],
  ] as const)
    if (value !== undefined)
      throw new CLIError(`${flag} is for reading a file; a stored conversation is already read.`, EXIT_USAGE);
  const timeZone = parseTimeZoneFlag(flags.tz);
  // the insights kept at import are read without loading the analysis; other people or another zone load it
  return withVault(
    false,
    async (vault) => {
      if (!vault.conversations().some((c) => c.id === id))
        throw new CLIError(
          `There is no conversation ${id} in your vault. See them with: reconnect conversations`,
          EXIT_RUNTIME,
        );
      let people: {
        me?: ReturnType<typeof settlePeople>['me']['id'];
        partner?: ReturnType<typeof settlePeople>['partner']['id'];
      } = {};
      if (flags.me !== undefined || flags.partner !== undefined) {
        const settled = settlePeople(vault.conversation(id), flags);
        people = { me: settled.me.id, partner: settled.partner.id };
      }
      const options = { ...people, ...(timeZone !== undefined ? { timeZone } : {}) };
      const kept = vault.keptInsights(id, options);
      if (kept !== undefined) return kept;
      await vault.prepareAnalysis();
      return vault.analyze(id, options);
    },
    false,
  );
}

/**
 * Adds `import`, `conversations`, `export`, `passphrase`, `lock` and `wipe`.
 * @example registerVault(program)
 */
export function registerVault(program: Command): void {
  program
    .command('import')
    .description(
      'Keep a chat export in your encrypted vault, so you can come back to it; re-importing adds only new messages.',
    )
    .argument('<file>', 'the chat export: a file, a zip, or a folder')
    .option('--me <name>', 'your name as it appears in the chat')
    .option('--partner <name>', "your partner's name as it appears in the chat")
    .option('--format <name>', 'read the export as this format instead of detecting it')
    .option('--tz <zone>', 'time zone for exports that do not record one (e.g. Europe/Berlin)')
    .option('--chat <name>', 'which chat to read when the export holds several')
    .option('--merge <names>', 'one person under two names: "OTHER NAME=NAME" (repeatable)', collect)
    .option('--json', 'print { conversation, added, total } instead of a summary')
    .action(async (file: string, flags: ImportFlags) => {
      await runImport(file, flags);
    });

  program
    .command('conversations')
    .description('List the chats kept in your vault.')
    .option('--json', 'print a JSON list')
    .action(async (flags: { json?: boolean }) => {
      const list = await withVault(false, (vault) => vault.conversations());
      if (flags.json === true) {
        process.stdout.write(`${terminalSafeJson(list)}\n`);
        return;
      }
      if (list.length === 0) {
        process.stdout.write('Your vault holds no chats yet. Add one with: reconnect import FILE\n');
        return;
      }
      const lines = list.map(
        (c) =>
          `${c.id}  ${terminalSafe(c.title ?? `${c.me} and ${c.partner}`)} (${c.format}): ${count(c.messages)} messages, ${day(c.first)} to ${day(c.last)}`,
      );
      process.stdout.write(`${lines.join('\n')}\nSee one with: reconnect analyze ID\n`);
    });

  program
    .command('export')
    .description('Save a copy of your vault: encrypted (the default), or readable JSON after you confirm.')
    .option('--out <file>', "where to save it (default: a dated file in the vault's backups folder)")
    .option('--readable', 'save every message as plain, readable JSON instead of an encrypted copy')
    .option('--confirm-readable', 'confirm that a readable copy is what you want (anyone with the file can read it)')
    .option('--force', 'replace the file if it already exists')
    .action(async (flags: { out?: string; readable?: boolean; confirmReadable?: boolean; force?: boolean }) => {
      if (flags.readable === true && flags.confirmReadable !== true)
        throw new CLIError(
          'A readable export holds every message in plain text, and anyone who finds the file can read it. If that is what you want, add --confirm-readable.',
          EXIT_USAGE,
        );
      const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
      if (flags.out === undefined && vaultExists(vaultHome()))
        mkdirSync(join(vaultHome(), VAULT_FILES.backups), { recursive: true, mode: 0o700 });
      const given =
        flags.out ?? join(vaultHome(), VAULT_FILES.backups, `reconnect-${stamp}.${flags.readable ? 'json' : 'vault'}`);
      const out = checkOutputPath(given, {
        flag: '--out',
        inputs: [],
        ...(flags.force !== undefined ? { force: flags.force } : {}),
      });
      await withVault(false, async (vault) => {
        if (flags.readable === true) vault.exportJson(out);
        else {
          if (flags.force === true) rmSync(out, { force: true });
          vault.exportEncrypted(out);
        }
      });
      process.stdout.write(
        flags.readable === true
          ? `Saved a readable copy to ${terminalSafe(out)}. Anyone with this file can read your messages; delete it when you are done.\n`
          : `Saved an encrypted copy to ${terminalSafe(out)}, with its key file ${terminalSafe(`${out}.key`)}. Keep the two together; your passphrase opens them.\n`,
      );
    });

  program
    .command('passphrase')
    .description('Change the vault passphrase (the data stays as it is; only its key is wrapped again).')
    .action(async () => {
      const home = vaultHome();
      if (!vaultExists(home))
        throw new CLIError('There is no vault yet. Import a chat first with `reconnect import FILE`.');
      const old = await askPassphrase();
      try {
        const vault = await vaultStep(() => openVault(home, old));
        try {
          const next = await askNewPassphrase(NEW_PASSPHRASE_ENV);
          try {
            await vaultStep(() => vault.changePassphrase(old, next));
          } finally {
            forgetPassphrase(next);
          }
        } finally {
          vault.lock();
        }
      } finally {
        forgetPassphrase(old);
      }
      process.stdout.write('Your vault now opens with the new passphrase; the old one no longer works.\n');
    });

  program
    .command('lock')
    .description('Lock a running Reconnect app now: it closes the vault and forgets its key until you unlock it again.')
    .action(() => {
      const home = vaultHome();
      if (!vaultExists(home)) {
        process.stdout.write('There is no vault here, so there is nothing to lock.\n');
        return;
      }
      requestLock(home);
      process.stdout.write(
        'Asked a running Reconnect app to lock. Commands like this one never keep your vault open, so nothing else needs locking.\n',
      );
    });

  program
    .command('wipe')
    .description('Delete the vault for good: its key first, then every file. This cannot be undone.')
    .option('--yes', 'yes, delete everything in the vault')
    .action(async (flags: { yes?: boolean }) => {
      const home = vaultHome();
      if (flags.yes !== true)
        throw new CLIError(
          `This deletes your vault (${terminalSafe(home)}) for good: chats, check-ins, journal and drafts. Run \`reconnect wipe --yes\` if you are sure.`,
          EXIT_USAGE,
        );
      if (!existsSync(home)) {
        process.stdout.write('There is no vault here; nothing to delete.\n');
        return;
      }
      await vaultStep(() => wipeVault(home));
      process.stdout.write(`Deleted your vault and everything in ${terminalSafe(home)}.\n`);
    });
}
