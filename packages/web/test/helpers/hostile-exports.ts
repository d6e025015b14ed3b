// A small export of a chat between Alex and Sam in every format Reconnect reads, with one message holding HTML and
// script: for the browser walk that checks imported text is only ever shown as text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Format } from '@reconnect/core/model';

/** each part would open a dialog (and mark the window) if it ever ran */
export const HOSTILE_TEXT =
  '<img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2;alert(2)</script> <a href="javascript:window.__pwned=3;alert(3)">see this</a>';

interface Line {
  readonly at: number;
  readonly author: 'Alex' | 'Sam';
  readonly text: string;
}

/** three weeks of short messages, the hostile one last (so it is in the newest week), from Alex */
function lines(): Line[] {
  const start = Date.UTC(2024, 2, 4, 9, 0);
  const out: Line[] = [];
  for (let day = 0; day < 21; day++) {
    out.push({ at: start + day * 86_400_000, author: 'Alex', text: `morning, day ${day + 1}` });
    out.push({ at: start + day * 86_400_000 + 3_600_000, author: 'Sam', text: `hi, day ${day + 1} here` });
  }
  out.push({ at: start + 21 * 86_400_000, author: 'Alex', text: HOSTILE_TEXT });
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (at: number) => {
  const d = new Date(at);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
};
const isoSeconds = (at: number) => new Date(at).toISOString().slice(0, 19);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const WRITERS: Record<Format, { file: string; write: (chat: Line[]) => string }> = {
  whatsapp: {
    file: 'WhatsApp Chat with Sam.txt',
    write: (chat) =>
      chat
        .map((m) => {
          const p = parts(m.at);
          return `${pad(p.d)}/${pad(p.mo)}/${p.y}, ${pad(p.h)}:${pad(p.mi)} - ${m.author}: ${m.text}`;
        })
        .join('\n'),
  },
  telegram: {
    file: 'result.json',
    write: (chat) =>
      JSON.stringify({
        name: 'Sam',
        type: 'personal_chat',
        id: 4242,
        messages: chat.map((m, i) => ({
          id: i + 1,
          type: 'message',
          date: isoSeconds(m.at),
          date_unixtime: String(m.at / 1000),
          from: m.author,
          from_id: m.author === 'Alex' ? 'user1' : 'user2',
          text: m.text,
        })),
      }),
  },
  messenger: {
    file: 'message_1.json',
    write: (chat) =>
      JSON.stringify({
        participants: ['Alex', 'Sam'],
        threadName: 'Sam',
        messages: [...chat].reverse().map((m) => ({
          isUnsent: false,
          media: [],
          reactions: [],
          senderName: m.author,
          text: m.text,
          timestamp: m.at,
          type: 'text',
        })),
      }),
  },
  instagram: {
    file: 'message_1.json',
    write: (chat) =>
      JSON.stringify({
        participants: [{ name: 'Sam' }, { name: 'Alex' }],
        messages: [...chat].reverse().map((m) => ({ sender_name: m.author, timestamp_ms: m.at, content: m.text })),
        title: 'Sam',
        is_still_participant: true,
        thread_path: 'inbox/sam_17841400000000001',
        magic_words: [],
      }),
  },
  discord: {
    file: 'Direct Messages - Sam [900000000000000001].json',
    write: (chat) =>
      JSON.stringify({
        guild: { id: '0', name: 'Direct Messages', iconUrl: '' },
        channel: {
          id: '900000000000000001',
          type: 'DirectTextChat',
          categoryId: null,
          category: 'Private',
          name: 'Sam',
          topic: null,
        },
        dateRange: { after: null, before: null },
        exportedAt: '2024-04-02T10:00:00.0000000+00:00',
        messages: chat.map((m, i) => ({
          id: String(1_000_000_000_000_000_000n + BigInt(i)),
          type: 'Default',
          timestamp: new Date(m.at).toISOString(),
          timestampEdited: null,
          callEndedTimestamp: null,
          isPinned: false,
          content: m.text,
          author: {
            id: m.author === 'Alex' ? '800000000000000001' : '800000000000000002',
            name: m.author.toLowerCase(),
            discriminator: '0000',
            nickname: m.author,
            color: null,
            isBot: false,
            roles: [],
            avatarUrl: '',
          },
          attachments: [],
          embeds: [],
          stickers: [],
          reactions: [],
          mentions: [],
          inlineEmojis: [],
        })),
        messageCount: chat.length,
      }),
  },
  signal: {
    file: 'Sam.md',
    write: (chat) =>
      `${chat
        .map((m) => {
          const p = parts(m.at);
          return `[${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}] ${m.author === 'Alex' ? 'Me' : 'Sam'}: ${m.text}`;
        })
        .join('\n')}\n`,
  },
  imessage: {
    file: 'Sam.txt',
    write: (chat) =>
      `${chat
        .map((m) => {
          const p = parts(m.at);
          const hour = p.h % 12 === 0 ? 12 : p.h % 12;
          const stamp = `${MONTHS[p.mo - 1]} ${String(p.d).padStart(2, ' ')}, ${p.y} ${String(hour).padStart(2, ' ')}:${pad(p.mi)}:${pad(p.s)} ${p.h < 12 ? 'AM' : 'PM'}`;
          return `${stamp}\n${m.author === 'Alex' ? 'Me' : 'Sam'}\n${m.text}\n`;
        })
        .join('\n')}`,
  },
  csv: {
    file: 'chat with Sam.csv',
    write: (chat) =>
      `timestamp,sender,text,reply_to,attachment\n${chat
        .map((m) => `${new Date(m.at).toISOString()},${m.author},"${m.text.replaceAll('"', '""')}",,`)
        .join('\n')}\n`,
  },
};

/** writes one hostile export per format into `folder` (each in its own folder); returns their paths by format */
export function writeHostileExports(folder: string, mkdir: (path: string) => void): Record<Format, string> {
  const chat = lines();
  const paths = {} as Record<Format, string>;
  for (const [format, writer] of Object.entries(WRITERS) as [Format, (typeof WRITERS)[Format]][]) {
    const dir = join(folder, format);
    mkdir(dir);
    const path = join(dir, writer.file);
    writeFileSync(path, writer.write(chat));
    paths[format] = path;
  }
  return paths;
}
