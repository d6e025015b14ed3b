// the `reconnect` command: parses arguments and hands each subcommand to its module
import { Command, CommanderError } from 'commander';
import { describeFailure, EXIT_USAGE } from './cli-error.ts';
import { installInterruptHandlers } from './ui/interrupt.ts';
import { terminalSafe } from './ui/terminal-text.ts';

type Register = (program: Command) => void;

/** each subcommand's module, loaded only when it is the one asked for (or for help), so start-up stays quick */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  coach: async () => (await import('./commands/coach.ts')).registerCoach,
  inspect: async () => (await import('./commands/inspect.ts')).registerInspect,
  analyze: async () => (await import('./commands/analyze.ts')).registerAnalyze,
  demo: async () => (await import('./commands/demo.ts')).registerDemo,
  import: async () => (await import('./commands/vault.ts')).registerVault,
  conversations: async () => (await import('./commands/vault.ts')).registerVault,
  export: async () => (await import('./commands/vault.ts')).registerVault,
  passphrase: async () => (await import('./commands/vault.ts')).registerVault,
  lock: async () => (await import('./commands/vault.ts')).registerVault,
  wipe: async () => (await import('./commands/vault.ts')).registerVault,
  start: async () => (await import('./commands/start.ts')).registerStart,
};

installInterruptHandlers();

const program = new Command('reconnect')
  .description('Reconnect: understand the distance, and answer it gently. Everything stays on this computer.')
  .version('0.1.0')
  .showHelpAfterError('(run `reconnect --help` to see what I can do)')
  .exitOverride();

try {
  const asked = process.argv[2];
  const names = asked !== undefined && asked in COMMANDS ? [asked] : Object.keys(COMMANDS);
  // the vault's commands share one module and register together
  const registers = new Set(await Promise.all(names.map((name) => (COMMANDS[name] as () => Promise<Register>)())));
  for (const register of registers) register(program);
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    const { line, exitCode } = describeFailure(error);
    process.stderr.write(`reconnect: ${terminalSafe(line)}\n`);
    process.exitCode = exitCode;
  }
}
