import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { signalImporter } from '../../src/import/formats/signal/signal.ts';
import { opensQuotation } from '../../src/import/formats/whatsapp/authors.ts';
import { gregorianYear, japaneseEraYear } from '../../src/import/formats/whatsapp/local-header.ts';
import { classifyBody, isPlainText } from '../../src/import/formats/whatsapp/markers.ts';
import { chatNameFromFileName, whatsappImporter } from '../../src/import/formats/whatsapp/whatsapp.ts';
import { importConversation } from '../../src/import/import-conversation.ts';
import type { ImportOptions, ImportProgress } from '../../src/import/types.ts';
import type { Conversation } from '../../src/model.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';
import { HEADER_STYLES, wallParts } from '../helpers/whatsapp-styles.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'whatsapp');
const read = (name: string) => readFileSync(join(fixtures, name));

interface Golden {
  options: { timeZone: string; dateOrder?: 'day-first' | 'month-first' };
  title: string | null;
  fileName?: string;
  innerName?: string;
  partnerHint?: string;
  participants: string[];
  warnings: number;
  messages: [string, string | null, string, string, true?][];
}

const nameOf = (c: Conversation, id: string | null) =>
  id === null ? null : (c.participants.find((p) => p.id === id)?.name ?? `?${id}`);

const asRows = (c: Conversation) =>
  c.messages.map((m) => {
    const row: (string | null | true)[] = [new Date(m.at).toISOString(), nameOf(c, m.author), m.kind, m.text];
    if (m.edited) row.push(true);
    return row;
  });

async function parseText(
  text: string | Uint8Array,
  options: ImportOptions = { timeZone: 'UTC' },
  name = 'chat.txt',
  chunk = 5,
) {
  return whatsappImporter.parse(singleFileInput(name, text, chunk), options);
}

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const goldenFiles = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt') && readdirSync(fixtures).includes(f.replace(/\.txt$/, '.json')))
  .sort();

