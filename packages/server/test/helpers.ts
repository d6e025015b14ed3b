import type { Hono } from 'hono';
import { API_HEADER, API_HEADER_VALUE } from '../src/guards.ts';

export const PORT = 47123;
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Exchange the token for the session cookie, as the browser does on the printed link. */
export async function login(app: Hono, token: string): Promise<string> {
  const response = await app.request(`/?token=${encodeURIComponent(token)}`, {
    headers: { host: `127.0.0.1:${PORT}`, 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' },
  });
  if (response.status !== 303) throw new Error(`login answered ${response.status}`);
  const cookie = response.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0] ?? '';
}

/** A request as the app's own page sends it. */
export function appRequest(
  app: Hono,
  cookie: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = {
    host: `127.0.0.1:${PORT}`,
    cookie,
    [API_HEADER]: API_HEADER_VALUE,
    'sec-fetch-site': 'same-origin',
    'sec-fetch-mode': 'cors',
  };
  if (method !== 'GET' && method !== 'HEAD') {
    headers.origin = ORIGIN;
    headers['content-type'] = 'application/json';
  }
  Object.assign(headers, init.headers);
  const body =
    init.body === undefined ? (method === 'GET' || method === 'HEAD' ? undefined : '{}') : JSON.stringify(init.body);
  return app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
}
