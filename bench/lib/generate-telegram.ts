// writes a deterministic Telegram Desktop single-chat export of a chosen size, streamed to disk
import { closeSync, openSync, writeSync } from 'node:fs';

/** a small deterministic pseudo-random generator (mulberry32) so every run writes the same bytes */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'hey',
  'how',
  'was',
  'your',
  'day',
  'I',
  'miss',
  'you',
  'tonight',
  'dinner',
  'work',
  'tired',
  'later',
  'call',
  'love',
  'sure',
  'okay',
  'maybe',
  'weekend',
  'thanks',
  'café',
  'naïve',
  'привет',
  'спасибо',
  '☕',
  '😊',
  '❤️',
  'sorry',
  'busy',
  'meeting',
  'home',
  'soon',
  'what',
  'about',
  'the',
  'movie',
  'we',
  'should',
  'talk',
  '?',
];

const ENTITY_TYPES = ['bold', 'italic', 'link', 'mention', 'code'] as const;

export interface TelegramGeneratorOptions {
  /** stop after about this many bytes */
  readonly targetBytes: number;
  readonly seed?: number;
}

export interface GeneratedExport {
  readonly bytes: number;
  readonly messages: number;
}

/**
 * Writes a single-chat `result.json` of roughly `targetBytes` to `path`, in 4 MiB batches.
 * @example generateTelegramExport('bench/data/telegram-300mb.json', { targetBytes: 300e6 })
 */
export function generateTelegramExport(path: string, options: TelegramGeneratorOptions): GeneratedExport {
  const random = seededRandom(options.seed ?? 20240101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentence = (): string => {
    const length = 2 + Math.floor(random() * 14);
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(pick(WORDS));
    return words.join(' ');
  };
  const people = [
    { name: 'Alex', id: 'user111' },
    { name: 'Sam', id: 'user222' },
  ];
  const fd = openSync(path, 'w');
  let written = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    const buffer = Buffer.from(pending.join(''), 'utf8');
    writeSync(fd, buffer);
    written += buffer.length;
    pending = [];
    pendingLength = 0;
  };
  const push = (text: string) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength > 4 * 1024 * 1024) flush();
  };

  push('{\n "name": "Sam",\n "type": "personal_chat",\n "id": 222,\n "messages": [\n');
  let seconds = 1_600_000_000;
  let id = 0;
  while (written + pendingLength < options.targetBytes) {
    if (id > 0) push(',\n');
    id++;
    seconds += 1 + Math.floor(random() * 900);
    const who = pick(people);
    const date = new Date(seconds * 1000).toISOString().slice(0, 19);
    const head = `  {\n   "id": ${id},\n   "type": "message",\n   "date": "${date}",\n   "date_unixtime": "${seconds}",\n`;
    const roll = random();
    let body: string;
    if (roll < 0.02) {
      body = `   "actor": "${who.name}",\n   "actor_id": "${who.id}",\n   "action": "phone_call",\n   "duration_seconds": ${Math.floor(random() * 3600)},\n   "discard_reason": "hangup",\n   "text": "",\n   "text_entities": []\n`;
      push(`${head.replace('"type": "message"', '"type": "service"')}${body}  }`);
    } else {
      const from = `   "from": "${who.name}",\n   "from_id": "${who.id}",\n`;
      const extras: string[] = [];
      if (random() < 0.15)
        extras.push(`   "reply_to_message_id": ${Math.max(1, id - 1 - Math.floor(random() * 5))},\n`);
      if (random() < 0.05) {
        extras.push(`   "edited": "${date}",\n   "edited_unixtime": "${seconds + 30}",\n`);
      }
      if (random() < 0.05) {
        extras.push(
          `   "photo": "photos/photo_${id}@01-01-2021_00-00-00.jpg",\n   "width": 1280,\n   "height": 960,\n`,
        );
      }
      let text: string;
      let entities: string;
      if (random() < 0.7) {
        const plain = JSON.stringify(sentence());
        text = plain;
        entities = `[\n    {\n     "type": "plain",\n     "text": ${plain}\n    }\n   ]`;
      } else {
        const before = JSON.stringify(`${sentence()} `);
        const marked = JSON.stringify(sentence());
        const type = pick(ENTITY_TYPES);
        const after = JSON.stringify(` ${sentence()}`);
        text = `[\n    ${before},\n    {\n     "type": "${type}",\n     "text": ${marked}\n    },\n    ${after}\n   ]`;
        entities = `[\n    {\n     "type": "plain",\n     "text": ${before}\n    },\n    {\n     "type": "${type}",\n     "text": ${marked}\n    },\n    {\n     "type": "plain",\n     "text": ${after}\n    }\n   ]`;
      }
      body = `${from}${extras.join('')}   "text": ${text},\n   "text_entities": ${entities}\n`;
      push(`${head}${body}  }`);
    }
  }
  push('\n ]\n}\n');
  flush();
  closeSync(fd);
  return { bytes: written, messages: id };
}