describe('whatsapp golden fixtures', () => {
  it('has a golden file for every shape', () => {
    expect(goldenFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(goldenFiles)('%s', async (file) => {
    const golden = JSON.parse(read(file.replace(/\.txt$/, '.json')).toString('utf8')) as Golden;
    const inner = golden.innerName ?? file.replace(/^ours__/, '');
    for (const chunk of [3, 1 << 16]) {
      const input = {
        name: golden.fileName ?? inner,
        files: [
          bytesSource('media/IMG-0001.jpg', new Uint8Array([0xff, 0xd8, 0xff])),
          bytesSource(inner, read(file), chunk),
        ],
      };
      const conversation = await whatsappImporter.parse(input, golden.options);
      expect(conversation.format).toBe('whatsapp');
      expect(conversation.title).toBe(golden.title);
      expect(conversation.participants.map((p) => p.name)).toEqual(golden.participants);
      expect(nameOf(conversation, conversation.partnerHint ?? null)).toBe(golden.partnerHint ?? null);
      expect(asRows(conversation)).toEqual(golden.messages);
      expect(conversation.warnings).toHaveLength(golden.warnings);
    }
  });
});

describe('every golden layout is recognised without a format', () => {
  it.each(goldenFiles)('%s', async (file) => {
    const input = { name: 'export.txt', files: [bytesSource('export.txt', read(file))] };
    const conversation = await importConversation(input, { timeZone: 'UTC' });
    expect(conversation.format).toBe('whatsapp');
  });
});

describe('chat-miner layouts against its own expected parse', () => {
  const target = JSON.parse(read('chat-miner__target.json').toString('utf8')) as {
    timestamp: string;
    author: string;
    message: string;
  }[];
  const layouts = readdirSync(fixtures).filter((f) => f.startsWith('chat-miner__test_'));

  it.each(layouts)('%s', async (file) => {
    const conversation = await parseText(read(file), { timeZone: 'UTC' }, file, 11);
    const found = conversation.messages.map((m) => ({
      timestamp: new Date(m.at).toISOString().slice(0, 19),
      author: nameOf(conversation, m.author),
      message: m.text.replace(/\n/g, ' '),
    }));
    for (const expected of target) expect(found).toContainEqual(expected);
    expect(found).toContainEqual({
      timestamp: expect.stringMatching(/^2019-01-20T11:23/),
      author: 'John Doe',
      message: '.',
    });
    expect(conversation.messages.filter((m) => m.kind === 'system').map((m) => m.text)).toEqual([
      '+12 345 578 created group "Groupname"',
      'You were added',
    ]);
  });
});

const jsonl = (file: string) =>
  read(file)
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('whatsapp-chat-parser inline cases', () => {
  const formats = jsonl('whatsapp-chat-parser__inline-formats.jsonl').map((c) => [
    c.line as string,
    c.expectedUTC_whenTZisUTC as string,
  ]);
  it.each(formats)('%j is read as %s (day-first when undecided)', async (line, expected) => {
    const conversation = await parseText(line, { timeZone: 'UTC', dateOrder: 'day-first' });
    expect(conversation.messages).toHaveLength(1);
    expect(new Date(conversation.messages[0]?.at ?? 0).toISOString()).toBe(expected);
    expect(nameOf(conversation, conversation.messages[0]?.author ?? null)).toBe('a');
    expect(conversation.messages[0]?.text).toBe('m');
  });

  const attachments = jsonl('whatsapp-chat-parser__inline-attachments.jsonl').map((c) => [
    c.text as string,
    c.expectedAttachmentFileName as string,
  ]);
  it.each(attachments)('%j is media naming %s', async (text, fileName) => {
    const [message] = (await parseText(text)).messages;
    expect(message?.kind).toBe('media');
    expect(message?.author).toBe('a');
    expect(message?.text).toContain(fileName);
  });

  it('regression: a later day > 12 decides for the whole file', async () => {
    const [misc] = jsonl('whatsapp-chat-parser__inline-misc.jsonl');
    const conversation = await parseText(misc?.text as string);
    expect(conversation.messages.map((m) => new Date(m.at).toISOString())).toEqual(misc?.expected);
    expect(conversation.warnings).toEqual([]);
  });

  it('a continuation line may start with a date and time', async () => {
    const conversation = await parseText('23/06/2018, 01:55 p.m. - Loris: one\ntwo\n2016-04-29 10:30:00');
    expect(conversation.messages.map((m) => m.text)).toEqual(['one\ntwo\n2016-04-29 10:30:00']);
  });

  it('an empty message keeps its author', async () => {
    const [message] = (await parseText('03/02/17, 18:42 - Luke: ')).messages;
    expect(message).toMatchObject({ text: '', kind: 'text', author: 'Luke' });
  });

  it('a system message can span lines', async () => {
    const [message] = (await parseText('06/03/2017, 00:45 - You created group "Test"\nThis is another line')).messages;
    expect(message).toMatchObject({
      author: null,
      kind: 'system',
      text: 'You created group "Test"\nThis is another line',
    });
  });
});

describe('non-Gregorian years', () => {
  it.each([
    ['R', 4, 2022],
    ['令和', 1, 2019],
    ['H', 31, 2019],
    ['平成', 30, 2018],
    ['S', 64, 1989],
    ['大正', 1, 1912],
    ['M', 45, 1912],
  ])('Japanese era %s %i is %i', (era, year, expected) => {
    expect(japaneseEraYear(era, year)).toBe(expected);
  });

  it('an unknown era or year 0 is not a year', () => {
    expect(japaneseEraYear('X', 4)).toBeUndefined();
    expect(japaneseEraYear('R', 0)).toBeUndefined();
  });

  it.each([
    [2565, 2022],
    [2552, 2009],
    [2570, 2027],
    [2024, 2024],
    [1999, 1999],
  ])('Buddhist Era %i is %i; Gregorian years stay', (year, expected) => {
    expect(gregorianYear(year)).toBe(expected);
  });

  it.each([
    ['[令和4/03/18 午後9:41:05] ハナ: m', '2022-03-18T12:41:05.000Z'],
    ['[令和元年5月1日 9:00:00] ハナ: m', '2019-05-01T00:00:00.000Z'],
    ['令和4年3月18日 21:41 - ハナ: m', '2022-03-18T12:41:00.000Z'],
    ['[R4/3/18 21:41:05] ハナ: m', '2022-03-18T12:41:05.000Z'],
    ['2022年3月18日 下午9:41 - ハナ: m', '2022-03-18T12:41:00.000Z'],
    ['[18/3/2565 21:41:05] ハナ: m', '2022-03-18T12:41:05.000Z'],
  ])('%j is read as %s', async (line, expected) => {
    const conversation = await parseText(`${line}\n`, { timeZone: 'Asia/Tokyo', dateOrder: 'month-first' });
    expect(
      conversation.messages.map((m) => [new Date(m.at).toISOString(), nameOf(conversation, m.author), m.text]),
    ).toEqual([[expected, 'ハナ', 'm']]);
  });
});

describe('names with quote marks', () => {
  it.each([
    ['Anna "Nan" Smith', false],
    ['נדל"ן', false],
    ['דני נדל"ן', false],
    ['Sam “Sunny” Lee', false],
    ['Jo „Jojo“ Meyer', false],
    ['Ana named the group "Trip', true],
    ['Ана назвала группу «Отпуск', true],
    ['Ana changed the subject from "A" to "B', true],
    ['"', true],
  ])('%j opens a quotation it never closes: %s', (name, expected) => {
    expect(opensQuotation(name)).toBe(expected);
  });

  it('a notice cut at a colon inside quotes is a notice, and the reader says so', async () => {
    const conversation = await parseText(
      '1/2/24, 08:00 - Ana named the group "Trip: 2024"\n1/2/24, 08:01 - Ana: hi\n1/2/24, 08:02 - Sam: hey\n',
    );
    expect(asRows(conversation)).toEqual([
      ['2024-02-01T08:00:00.000Z', null, 'system', 'Ana named the group "Trip: 2024"'],
      ['2024-02-01T08:01:00.000Z', 'Ana', 'text', 'hi'],
      ['2024-02-01T08:02:00.000Z', 'Sam', 'text', 'hey'],
    ]);
    expect(conversation.participants.map((p) => p.name)).toEqual(['Ana', 'Sam']);
    expect(
      conversation.warnings.filter((w) => w.startsWith('1 line(s)') && w.includes('"Ana named the group \\"Trip"')),
    ).toHaveLength(1);
  });
});

/** the encryption notice in the phone's language, as iOS writes it under the contact's name */
const ENCRYPTION_NOTICES: readonly [string, string][] = [
  [
    'en',
    'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
  ],
  [
    'es',
    'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.',
  ],
  [
    'pt-BR',
    'As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa.',
  ],
  [
    'pt-PT',
    'As mensagens e chamadas são encriptadas ponto a ponto. Ninguém fora desta conversa, nem mesmo o WhatsApp, pode ler ou ouvi-las.',
  ],
  [
    'de',
    'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören.',
  ],
  [
    'fr',
    'Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.',
  ],
  [
    'it',
    'I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerne o ascoltarne il contenuto.',
  ],
  ['it (older)', 'I tuoi messaggi e le tue chiamate sono protetti con la crittografia end-to-end.'],
  [
    'nl',
    'Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren.',
  ],
  ['ru', 'Сообщения и звонки защищены сквозным шифрованием.'],
  ['uk', 'Повідомлення й дзвінки захищено наскрізним шифруванням.'],
  ['cs', 'Zprávy a hovory jsou opatřeny koncovým šifrováním.'],
  ['pl', 'Wiadomości i połączenia są w pełni zaszyfrowane.'],
  ['tr', 'Mesajlar ve aramalar uçtan uca şifrelidir.'],
  ['ar', 'الرسائل والمكالمات مشفرة تمامًا بين الطرفين.'],
  ['fa', 'پیام‌ها و تماس‌ها رمزگذاری سرتاسری شده‌اند.'],
  ['he', 'ההודעות והשיחות מוצפנות מקצה-לקצה.'],
  ['hi', 'मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं.'],
  ['bn', 'মেসেজ এবং কল এন্ড-টু-এন্ড এনক্রিপ্টেড থাকে।'],
  ['ur', 'میسجز اور کالز اینڈ ٹو اینڈ اینکرپشن کے ذریعے محفوظ ہیں۔'],
  ['id', 'Pesan dan panggilan terenkripsi secara end-to-end.'],
  ['ms', 'Mesej dan panggilan disulitkan hujung ke hujung.'],
  ['th', 'ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง'],
  ['vi', 'Tin nhắn và cuộc gọi được mã hóa đầu cuối.'],
  ['ja', 'メッセージと通話はエンドツーエンド暗号化されています。'],
  ['ko', '메시지 및 전화는 종단간 암호화되어 안전합니다.'],
  ['zh-CN', '消息和通话都进行端到端加密。'],
  ['zh-TW', '訊息和通話經端對端加密。'],
];

describe('notices in the phone language', () => {
  it.each(ENCRYPTION_NOTICES)('%s: the encryption notice is a notice wherever it stands', async (_language, notice) => {
    const conversation = await parseText(
      `[1/2/24, 08:00:00] Alex: hello\n[1/2/24, 08:01:00] Sam: \u200e${notice}\n[1/2/24, 08:02:00] Sam: hi\n`,
    );
    expect(asRows(conversation).map(([, author, kind]) => [author, kind])).toEqual([
      ['Alex', 'text'],
      [null, 'system'],
      ['Sam', 'text'],
    ]);
    expect(conversation.messages[1]?.text).toBe(notice);
  });

  it('an opening notice in a language without a known phrase is a notice by where it stands', async () => {
    const conversation = await parseText(
      '[1/2/24, 08:00:00] Nino: \u200eშეტყობინებები და ზარები დაშიფრულია.\n[1/2/24, 08:01:00] Nino: გამარჯობა\n[1/2/24, 08:02:00] Nino: \u200eსურათი გამოტოვებულია\n',
    );
    expect(conversation.messages.map((m) => [m.author === null, m.kind])).toEqual([
      [true, 'system'],
      [false, 'text'],
      [false, 'text'],
    ]);
  });

  it('someone named only on notices is not a participant, and the reader says so', async () => {
    const conversation = await parseText(
      '[1/2/24, 08:00:00] Sam: \u200eMessages and calls are end-to-end encrypted.\n[1/2/24, 08:01:00] Alex: anyone here?\n',
    );
    expect(conversation.participants.map((p) => p.name)).toEqual(['Alex']);
    expect(conversation.warnings.filter((w) => w.includes('"Sam" appear only on'))).toHaveLength(1);
  });

  it('an Android notice line without author stays a notice in any language', async () => {
    const conversation = await parseText(
      '02.01.24, 08:00 - Повідомлення й дзвінки захищено наскрізним шифруванням.\n02.01.24, 08:01 - Оля: привіт\n',
    );
    expect(asRows(conversation).map(([, author, kind]) => [author, kind])).toEqual([
      [null, 'system'],
      ['Оля', 'text'],
    ]);
  });
});

describe('whatsapp markers', () => {
  it.each([
    ['<Media omitted>', 'media', '<Media omitted>', false],
    ['\u200eimage omitted', 'media', 'image omitted', false],
    [
      '\u200e<attached: 00000012-PHOTO-2023-12-31-21-43-10.jpg>',
      'media',
      '<attached: 00000012-PHOTO-2023-12-31-21-43-10.jpg>',
      false,
    ],
    ['<Medien ausgeschlossen>', 'media', '<Medien ausgeschlossen>', false],
    ['<Médias omis>', 'media', '<Médias omis>', false],
    ['<Multimedia omitido>', 'media', '<Multimedia omitido>', false],
    ['<Mídia oculta>', 'media', '<Mídia oculta>', false],
    ['<Media omessi>', 'media', '<Media omessi>', false],
    ['<Media weggelaten>', 'media', '<Media weggelaten>', false],
    ['IMG-1.jpg (archivo adjunto)\nqué bonito', 'media', 'IMG-1.jpg (archivo adjunto)\nqué bonito', false],
    ['This message was deleted', 'deleted', 'This message was deleted', false],
    ['\u200eYou deleted this message.', 'deleted', 'You deleted this message.', false],
    ['Diese Nachricht wurde gelöscht', 'deleted', 'Diese Nachricht wurde gelöscht', false],
    ['Ce message a été supprimé', 'deleted', 'Ce message a été supprimé', false],
    ['Dit bericht is verwijderd', 'deleted', 'Dit bericht is verwijderd', false],
    ['see you <This message was edited>', 'text', 'see you', true],
    ['bis gleich \u200e<Diese Nachricht wurde bearbeitet>', 'text', 'bis gleich', true],
    ['\u200eMissed video call', 'call', 'Missed video call', false],
    ['\u200eSam added Alex', 'system', 'Sam added Alex', false],
    ['\u200eизображение отсутствует', 'media', 'изображение отсутствует', false],
    ['\u200eзображення відсутнє', 'media', 'зображення відсутнє', false],
    ['\u200eobrázek vynechán', 'media', 'obrázek vynechán', false],
    ['\u200eimagem não revelada', 'media', 'imagem não revelada', false],
    ['\u200fلم يتم إدراج الصورة', 'media', 'لم يتم إدراج الصورة', false],
    [
      '\u200e<прикреплено: 00000012-PHOTO-2023-12-31.jpg>',
      'media',
      '<прикреплено: 00000012-PHOTO-2023-12-31.jpg>',
      false,
    ],
    ['IMG-1.jpg (файл добавлен)', 'media', 'IMG-1.jpg (файл добавлен)', false],
    ['\u200eДанное сообщение удалено.', 'deleted', 'Данное сообщение удалено.', false],
    ['\u200eЦе повідомлення було видалено.', 'deleted', 'Це повідомлення було видалено.', false],
    ['\u200eTato zpráva byla smazána.', 'deleted', 'Tato zpráva byla smazána.', false],
    ['\u200eApagou esta mensagem.', 'deleted', 'Apagou esta mensagem.', false],
    ['I deleted the photos (finally)', 'text', 'I deleted the photos (finally)', false],
    ['<3 you', 'text', '<3 you', false],
    ['null and void', 'text', 'null and void', false],
  ] as const)('%j is %s', (body, kind, text, edited) => {
    const classified = classifyBody(body);
    expect(classified).toMatchObject({ kind, text, edited });
    if (kind !== 'text' || edited) expect(isPlainText(body, body.split('\n')[0])).toBe(false);
  });
});

describe('date order when nothing decides', () => {
  it.each([
    ['12-hour, no option → month-first, warned', '3/4/21, 9:00 PM - A: x', {}, '2021-03-04', 1],
    ['24-hour, no option → day-first, warned', '3/4/21, 21:00 - A: x', {}, '2021-04-03', 1],
    ['12-hour, day-first option', '3/4/21, 9:00 PM - A: x', { dateOrder: 'day-first' }, '2021-04-03', 0],
    ['24-hour, month-first option', '3/4/21, 21:00 - A: x', { dateOrder: 'month-first' }, '2021-03-04', 0],
    ['year-first needs no warning', '[2021/03/04, 21:00:00] A: x', {}, '2021-03-04', 0],
    [
      '24-hour, a later line decides month-first',
      '01/02/24, 10:00 - A: x\n01/13/24, 10:00 - A: y',
      {},
      '2024-01-02',
      0,
    ],
    [
      '12-hour, a later line decides day-first',
      '01/02/24, 1:00 PM - A: x\n13/02/24, 1:00 PM - A: y',
      {},
      '2024-02-01',
      0,
    ],
    [
      'mixed orders: the majority wins, warned',
      '13/02/24, 10:00 - A: x\n14/02/24, 10:00 - A: y\n02/15/24, 10:00 - A: z',
      {},
      '2024-02-13',
      2,
    ],
  ] as const)('%s', async (_, text, extra, day, warnings) => {
    const conversation = await parseText(text, { timeZone: 'UTC', ...extra });
    expect(new Date(conversation.messages[0]?.at ?? 0).toISOString().slice(0, 10)).toBe(day);
    expect(conversation.warnings).toHaveLength(warnings);
  });
});

describe('whatsapp errors', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['only blank lines', '\n\n\r\n', 'empty'],
    ['text without any header', 'hello there\nhow are you\n', 'malformed'],
    ['only an impossible date', '31/02/2023, 10:00 - A: x\n', 'malformed'],
  ])('%s → %s', async (_, text, code) => {
    const error = await importError(parseText(text));
    expect(error.code).toBe(code);
    expect(error.file).toBe('chat.txt');
  });

  it('invalid UTF-8 names the line and byte', async () => {
    const head = new TextEncoder().encode('1/2/24, 10:00 - A: ok\n1/2/24, 10:01 - A: b');
    const bytes = new Uint8Array([...head, 0xc3, 0x28, 0x0a]);
    const error = await importError(parseText(bytes));
    expect(error).toMatchObject({ code: 'invalid-utf8', line: 2, byteOffset: head.length });
  });

  it('a line with an impossible date is text, not a header', async () => {
    const conversation = await parseText('13/02/2023, 10:00 - A: y\n31/02/2023, 10:00 - A: x');
    expect(conversation.messages.map((m) => m.text)).toEqual(['y\n31/02/2023, 10:00 - A: x']);
  });

  it('a zip without a chat text', async () => {
    const input = {
      name: 'WhatsApp Chat - Sam.zip',
      files: [bytesSource('IMG-1.jpg', 'x'), bytesSource('VID-2.mp4', 'y')],
    };
    expect((await importError(whatsappImporter.parse(input, {}))).code).toBe('no-chat');
  });

  it('an unknown time zone', async () => {
    expect((await importError(parseText('1/2/24, 10:00 - A: x', { timeZone: 'Nowhere/Land' }))).code).toBe(
      'unsupported',
    );
  });

  it('a file over the size limit', async () => {
    const text = '1/2/24, 10:00 - A: x\n'.repeat(100);
    expect((await importError(parseText(text, { maxBytes: 500 }))).code).toBe('too-large');
  });

  it('lines before the first message are skipped with a warning', async () => {
    const conversation = await parseText('garbage\n1/2/24, 10:00 - A: x\n');
    expect(conversation.messages).toHaveLength(1);
    expect(conversation.warnings).toHaveLength(2);
  });
});

