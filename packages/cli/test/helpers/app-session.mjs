// A whole app session, driven over loopback as the browser would: `reconnect start --demo`, the token exchange,
// the page, the session, the conversations and their insights, a week, a journal entry, a check-in, lock, and
// Ctrl-C. Run by the offline test inside a network namespace; prints one JSON line with what it saw.
import { spawn } from 'node:child_process';

const cli = process.argv[2];
const child = spawn(process.execPath, [cli, 'start', '--demo', '--no-open', '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let seen = '';
  child.stdout.on('data', (chunk) => {
    seen += chunk;
    const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(seen);
    if (match) resolve(new URL(match[0]));
  });
  child.on('exit', () => reject(new Error(`the app stopped before printing its address: ${seen}`)));
});
const origin = url.origin;
const exchange = await fetch(url, { redirect: 'manual' });
const cookie = (exchange.headers.get('set-cookie') ?? '').split(';')[0];
const headers = { cookie, 'x-reconnect': '1' };
const get = async (path) => {
  const response = await fetch(`${origin}${path}`, { headers });
  return { status: response.status, body: await response.text() };
};
const post = async (path, body) => {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { ...headers, origin, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
};
const seen = { page: (await get('/')).status, session: (await get('/api/session')).status };
const conversations = JSON.parse((await get('/api/conversations')).body);
const id = conversations[0]?.id;
seen.conversations = conversations.length;
seen.insights = (await get(`/api/conversations/${id}/insights`)).status;
const days = await get(`/api/conversations/${id}/days`);
seen.days = days.status;
const report = JSON.parse((await get(`/api/conversations/${id}/insights`)).body);
const week = report.weeks?.[Math.floor((report.weeks?.length ?? 0) / 2)]?.start;
seen.week = (await get(`/api/conversations/${id}/weeks/${week}`)).status;
seen.journal = (
  await post('/api/journal', { conversation: id, mood: 'calm', connection: 3, happened: 'a walk', reflection: 'ok' })
).status;
seen.checkIn = (
  await post('/api/check-ins', { conversation: id, mood: 3, closeness: 2, answers: { stress: 'yes' } })
).status;
seen.lock = (await post('/api/lock', {})).status;
seen.afterLock = (await get('/api/conversations')).status;
child.kill('SIGINT');
seen.exit = await new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
console.log(JSON.stringify(seen));
