// The local server's guards (docs/SECURITY.md, "The local server"). Each one refuses a request a web page
// in the same browser, or another program on the machine, could forge: a rebound Host, a missing or stale
// session, a cross-site write, a form or text body, an oversized body, a WebSocket.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';

/** The header every API call must carry: a page on another origin cannot add it without a CORS preflight,
 * which this server never answers. */
export const API_HEADER = 'x-reconnect';
export const API_HEADER_VALUE = '1';

/** The one write that carries raw bytes instead of JSON: a file handed over by the Import page. */
export const UPLOAD_PATH = '/api/uploads';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export interface GuardOptions {
  /** The port the server listens on (known only once it listens, hence a function). */
  port: () => number;
  /** The per-launch token printed in the URL. */
  token: string;
  /** The per-launch value of the session cookie, given in exchange for the token. */
  session: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

function refuse(c: Context, status: 401 | 403 | 413 | 415 | 421, code: string, message: string) {
  return c.json(errorBody(code, message), status);
}

/** Same-length constant-time comparison of two secrets. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

/** Cookies are not isolated by port, so the name carries the port: two launches never share one. */
export function sessionCookieName(port: number): string {
  return `reconnect_session_${port}`;
}

/** Strict CSP and the other protective headers, on every response (refusals included). */
export function securityHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
    },
    crossOriginEmbedderPolicy: 'require-corp',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
  return async (c, next) => {
    await headers(c, next);
    if (c.req.path.startsWith('/api/') && !c.res.headers.has('cache-control')) {
      c.res.headers.set('cache-control', 'no-store');
    }
    // no CORS, ever: even if something upstream added one of these, it does not leave the server
    for (const name of [...c.res.headers.keys()]) {
      if (name.startsWith('access-control-')) c.res.headers.delete(name);
    }
  };
}

/** DNS rebinding: a page on evil.example that resolves to 127.0.0.1 still sends `Host: evil.example`. */
export function hostGuard(options: Pick<GuardOptions, 'port'>): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (host === undefined || !allowedHosts(options.port()).includes(host)) {
      return refuse(c, 421, 'wrong_host', 'This address is not one Reconnect answers on.');
    }
    return next();
  };
}

/** Fetch metadata: a request another site started is refused, reads included. `same-site` is refused too,
 * because another port on 127.0.0.1 is the same site but not the same origin. */
export function fetchMetadataGuard(options: Pick<GuardOptions, 'port'>): MiddlewareHandler {
  return async (c, next) => {
    const site = c.req.header('sec-fetch-site');
    const mode = c.req.header('sec-fetch-mode');
    // a link the person opened from the terminal or the address bar is `none`, and only navigations may be
    if (site === 'cross-site' || site === 'same-site' || (site === 'none' && mode !== 'navigate')) {
      return refuse(c, 403, 'cross_site', 'Reconnect only answers its own pages.');
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedOrigins(options.port()).includes(origin)) {
      return refuse(c, 403, 'foreign_origin', 'Reconnect only answers its own pages.');
    }
    if (c.req.header('upgrade') !== undefined) {
      return refuse(c, 403, 'no_upgrade', 'Reconnect does not accept that kind of connection.');
    }
    return next();
  };
}

/** The per-launch token, exchanged once for an HttpOnly, SameSite=Strict cookie; the redirect drops it from
 * the address bar and the history. Every other request needs that cookie. */
export function sessionGuard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const port = options.port();
    const name = sessionCookieName(port);
    const given = c.req.query('token');
    if (given !== undefined && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      if (!sameSecret(given, options.token)) {
        return refuse(c, 401, 'wrong_token', 'This link is not the current one. Open the link Reconnect printed.');
      }
      setCookie(c, name, options.session, { httpOnly: true, sameSite: 'Strict', path: '/' });
      const url = new URL(c.req.url);
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (!sameSecret(getCookie(c, name), options.session)) {
      return refuse(c, 401, 'no_session', 'Please open the link Reconnect printed when it started.');
    }
    return next();
  };
}

/** API calls: the custom header, and for every write a same-origin `Origin` and a JSON body (raw bytes on the
 * upload route only). */
export function apiGuard(options: GuardOptions): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: options.maxBodyBytes,
    onError: (c) => refuse(c, 413, 'too_large', 'That request is larger than Reconnect accepts.'),
  });
  return async (c, next) => {
    const method = c.req.method;
    // EventSource cannot add a header: a job's event stream is let through only when the browser says the
    // request comes from this very origin
    const eventStream =
      method === 'GET' && c.req.path.endsWith('/events') && c.req.header('sec-fetch-site') === 'same-origin';
    if (c.req.header(API_HEADER) !== API_HEADER_VALUE && !eventStream) {
      return refuse(c, 403, 'missing_header', 'Reconnect only answers its own pages.');
    }
    if (method === 'GET' || method === 'HEAD') return next();
    const origin = c.req.header('origin');
    if (origin === undefined || !allowedOrigins(options.port()).includes(origin)) {
      return refuse(c, 403, 'foreign_origin', 'Reconnect only answers its own pages.');
    }
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    // the one route that takes a file's raw bytes (decision 192): only as application/octet-stream, which no form
    // can send and no other origin can send without a preflight; the route counts the bytes against its own limit
    // while they stream to disk, so the 1 MiB JSON limit does not apply to it
    if (method === 'POST' && c.req.path === UPLOAD_PATH) {
      if (type !== 'application/octet-stream') {
        return refuse(c, 415, 'bytes_only', 'Reconnect only accepts a file here.');
      }
      return next();
    }
    if (type !== 'application/json') {
      return refuse(c, 415, 'json_only', 'Reconnect only accepts JSON here.');
    }
    return limit(c, next);
  };
}