describe('whatsapp detection, names and progress', () => {
  it.each([
    ['_chat.txt', '[31/12/2023, 21:41:05] Sam: hi\n[31/12/2023, 21:42:05] Alex: hey\n', 0.9, 1],
    ['chat.txt', '12/31/23, 9:41 PM - Sam: hi\n12/31/23, 9:42 PM - Alex: hey\n', 0.85, 1],
    ['chat.txt', '2023. 1. 5. 오후 3:25 - 민수: 안녕\n', 0.85, 1],
    ['chat.txt', '\u200f[١٨\u200f/٣\u200f/٢٠٢٢، ٢:٥٦:٠٠\u00a0م] سلمى: مساء الخير\n', 0.85, 1],
    ['chat.txt', '24\u200f/4\u200f/2022، 2:07 م - عمار: السلام\n', 0.85, 1],
    ['result.json', '{"name": "Sam", "messages": []}', 0, 0],
    ['chat.md', '[2023-12-31 21:41] Sam: hi\n', 0, 0.65],
    ['notes.txt', 'Dear diary,\ntoday 12/31/23 was long.\n', 0, 0],
  ])('%s %j scores %d..%d', (fileName, head, low, high) => {
    const score = whatsappImporter.detect({ fileName, head, fileNames: [fileName] });
    expect(score).toBeGreaterThanOrEqual(low);
    expect(score).toBeLessThanOrEqual(high);
  });

  it('scores a Signal markdown chat.md below what Signal scores it', () => {
    const probe = { fileName: 'chat.md', head: '[2023-12-31 21:41] Sam: hi\n', fileNames: ['chat.md'] };
    expect(whatsappImporter.detect(probe)).toBeLessThan(signalImporter.detect(probe) - 0.3);
  });

  it.each([
    ['WhatsApp Chat with Sam.txt', 'Sam'],
    ['exports/WhatsApp Chat - Sam Lee.zip', 'Sam Lee'],
    ['WhatsApp-Chat mit Lena.txt', 'Lena'],
    ['WhatsApp Chat with Sam (2).txt', 'Sam'],
    ['_chat.txt', null],
  ])('%s names %s', (fileName, name) => {
    expect(chatNameFromFileName(fileName)).toBe(name);
  });

  it('reports progress now and then, with bytes and messages', async () => {
    const lines = 70_000;
    const text = Array.from(
      { length: lines },
      (_, i) => `1/${1 + (i % 28)}/24, 10:${String(i % 60).padStart(2, '0')} - A: m${i}`,
    ).join('\n');
    const progress: ImportProgress[] = [];
    const conversation = await parseText(
      text,
      { timeZone: 'UTC', onProgress: (p) => progress.push(p) },
      'chat.txt',
      1 << 16,
    );
    expect(conversation.messages).toHaveLength(lines);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.length).toBeLessThan(10);
    expect(progress.at(-1)).toEqual({
      bytes: new TextEncoder().encode(text).length,
      totalBytes: progress.at(-1)?.totalBytes,
      messages: lines,
    });
    expect(progress[0]?.messages).toBeLessThan(lines);
  });
});

