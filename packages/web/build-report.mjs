// builds the standalone report template and places it beside the bundled CLI (run by packages/cli/build.mjs)
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const config = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const built = fileURLToPath(new URL('./dist/report.html', import.meta.url));
const cliDist = fileURLToPath(new URL('../cli/dist/', import.meta.url));

await build({ configFile: config, logLevel: 'warn' });
await mkdir(cliDist, { recursive: true });
await copyFile(built, `${cliDist}report-template.html`);
