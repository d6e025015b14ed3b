import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ByteSource, detectFormat, ImportError } from '@reconnect/core/import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInput } from '../src/open-input.ts';
import { buildZip, deflateZeros, type ZipEntrySpec } from './helpers/zip-writer.ts';

const MiB = 1024 ** 2;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reconnect-open-input-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeZip(name: string, entries: readonly ZipEntrySpec[]): string {
  const path = join(dir, name);
  writeFileSync(path, buildZip(entries));
  return path;
}

async function readAll(source: ByteSource): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of source.chunks()) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

async function importErrorOf(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const chat = '12/31/23, 9:41 PM - Alex: hello\n12/31/23, 9:43 PM - Sam: hey!\n';

describe('plain files and zips', () => {
  it('opens a plain file as one source named by its base name', async () => {
    const path = join(dir, 'WhatsApp Chat with Sam.txt');
    writeFileSync(path, chat);
    const input = await openInput(path);
    expect(input.files.map((f) => f.name)).toEqual(['WhatsApp Chat with Sam.txt']);
    expect(await readAll(input.files[0] as ByteSource)).toBe(chat);
    await input.close();
  });

  it('recognises a zip by its bytes, not its name, and streams entries afresh on each read', async () => {
    const path = writeZip('export.txt', [
      { name: 'media/', data: '' },
      { name: '_chat.txt', data: chat, method: 'deflate' },
      { name: 'media/IMG-0001.jpg', data: new Uint8Array([0xff, 0xd8, 0xff]) },
    ]);
    const input = await openInput(path);
    expect(input.files.map((f) => f.name)).toEqual(['_chat.txt']);
    const entry = input.files[0] as ByteSource;
    expect(entry.size).toBe(Buffer.byteLength(chat));
    expect(await readAll(entry)).toBe(chat);
    expect(await readAll(entry)).toBe(chat);
    const detection = await detectFormat(input);
    expect(detection.files.map((f) => f.name)).toEqual(['_chat.txt']);
    await input.close();
    await input.close();
  });

  it('skips symlinks stored in a zip', async () => {
    const input = await openInput(
      writeZip('links.zip', [
        { name: '_chat.txt', data: chat },
        { name: 'passwd.txt', data: '/etc/passwd', unixMode: 0o120777 },
      ]),
    );
    expect(input.files.map((f) => f.name)).toEqual(['_chat.txt']);
    await input.close();
  });

  it('reads a UTF-8 entry name as written', async () => {
    const input = await openInput(writeZip('utf8.zip', [{ name: 'WhatsApp Chat with Zoë.txt', data: chat }]));
    expect(input.files.map((f) => f.name)).toEqual(['WhatsApp Chat with Zoë.txt']);
    await input.close();
  });

  it('reports a damaged zip as malformed', async () => {
    const path = join(dir, 'broken.zip');
    writeFileSync(path, buildZip([{ name: 'a.txt', data: chat }]).subarray(0, 40));
    expect((await importErrorOf(openInput(path))).code).toBe('malformed');
  });
});

describe('hostile archives', () => {
  it.each([
    ['../evil.txt'],
    ['chats/../../evil.txt'],
    ['/etc/passwd'],
    ['..\\..\\evil.txt'],
    ['chats\\evil.txt'],
    ['C:/Windows/evil.txt'],
    ['c:evil.txt'],
  ])('rejects the entry name %j as unsafe', async (name) => {
    const path = writeZip('traversal.zip', [
      { name: '_chat.txt', data: chat },
      { name, data: 'gotcha' },
    ]);
    const error = await importErrorOf(openInput(path));
    expect(error.code).toBe('unsafe-archive');
    expect(error.message).toContain('traversal.zip');
  });

  it('rejects a 512 MiB-of-zeros bomb before extracting anything, with bounded memory', async () => {
    const bomb = await deflateZeros(512 * MiB);
    expect(bomb.bytes.length).toBeLessThan(2 * MiB);
    const path = writeZip('bomb.zip', [{ name: '_chat.txt', deflated: bomb }]);
    const before = process.memoryUsage();
    const error = await importErrorOf(openInput(path));
    const after = process.memoryUsage();
    expect(error.code).toBe('unsafe-archive');
    expect(error.message).toMatch(/expand/);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * MiB);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(64 * MiB);
  });

  it('stops an entry whose header understates its size, while streaming, with bounded memory', async () => {
    const real = await deflateZeros(64 * MiB);
    const path = writeZip('lying-small.zip', [{ name: '_chat.txt', deflated: real, declaredSize: 4096 }]);
    const input = await openInput(path);
    const source = input.files[0] as ByteSource;
    expect(source.size).toBe(4096);
    let streamed = 0;
    let largestChunk = 0;
    const error = await importErrorOf(
      (async () => {
        for await (const chunk of source.chunks()) {
          streamed += chunk.length;
          largestChunk = Math.max(largestChunk, chunk.length);
        }
      })(),
    );
    expect(error.code).toBe('unsafe-archive');
    expect(error.message).toMatch(/real size differs/);
    expect(streamed).toBeLessThanOrEqual(4096);
    expect(largestChunk).toBeLessThanOrEqual(4096);
    await input.close();
  });

  it('rejects an entry whose header overstates its size', async () => {
    const path = writeZip('lying-large.zip', [
      { name: '_chat.txt', data: chat, method: 'deflate', declaredSize: 5000 },
    ]);
    const input = await openInput(path);
    const error = await importErrorOf(readAll(input.files[0] as ByteSource));
    expect(error.code).toBe('unsafe-archive');
    await input.close();
  });

  it('refuses to stream an entry larger than the per-entry cap', async () => {
    const path = writeZip('big-entry.zip', [{ name: '_chat.txt', data: 'x'.repeat(3000) }]);
    const input = await openInput(path, { limits: { maxEntryBytes: 1000 } });
    const error = await importErrorOf(readAll(input.files[0] as ByteSource));
    expect(error.code).toBe('unsafe-archive');
    await input.close();
  });

  it('reads a download of more than 10,000 entries, listing only the files that can hold messages', async () => {
    const media = Array.from({ length: 10_500 }, (_, i) => ({ name: `media/photos/${i}.jpg`, data: 'x' }));
    const chat = { name: 'your_activity/messages/inbox/sam_1/message_1.json', data: '{}' };
    const input = await openInput(writeZip('download.zip', [...media, chat]));
    expect(input.files.map((f) => f.name)).toEqual([chat.name]);
    await input.close();
  });

  it('refuses more text files than it reads, and says so', async () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({ name: `notes/${i}.txt`, data: 'x' }));
    const error = await importErrorOf(openInput(writeZip('many.zip', entries)));
    expect(error.code).toBe('unsafe-archive');
    expect(error.message).toContain('more than 10000 text files');
    expect(error.message).not.toContain('at most');
  });

  it('accepts exactly the entry limit', async () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({ name: `media/${i}.txt`, data: 'x' }));
    const input = await openInput(writeZip('fifty.zip', entries), { limits: { maxEntries: 50 } });
    expect(input.files).toHaveLength(50);
    await input.close();
    const error = await importErrorOf(openInput(writeZip('fifty.zip', entries), { limits: { maxEntries: 49 } }));
    expect(error.code).toBe('unsafe-archive');
  });
});

