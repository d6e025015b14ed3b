// Hostile files for the import path, written to a folder: each one attacks a different assumption (nesting depth,
// a cut-off file, broken UTF-8, lone surrogates, prototype keys, zip bombs and lying headers, too many entries, a
// line that never ends). `large` adds the slow ones: a 2 GB text file and a zip of 100,000 entries.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { buildZip, deflateZeros } from '../../../node/test/helpers/zip-writer.ts';

export interface HostileFile {
  readonly name: string;
  readonly path: string;
  /** what a careful reader does with it: refuse it with one sentence, or read what is real in it */
  readonly outcome: 'refused' | 'read' | 'either';
}

const MiB = 1024 * 1024;

const telegramHead = '{"name":"Sam","type":"personal_chat","id":1,"messages":[';
const telegramMessage = (i: number, text: string) =>
  `{"id":${i},"type":"message","date":"2024-03-0${1 + (i % 9)}T10:00:00","date_unixtime":"${1709287200 + i * 60}","from":"${i % 2 ? 'Sam' : 'Alex'}","from_id":"user${i % 2}","text":${text}}`;

/** writes `size` bytes of `fill` after `head`, in 8 MiB steps so nothing large sits in memory */
function writeLong(path: string, head: string, size: number, fill: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    const block = Buffer.from(fill.repeat(Math.ceil((8 * MiB) / fill.length)).slice(0, 8 * MiB));
    for (let left = size; left > 0; left -= block.length) writeSync(fd, block, 0, Math.min(left, block.length));
  } finally {
    closeSync(fd);
  }
}

export async function writeHostileCorpus(dir: string, options: { large: boolean }): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const add = (name: string, outcome: HostileFile['outcome'], data: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    files.push({ name, path, outcome });
  };
  const messages = Array.from({ length: 40 }, (_, i) => telegramMessage(i, JSON.stringify(`hello ${i}`)));

  add('deep.json', 'refused', `${telegramHead}${'['.repeat(200_000)}${']'.repeat(200_000)}]}`);
  add('deep-object.json', 'refused', `${telegramHead}${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}]}`);
  add('truncated.json', 'either', `${telegramHead}${messages.join(',')}`.slice(0, -37));
  add(
    'lone-surrogates.json',
    'read',
    `${telegramHead}${telegramMessage(1, '"\\ud800 hi \\udfff"')},${messages.join(',')}]}`,
  );
  add(
    'proto-keys.json',
    'read',
    `${telegramHead}{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":0,"type":"message","date":"2024-03-01T10:00:00","date_unixtime":"1709287200","from":"__proto__","from_id":"user9","text":"hi"},${messages.join(',')}]}`,
  );
  const chatLines = Array.from(
    { length: 40 },
    (_, i) => `01/03/2024, 10:${String(i).padStart(2, '0')} - ${i % 2 ? 'Sam' : 'Alex'}: hi ${i}`,
  );
  const invalid = Buffer.concat([
    Buffer.from(`${chatLines.slice(0, 20).join('\n')}\n01/03/2024, 11:00 - Sam: `),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]),
    Buffer.from(`\n${chatLines.slice(20).join('\n')}\n`),
  ]);
  add('WhatsApp Chat with Sam - invalid utf8.txt', 'read', invalid);
  add('binary.txt', 'refused', Buffer.from(Array.from({ length: 1 * MiB }, (_, i) => (i * 2654435761) >>> 24)));

  const bomb = await deflateZeros((options.large ? 4095 : 512) * MiB);
  add('bomb.zip', 'refused', buildZip([{ name: '_chat.txt', deflated: bomb }]));
  const lying = await deflateZeros(64 * MiB);
  add('lying-header.zip', 'refused', buildZip([{ name: '_chat.txt', deflated: lying, declaredSize: 4096 }]));
  add('traversal.zip', 'refused', buildZip([{ name: '../../etc/_chat.txt', data: chatLines.join('\n') }]));
  add(
    'nested-zip.zip',
    'refused',
    buildZip([{ name: '_chat.zip', data: buildZip([{ name: '_chat.txt', deflated: bomb }]) }]),
  );

  const endless = join(dir, 'WhatsApp Chat with Sam - endless line.txt');
  writeLong(
    endless,
    `${chatLines.slice(0, 5).join('\n')}\n01/03/2024, 11:00 - Sam: `,
    (options.large ? 2048 : 256) * MiB,
    'a',
  );
  files.push({ name: `endless line (${options.large ? '2 GB' : '256 MB'})`, path: endless, outcome: 'either' });

  const entries = options.large ? 100_000 : 20_000;
  add(
    `many-entries-${entries}.zip`,
    'refused',
    buildZip([
      ...Array.from({ length: entries }, (_, i) => ({ name: `media/${i}.txt`, data: 'x' })),
      { name: '_chat.txt', data: chatLines.join('\n') },
    ]),
  );
  return files;
}
