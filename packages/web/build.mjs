// builds both things the web package ships: the one-file report template and the local web app (npm run build)
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

for (const name of ['vite.report.config.ts', 'vite.app.config.ts']) {
  await build({ configFile: fileURLToPath(new URL(`./${name}`, import.meta.url)), logLevel: 'warn' });
}
