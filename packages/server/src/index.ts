// @reconnect/server: the local HTTP API and its guards (docs/SECURITY.md, "The local server").
export { type AppOptions, createApp, type ReconnectApp } from './app.ts';
export { API_HEADER, API_HEADER_VALUE, CONTENT_SECURITY_POLICY } from './guards.ts';
export { createServer, HOST, type RunningServer, type ServerOptions } from './server.ts';
export { browserOpener, type StartOptions, startApp } from './start.ts';
