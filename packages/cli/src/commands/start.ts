// `reconnect start [--port N] [--no-open] [--demo]`: serves the app on this computer until Ctrl-C
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from '@reconnect/server';
import * as vaults from '@reconnect/vault';
import { appDistDir } from '@reconnect/web';
import { type Command, InvalidArgumentError } from 'commander';

/** the built web app, when it has been built */
function appFolder(): string | undefined {
  const folder = appDistDir();
  return existsSync(join(folder, 'index.html')) ? folder : undefined;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535 (0 picks a free one)');
  }
  return port;
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('open the app in your browser, served only on this computer (127.0.0.1)')
    .option('--port <n>', 'the port to listen on (default: a free one)', parsePort)
    .option('--no-open', 'print the link without opening the browser')
    .option('--demo', 'explore a made-up story in a temporary vault, thrown away when you stop')
    .action(async (options: { port?: number; open: boolean; demo?: boolean }) => {
      const staticDir = appFolder();
      await startApp({
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(staticDir !== undefined ? { staticDir } : {}),
        ...(options.demo === true
          ? { demo: { module: vaults } }
          : { vault: { module: vaults, home: vaults.vaultHome(process.env) } }),
        open: options.open,
      });
      // runs until Ctrl-C or SIGTERM; the interrupt handlers end the process and its connections
      await new Promise<never>(() => {});
    });
}
