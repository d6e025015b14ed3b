#!/usr/bin/env node
// the `reconnect` command: runs the bundle that `npm run build` (and npm install) writes to dist/
import '../dist/reconnect.mjs';
