// deterministic generator of a realistic two-person WhatsApp export (Android, 24 h) for benchmarks

import { closeSync, openSync, writeSync } from 'node:fs';

export interface WhatsAppExportOptions {
  readonly messages: number;
  readonly seed?: number;
  /** first day of the chat, UTC midnight */
  readonly start?: Date;
  readonly names?: readonly [string, string];
}

const PHRASES = [
  'hey',
  'good morning',
  'morning!',
  'how did you sleep?',
  'ok',
  'sure',
  'sounds good',
  'haha',
  'lol that is so true',
  'on my way',
  'running a bit late, sorry',
  'did you eat yet?',
  'I miss you',
  'love you',
  'what time are you home?',
  'can you pick up some milk on the way back',
  'the meeting ran over again',
  'work was a lot today',
  'I am so tired',
  'want to watch something tonight?',
  'yes please',
  'maybe tomorrow?',
  'no worries',
  'thinking of you',
  'that sounds really hard',
  'call me when you can',
  'I just got home',
  'did you see the message from your mum?',
  'we should plan the weekend',
  'how about the lake on Saturday',
  'the train is delayed again',
  'I made pasta',
  'send me the address',
  'thank you ❤️',
  '😂',
  '👍',
  'good night',
  'sleep well',
  'are you ok?',
  'just busy, talk later',
  'fine',
  'k',
  'idk',
  'we will see',
  'not sure yet',
  'can we talk later about the holiday?',
  'I booked the tickets',
  'it is raining here',
  'the cat knocked over the plant again',
  'happy Friday!',
] as const;

const MEDIA = ['<Media omitted>', 'IMG-20240101-WA0001.jpg (file attached)', '<Media omitted>'];

/** mulberry32: a small, fast, seedable PRNG (returns 0 ≤ x < 1) */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Yields the export's text in pieces of about 1 MiB; the same options always give the same bytes.
 * Rhythm: bursts of replies seconds to minutes apart during waking hours, quiet nights, some quiet days.
 * @example for (const piece of whatsappExportPieces({ messages: 1000 })) process.stdout.write(piece);
 */
export function* whatsappExportPieces(options: WhatsAppExportOptions): Generator<string> {
  const random = seededRandom(options.seed ?? 42);
  const [me, partner] = options.names ?? ['Alex', 'Sam'];
  let t = (options.start ?? new Date(Date.UTC(2019, 0, 1))).getTime() + 8 * 3_600_000;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let speaker = 0;
  let buffer = `${header(t)}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n`;
  for (let i = 0; i < options.messages; i++) {
    const roll = random();
    if (roll < 0.7) t += Math.floor(random() * 60_000);
    else if (roll < 0.967) t += Math.floor(random() * 600_000);
    else if (roll < 0.997) t += Math.floor(random() * 2 * 3_600_000);
    else t += Math.floor((8 + random() * 8) * 3_600_000);
    const hour = new Date(t).getUTCHours();
    if (hour < 7) t += (7 - hour) * 3_600_000;
    if (random() < 0.6) speaker = 1 - speaker;
    const name = speaker === 0 ? me : partner;
    const kind = random();
    let body: string;
    if (kind < 0.04) body = pick(MEDIA);
    else if (kind < 0.045) body = speaker === 0 ? 'You deleted this message' : 'This message was deleted';
    else if (kind < 0.075)
      body = `${pick(PHRASES)}\n${pick(PHRASES)}${random() < 0.3 ? `\n${Math.floor(random() * 100)}. ${pick(PHRASES)}` : ''}`;
    else if (kind < 0.085) body = `${pick(PHRASES)} <This message was edited>`;
    else if (kind < 0.0855) {
      buffer += `${header(t)}${name} changed their phone number to a new number. Tap to message or add the new number.\n`;
      continue;
    } else body = random() < 0.35 ? `${pick(PHRASES)} ${pick(PHRASES)}` : pick(PHRASES);
    buffer += `${header(t)}${name}: ${body}\n`;
    if (buffer.length > 1 << 20) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

function header(t: number): string {
  const d = new Date(t);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} - `;
}

/**
 * Writes a generated export to `path` piece by piece (synchronously, so memory stays small); returns its size in bytes.
 * @example generateWhatsAppExport('bench/data/whatsapp-1000000.txt', { messages: 1_000_000 })
 */
export function generateWhatsAppExport(path: string, options: WhatsAppExportOptions): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const piece of whatsappExportPieces(options)) {
      const data = Buffer.from(piece, 'utf8');
      writeSync(fd, data);
      bytes += data.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