describe('folders', () => {
  it('lists files recursively with forward-slash names and ignores symlinks that lead outside', async () => {
    const root = join(dir, 'export-folder');
    const outside = join(dir, 'outside-secret.txt');
    writeFileSync(outside, 'secret');
    mkdirSync(join(root, 'inbox', 'sam_123'), { recursive: true });
    writeFileSync(join(root, 'inbox', 'sam_123', 'message_1.json'), '{"messages": []}');
    writeFileSync(join(root, 'readme.txt'), 'hello');
    symlinkSync(outside, join(root, 'escape.txt'));
    symlinkSync(join(root, 'readme.txt'), join(root, 'inside-link.txt'));
    const input = await openInput(root);
    const names = input.files.map((f) => f.name).sort();
    expect(names).toEqual(['inbox/sam_123/message_1.json', 'inside-link.txt', 'readme.txt']);
    await input.close();
  });

  it('stops descending past the depth limit and refuses too many files', async () => {
    const root = join(dir, 'deep');
    const deepest = join(root, 'a', 'b', 'c');
    mkdirSync(deepest, { recursive: true });
    writeFileSync(join(root, 'top.txt'), '1');
    writeFileSync(join(deepest, 'bottom.txt'), '2');
    const shallow = await openInput(root, { limits: { maxDepth: 1 } });
    expect(shallow.files.map((f) => f.name)).toEqual(['top.txt']);
    const error = await importErrorOf(openInput(root, { limits: { maxEntries: 1 } }));
    expect(error.code).toBe('unsafe-archive');
  });
});

describe('a file read under another name (a copy kept under a private name)', () => {
  const chat = '31/12/2023, 21:41 - Alex: hello\n31/12/2023, 21:43 - Sam: hey\n';

  it('takes the given name for the file and for errors, never the private path', async () => {
    const path = join(dir, '0b9f7c1e-private.upload');
    writeFileSync(path, chat);
    const named = await openInput(path, { name: 'WhatsApp Chat with Sam.txt' });
    expect(named.name).toBe('WhatsApp Chat with Sam.txt');
    expect(named.files.map((f) => f.name)).toEqual(['WhatsApp Chat with Sam.txt']);
    expect(await readAll(named.files[0] as ByteSource)).toBe(chat);
    // without it, the private name is all the importers would see
    expect((await openInput(path)).files.map((f) => f.name)).toEqual(['0b9f7c1e-private.upload']);
    const tooBig = await openInput(path, { name: 'big.txt', maxBytes: 10 }).catch((error: unknown) => error);
    expect(tooBig).toBeInstanceOf(ImportError);
    expect((tooBig as ImportError).message).toContain('big.txt');
    expect((tooBig as ImportError).message).not.toContain('private.upload');
  });

  it('names a zip by the given name in its errors', async () => {
    const path = writeZip('1c2d-private.upload', [{ name: '../evil.txt', data: 'x' }]);
    const error = await openInput(path, { name: 'chat.zip' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain('chat.zip');
    expect((error as ImportError).message).not.toContain('private.upload');
  });
});
