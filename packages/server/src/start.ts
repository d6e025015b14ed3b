// `reconnect start`: serve the app on 127.0.0.1, print the one line holding its URL, open the browser when
// the machine has one, and run until interrupted.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type RunningServer, type ServerOptions } from './server.ts';

export interface StartOptions extends ServerOptions {
  /** open the browser on the URL (default true) */
  open?: boolean;
  stdout?: { write(text: string): unknown };
}

/** The command that opens a URL in the person's browser here, or undefined when there is none. */
export function browserOpener(platform: NodeJS.Platform = process.platform, env = process.env): string[] | undefined {
  if (platform === 'darwin') return ['open'];
  if (platform === 'win32') return ['cmd', '/c', 'start', '""'];
  // no display: a server or a container, nothing to open
  if (env.DISPLAY === undefined && env.WAYLAND_DISPLAY === undefined) return undefined;
  const paths = (env.PATH ?? '').split(':').filter(Boolean);
  return paths.some((dir) => existsSync(join(dir, 'xdg-open'))) ? ['xdg-open'] : undefined;
}

function openBrowser(url: string): void {
  const opener = browserOpener();
  if (opener === undefined) return;
  const [command, ...args] = opener as [string, ...string[]];
  try {
    const child = spawn(command, [...args, url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // the link is printed; the person can open it by hand
  }
}

export async function startApp(options: StartOptions = {}): Promise<RunningServer> {
  const server = await createServer(options);
  (options.stdout ?? process.stdout).write(
    `Reconnect is open at ${server.url} (only on this computer; press Ctrl-C to stop)\n`,
  );
  if (options.open !== false) openBrowser(server.url);
  return server;
}
