// The Hono app: guards first, then the JSON API under /api/, then the app's own files.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { readJobs, readRoutes, uploadRoutes } from './api.ts';
import { openDemoVault } from './demo.ts';
import { apiGuard, errorBody, fetchMetadataGuard, hostGuard, securityHeaders, sessionGuard } from './guards.ts';
import { VaultSession } from './session.ts';
import { staticFiles } from './static.ts';
import { Uploads } from './uploads.ts';
import type { Vault, VaultModule } from './vault-port.ts';
import { DEFAULT_IDLE_MINUTES, vaultErrorResponse, vaultRoutes } from './vault-routes.ts';

export interface AppOptions {
  /** The port the server listens on; a function because it is known only once the socket is bound. */
  port: number | (() => number);
  /** The per-launch token (256 random bits unless given, e.g. by a test). */
  token?: string;
  /** The folder holding the built app (index.html and its assets). */
  staticDir?: string;
  /** Largest JSON body accepted (default 1 MiB: bodies are small; files come by path or through the upload route). */
  maxBodyBytes?: number;
  /** The vault the API works on; without it only the guards, reading files and locking are served. */
  vault?: { module: VaultModule; home: string; demo?: boolean };
  /** Where a demo opened from the page makes its temporary folder (the system's temporary folder by default). */
  demoParent?: string;
  /** Largest file the Import page may hand over (`POST /api/uploads`; default 2 GiB, decision 192). */
  maxUploadBytes?: number;
  /** Where handed-over files are kept until imported (a private folder in the system's temporary folder by default). */
  uploadParent?: string;
  /** The clock for the idle lock (tests move it). */
  now?: () => number;
}

export interface ReconnectApp {
  app: Hono;
  token: string;
  session: VaultSession<Vault>;
  /** the files handed over by the Import page */
  uploads: Uploads;
  /** throws away a demo opened from the page and any file handed over */
  close(): void;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function createApp(options: AppOptions): ReconnectApp {
  const port = typeof options.port === 'number' ? () => options.port as number : options.port;
  const token = options.token ?? newSecret();
  const guardOptions = { port, token, session: newSecret(), maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024 };
  const app = new Hono();

  app.use('*', securityHeaders());
  app.use('*', hostGuard(guardOptions));
  app.use('*', fetchMetadataGuard(guardOptions));
  app.use('*', sessionGuard(guardOptions));
  app.use('/api/*', apiGuard(guardOptions));

  const api = new Hono();
  api.get('/health', (c) => c.json({ ok: true }));
  const session = new VaultSession<Vault>(DEFAULT_IDLE_MINUTES * 60_000, options.now);
  api.post('/lock', (c) => {
    session.lock();
    return c.json({ locked: true });
  });
  const uploads = new Uploads({ parent: options.uploadParent, maxBytes: options.maxUploadBytes });
  // a handed-over file holds chat text in the clear: it does not outlive the unlocked session
  session.onLock(() => uploads.clear());
  uploadRoutes(api, uploads, () => session.current() !== null);
  readRoutes(api, readJobs(), uploads);
  const vault = options.vault;
  const routes =
    vault === undefined
      ? undefined
      : vaultRoutes(api, {
          vaults: vault.module,
          home: vault.home,
          demo: vault.demo ?? false,
          session,
          uploads,
          openDemo: () => openDemoVault(vault.module, options.demoParent),
        });
  app.route('/api', api);

  if (options.staticDir !== undefined) app.use('*', staticFiles(options.staticDir));
  app.notFound((c) => c.json(errorBody('not_found', 'There is nothing here.'), 404));
  app.onError((error, c) => {
    const known = vaultErrorResponse(c, error);
    if (known !== undefined) return known;
    // never echo internals (paths, chat text) back; the one-line reason goes to the terminal
    process.stderr.write(`reconnect: ${error instanceof Error ? error.message : String(error)}\n`);
    return c.json(errorBody('internal', 'Something went wrong on this computer. Nothing was sent anywhere.'), 500);
  });
  return {
    app,
    token,
    session,
    uploads,
    close: () => {
      routes?.close();
      uploads.dispose();
    },
  };
}
