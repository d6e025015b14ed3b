// The app's own files: served from one folder, with their content types, never a directory listing, never a
// path outside the folder (node-server's serveStatic refuses `..`, `\`, `//` and encoded separators).
import { existsSync, realpathSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

export function staticFiles(staticDir: string): MiddlewareHandler {
  const root = realpathSync(staticDir);
  const inside = (path: string) => {
    try {
      const real = realpathSync(path);
      return real === root || real.startsWith(root + sep);
    } catch {
      return false;
    }
  };
  const files = serveStatic({ root, index: 'index.html' });
  // a page address (no extension) gets the app's page, so the app can use plain paths
  const page = serveStatic({ root, path: 'index.html' });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (c.req.path.startsWith('/api/')) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const target = join(root, relative);
    // a link inside the folder that points outside it is not followed
    if (existsSync(target) && !inside(target)) return next();
    const response = await files(c, async () => {});
    if (response instanceof Response) return response;
    if (extname(relative) === '' && !/[\\%]|\.\./.test(c.req.path)) {
      const fallback = await page(c, async () => {});
      if (fallback instanceof Response) return fallback;
    }
    return next();
  };
}
