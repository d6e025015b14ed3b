// Listening: on 127.0.0.1 only, never on every interface; the one URL that opens the app holds the token.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { type AppOptions, createApp } from './app.ts';
import { openDemoVault } from './demo.ts';
import type { VaultModule } from './vault-port.ts';

export interface ServerOptions extends Omit<AppOptions, 'port' | 'vault'> {
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /** The person's vault: the vault package and the folder it lives in. */
  vault?: { module: VaultModule; home: string };
  /** Serve the built-in demo instead: a temporary vault with the simulated story, removed on close. */
  demo?: { module: VaultModule; parent?: string };
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/?token=TOKEN`, the DESIGN.md contract. */
  url: string;
  port: number;
  /** The address the socket is bound to: always 127.0.0.1. */
  address: string;
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';

export async function createServer(options: ServerOptions = {}): Promise<RunningServer> {
  let port = 0;
  const demo = options.demo === undefined ? undefined : await openDemoVault(options.demo.module, options.demo.parent);
  // the demo's folder goes even when the process is stopped by a signal
  const disposeOnExit = () => demo?.dispose();
  if (demo !== undefined) process.once('exit', disposeOnExit);
  const { vault: _vault, demo: _demo, ...rest } = options;
  const vault =
    demo !== undefined && options.demo !== undefined
      ? { module: options.demo.module, home: demo.home, demo: true }
      : options.vault;
  const {
    app,
    token,
    session,
    close: closeApp,
  } = createApp({ ...rest, port: () => port, ...(vault ? { vault } : {}) });
  if (demo !== undefined) session.open(demo.vault);
  const server = createAdaptorServer({ fetch: app.fetch, hostname: HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    address: bound.address,
    close: () =>
      new Promise<void>((resolve) => {
        session.lock();
        server.close(() => {
          closeApp();
          demo?.dispose();
          process.off('exit', disposeOnExit);
          resolve();
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
