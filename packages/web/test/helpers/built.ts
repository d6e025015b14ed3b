// builds the web package once when no build has made its files yet (npm test builds first)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDistDir, reportTemplatePath } from '../../built-files.mjs';

/**
 * Makes sure both the report template and the app are built.
 * @example ensureWebBuild(); readFileSync(reportTemplatePath(), 'utf8')
 */
export function ensureWebBuild(): void {
  if (existsSync(reportTemplatePath()) && existsSync(join(appDistDir(), 'index.html'))) return;
  const build = fileURLToPath(new URL('../../build.mjs', import.meta.url));
  execFileSync(process.execPath, [build], { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}
