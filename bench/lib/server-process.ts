// the local server in its own process for the server bench (as in real use: the browser is another process);
// serves the vault in BENCH_VAULT_HOME and prints its URL
import { createServer } from '@reconnect/server';
import * as vaults from '@reconnect/vault';

const home = process.env.BENCH_VAULT_HOME;
if (home === undefined) throw new Error('BENCH_VAULT_HOME is not set');
const running = await createServer({ vault: { module: vaults, home } });
process.stdout.write(`${running.url}\n`);
process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