describe('whatsapp properties', () => {
  const runs = (fallback: number) => Number(process.env.FC_RUNS ?? fallback);

  it('never throws anything but an ImportError on arbitrary bytes', async () => {
    const fragments = fc.constantFrom(
      '1/2/24, 10:00 - ',
      '[31.12.23, 21:41:05] ',
      'A: ',
      '\n',
      '\r\n',
      ' PM',
      '\u202f',
      '\u200e',
      '<Media omitted>',
      '2023. 1. 5. 오후 3:25 - ',
      '99/99/99, 99:99 - ',
      '\ufeff',
      '\u200f[١٨\u200f/٣\u200f/٢٠٢٢، ٢:٥٦:٠٠\u00a0م] ',
      '۲۴/۴/۲۰۲۲، ۲:۰۷ ب.ظ - ',
      '[14:05:12, 03/02/2022] ',
      '3/18/R4, 21:41 - ',
      '令和元年5月1日 9:00 - ',
      '3/18/2565 BE, 10:30 - ',
      'Anna "Nan": ',
      '٣:',
      'R',
      '年',
    );
    const textual = fc
      .array(fc.oneof(fragments, fc.string({ maxLength: 6 })), { maxLength: 12 })
      .map((parts) => new TextEncoder().encode(parts.join('')));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 64 }), textual),
        fc.integer({ min: 1, max: 16 }),
        async (bytes, chunk) => {
          try {
            const conversation = await parseText(bytes, { timeZone: 'UTC' }, 'chat.txt', chunk);
            expect(conversation.messages.length).toBeGreaterThan(0);
            for (let i = 1; i < conversation.messages.length; i++) {
              expect(conversation.messages[i]?.at ?? 0).toBeGreaterThanOrEqual(conversation.messages[i - 1]?.at ?? 0);
            }
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
          }
        },
      ),
      { numRuns: runs(10_000) },
    );
  }, 60_000);

  it('round-trips messages written in any supported header style', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HEADER_STYLES),
        fc.constantFrom('UTC', 'Asia/Kolkata', 'Asia/Tokyo'),
        fc.array(
          fc.record({
            author: fc.constantFrom(...AUTHORS),
            text: messageText,
            gapMinutes: fc.integer({ min: 0, max: 60 * 24 * 40 }),
          }),
          {
            minLength: 1,
            maxLength: 25,
          },
        ),
        fc.integer({ min: Date.UTC(2015, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
        fc.integer({ min: 1, max: 64 }),
        async (style, timeZone, drafts, startMinute, chunk) => {
          let minute = startMinute;
          const expected = drafts.map((draft) => {
            minute += draft.gapMinutes;
            const seconds = style.seconds ? (draft.gapMinutes * 7) % 60 : 0;
            return { ...draft, at: minute * 60_000 + seconds * 1000 };
          });
          const file = `${expected.map((m) => `${style.write(wallParts(m.at, timeZone))}${m.author}: ${m.text}`).join('\n')}\n`;
          const conversation = await parseText(file, { timeZone, dateOrder: style.order }, 'chat.txt', chunk);
          const sorted = expected.map((m, i) => ({ m, i })).sort((a, b) => a.m.at - b.m.at || a.i - b.i);
          expect(conversation.messages.map((m) => [m.at, nameOf(conversation, m.author), m.text])).toEqual(
            sorted.map(({ m }) => [m.at, m.author, m.text]),
          );
        },
      ),
      { numRuns: runs(1000) },
    );
  }, 60_000);
});

const AUTHORS = ['Alex', 'Sam Lee', 'Zoë', '+44 7700 900123', 'Ana-María'] as const;
const WORDS = ['hi', 'ok', 'love you', 'so tired', '😀', 'café', 'a: b', '- dash', '12', '?', 'Wait…', '[x]', '3 PM'];
const messageText = fc
  .array(
    fc
      .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 })
      .map((words) => (/^\d/.test(words[0] ?? '') ? `so ${words.join(' ')}` : words.join(' '))),
    { minLength: 1, maxLength: 3 },
  )
  .map((lines) => lines.join('\n'));
