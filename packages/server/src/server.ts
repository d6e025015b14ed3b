// Listening: on 127.0.0.1 only, never on every interface; the one URL that opens the app holds the token.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { type AppOptions, createApp } from './app.ts';

export interface ServerOptions extends Omit<AppOptions, 'port'> {
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
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
  const { app, token } = createApp({ ...options, port: () => port });
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
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
