// the `reconnect` command: parses arguments and hands each subcommand to its module
import { Command, CommanderError } from 'commander';
import { describeFailure, EXIT_USAGE } from './cli-error.ts';
import { registerCoach } from './commands/coach.ts';

const program = new Command('reconnect')
  .description('Reconnect: understand the distance, and answer it gently. Everything stays on this computer.')
  .version('0.1.0')
  .showHelpAfterError('(run `reconnect --help` to see what I can do)')
  .exitOverride();

for (const register of [registerCoach]) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    const { line, exitCode } = describeFailure(error);
    process.stderr.write(`reconnect: ${line}\n`);
    process.exitCode = exitCode;
  }
}
