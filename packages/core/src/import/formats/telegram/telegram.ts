// reads Telegram Desktop's result.json (one chat, or a whole account's chats) into the neutral model

import {
  asParticipantId,
  type ChatEvent,
  type Conversation,
  type EpochMs,
  type EventKind,
  type Message,
  type MessageKind,
  type Participant,
  type ParticipantId,
} from '../../../model.ts';
import { isValidParts, type ZoneClock } from '../../../time/index.ts';
import { EventList, MessageList } from '../../chat-builder.ts';
import { ImportError } from '../../errors.ts';
import { asIdText, asRecord, asString, type JsonRecord, MAX_EPOCH_MS, WarningCounts } from '../../json-fields.ts';
import { type JsonPathPattern, type JsonSelection, type JsonValue, streamJson } from '../../json-stream.ts';
import { PeopleById } from '../../people.ts';
import { jsonKeys, looksLikeJson } from '../../probe.ts';
import { zoneClock } from '../../time-text.ts';
import type { ByteSource, ChatSummary, DetectProbe, Importer, ImportInput, ImportOptions } from '../../types.ts';

const LISTS = ['chats', 'left_chats'] as const;
type ChatList = (typeof LISTS)[number];

interface ChatEntry {
  readonly list: ChatList;
  readonly index: number;
  name: string | null;
  id: string | null;
  type: string | null;
  messages: number;
}

const MAX_LISTED_CHATS = 15;
/** message members the importer never reads (`text_entities` repeats `text` in pieces): left unbuilt, for speed */
const UNREAD_MEMBERS = ['text_entities'];
/** Telegram's `date`: local wall-clock time without an offset */
const ZONELESS_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** how a Telegram service action reads in the conversation, e.g. "pin_message" → "pin message" */
const describeAction = (action: string): string => action.replace(/_/g, ' ');

/** an event's words from its action and fields: 'renamed the group to "Trip"', 'added Jo', else the action */
function describeEvent(action: string, m: JsonRecord): string {
  const title = asString(m.title);
  if (action === 'edit_group_title' && title !== undefined) return `renamed the group to ${JSON.stringify(title)}`;
  const members = Array.isArray(m.members) ? m.members.filter((x): x is string => typeof x === 'string') : [];
  if (action === 'invite_members' && members.length > 0) return `added ${members.join(', ')}`;
  return describeAction(action);
}

/** Telegram service actions that are events, by what they record; other actions but calls are 'other' events */
const ACTION_EVENTS: Readonly<Record<string, EventKind>> = {
  invite_members: 'join',
  join_group_by_link: 'join',
  join_group_by_request: 'join',
  remove_members: 'leave',
  edit_group_title: 'rename',
  edit_chat_theme: 'icon',
  edit_group_photo: 'icon',
  delete_group_photo: 'icon',
  pin_message: 'pin',
};

/**
 * The plain text of Telegram's `text`: a string, or an array of strings and `{type, text}` entities.
 * @example telegramText(['hey ', { type: 'bold', text: 'you' }]) // 'hey you'
 */
export function telegramText(value: JsonValue | undefined): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  let text = '';
  for (const part of value) {
    if (typeof part === 'string') text += part;
    else {
      const inner = asRecord(part)?.text;
      if (typeof inner === 'string') text += inner;
    }
  }
  return text;
}

function mediaPlaceholder(m: JsonRecord): string | undefined {
  const mediaType = asString(m.media_type);
  if (mediaType === 'sticker' || m.sticker_emoji !== undefined) {
    const emoji = asString(m.sticker_emoji);
    return emoji ? `[sticker ${emoji}]` : '[sticker]';
  }
  if (mediaType !== undefined) return `[${mediaType.replace(/_/g, ' ')}]`;
  if (m.photo !== undefined) return '[photo]';
  if (m.file !== undefined) return '[file]';
  if (m.location_information !== undefined) return '[location]';
  if (m.contact_information !== undefined) return '[contact]';
  if (m.poll !== undefined) return '[poll]';
  return undefined;
}

/** collects one chat's people, messages and counted warnings while the file streams by */
class TelegramChatReader {
  readonly messages = new MessageList();
  readonly events = new EventList();
  readonly warnings = new WarningCounts();
  private readonly people = new PeopleById('Deleted account');
  private readonly file: string;
  private readonly timeZone: string | undefined;
  private clock: ZoneClock | undefined;

  constructor(file: string, timeZone: string | undefined) {
    this.file = file;
    this.timeZone = timeZone;
  }

  has(id: string): boolean {
    return this.people.has(id);
  }

  person(rawId: string | undefined, name: string | undefined): ParticipantId | null {
    return this.people.id(rawId, name);
  }

  add(value: JsonValue | undefined): void {
    const m = asRecord(value);
    if (m === undefined) {
      this.warnings.add('not-a-message');
      return;
    }
    const at = this.timeOf(m);
    if (at === undefined) {
      this.warnings.add('no-time');
      return;
    }
    const isService = m.type === 'service';
    const rawId = asString(isService ? m.actor_id : m.from_id);
    const fromName = asString(isService ? m.actor : m.from);
    let kind: MessageKind = 'text';
    let text = telegramText(m.text);
    const action = isService ? (asString(m.action) ?? 'event') : '';
    if (isService && action !== 'phone_call' && action !== 'group_call') {
      this.events.add({
        at,
        actor: fromName ?? null,
        kind: ACTION_EVENTS[action] ?? 'other',
        text: text === '' ? describeEvent(action, m) : text,
        sourceId: asIdText(m.id),
      });
      return;
    }
    const author = this.person(rawId, fromName);
    let durationSeconds: number | undefined;
    if (isService) {
      kind = 'call';
      const duration = m.duration_seconds;
      if (typeof duration === 'number' && Number.isFinite(duration) && duration >= 0) durationSeconds = duration;
      if (text === '') text = m.discard_reason === 'missed' ? 'Missed call' : 'Call';
    } else {
      const placeholder = mediaPlaceholder(m);
      if (placeholder !== undefined) {
        kind = 'media';
        if (text === '') text = placeholder;
      }
    }
    this.messages.add(author, {
      at,
      text,
      kind,
      sourceId: asIdText(m.id),
      replyTo: asIdText(m.reply_to_message_id),
      edited: m.edited_unixtime !== undefined || m.edited !== undefined,
      durationSeconds,
    });
  }

  private timeOf(m: JsonRecord): EpochMs | undefined {
    const unix = m.date_unixtime;
    let ms: number | undefined;
    if (typeof unix === 'string' && /^-?\d{1,15}$/.test(unix)) ms = Number(unix) * 1000;
    else if (typeof unix === 'number') ms = unix * 1000;
    else {
      const parts = ZONELESS_DATE.exec(asString(m.date) ?? '');
      if (parts !== null) {
        const [year, month, day, hour, minute, second] = parts.slice(1).map((p) => Number(p ?? 0)) as [
          number,
          number,
          number,
          number,
          number,
          number,
        ];
        if (isValidParts(year, month, day, hour, minute, second)) {
          this.clock ??= zoneClock(this.file, this.timeZone);
          ms = this.clock.toEpoch(year, month, day, hour, minute, second);
          this.warnings.add('zoneless-time');
        }
      }
    }
    if (ms === undefined || !Number.isFinite(ms) || Math.abs(ms) > MAX_EPOCH_MS) return undefined;
    return ms as EpochMs;
  }

  build(file: string, title: string | null, selfId: string | undefined, partnerId: string | undefined): Conversation {
    if (this.messages.length === 0) {
      throw new ImportError({
        code: 'empty',
        file,
        expected: 'at least one message',
        found: 'none',
        hint: 'the chat may be empty, or the export may hold only media',
      });
    }
    const conversation: {
      format: 'telegram';
      title: string | null;
      participants: Participant[];
      messages: Message[];
      events?: ChatEvent[];
      warnings: string[];
      selfHint?: ParticipantId;
      partnerHint?: ParticipantId;
    } = {
      format: 'telegram',
      title,
      participants: this.people.list(),
      messages: this.messages.inOrder(),
      warnings: this.warnings.texts(),
    };
    if (this.events.length > 0) conversation.events = this.events.inOrder();
    if (selfId !== undefined && this.people.has(selfId)) conversation.selfHint = asParticipantId(selfId);
    if (partnerId !== undefined && partnerId !== selfId && this.people.has(partnerId)) {
      conversation.partnerHint = asParticipantId(partnerId);
    }
    return conversation;
  }

  /** the participant key of a person named `name`, if exactly one has that name */
  keyByName(name: string): string | undefined {
    return this.people.keyByName(name);
  }
}

function mainFile(input: ImportInput): ByteSource {
  const files = input.files;
  const byName = (pattern: RegExp): ByteSource | undefined => files.find((f) => pattern.test(f.name));
  const file = byName(/(?:^|\/)result\.json$/i) ?? byName(/\.json$/i) ?? files[0];
  if (file === undefined) {
    throw new ImportError({ code: 'empty', file: input.name, expected: 'a result.json file', found: 'no files' });
  }
  return file;
}

const chatPath = (list: ChatList, index: string, field: string): JsonPathPattern => [list, 'list', index, field];

interface FirstPass {
  readonly reader: TelegramChatReader;
  readonly single: { name: string | null; id: string | null; type: string | null; seen: boolean };
  readonly chats: ChatEntry[];
  self: { id: string; name: string } | undefined;
  replacedSurrogates: number;
}

async function firstPass(file: ByteSource, options: ImportOptions): Promise<FirstPass> {
  const reader = new TelegramChatReader(file.name, options.timeZone);
  const pass: FirstPass = {
    reader,
    single: { name: null, id: null, type: null, seen: false },
    chats: [],
    self: undefined,
    replacedSurrogates: 0,
  };
  const select: JsonSelection[] = [
    { path: ['messages', '*'], omit: UNREAD_MEMBERS },
    { path: ['name'] },
    { path: ['id'] },
    { path: ['type'] },
    { path: ['personal_information'] },
  ];
  for (const list of LISTS) {
    select.push(
      { path: chatPath(list, '*', 'name') },
      { path: chatPath(list, '*', 'id') },
      { path: chatPath(list, '*', 'type') },
      { path: [list, 'list', '*', 'messages', '*'], parse: false },
    );
  }
  const entries = new Map<string, ChatEntry>();
  const entryOf = (list: ChatList, index: number): ChatEntry => {
    const key = `${list}/${index}`;
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = { list, index, name: null, id: null, type: null, messages: 0 };
      entries.set(key, entry);
      pass.chats.push(entry);
    }
    return entry;
  };
  const result = await streamJson(file, {
    select,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    onChunk: (bytes) => options.onProgress?.({ bytes, totalBytes: file.size, messages: reader.messages.length }),
    onValue: (value, path, selection) => {
      if (selection === 0) {
        pass.single.seen = true;
        reader.add(value);
      } else if (selection === 1) pass.single.name = asString(value) ?? null;
      else if (selection === 2) pass.single.id = asIdText(value) ?? null;
      else if (selection === 3) pass.single.type = asString(value) ?? null;
      else if (selection === 4) {
        const info = asRecord(value);
        const userId = asIdText(info?.user_id);
        if (info && userId !== undefined) {
          const name = [asString(info.first_name), asString(info.last_name)].filter((s) => s).join(' ');
          pass.self = { id: `user${userId}`, name };
        }
      } else {
        const list = LISTS[Math.floor((selection - 5) / 4)] as ChatList;
        const entry = entryOf(list, Number(path[2]));
        const field = (selection - 5) % 4;
        if (field === 0) entry.name = asString(value) ?? null;
        else if (field === 1) entry.id = asIdText(value) ?? null;
        else if (field === 2) entry.type = asString(value) ?? null;
        else entry.messages++;
      }
    },
  });
  pass.replacedSurrogates = result.replacedSurrogates;
  return pass;
}

const chatLabel = (chat: ChatEntry): string =>
  `${chat.name ?? 'unnamed chat'} (id ${chat.id ?? '?'}, ${chat.messages} message${chat.messages === 1 ? '' : 's'})`;

function pickChat(file: string, chats: readonly ChatEntry[], wanted: string | undefined): ChatEntry {
  if (wanted !== undefined) {
    const folded = wanted.trim().toLocaleLowerCase();
    const found =
      chats.find((c) => c.id === wanted.trim()) ??
      chats.find((c) => c.name === wanted) ??
      chats.find((c) => c.name?.trim().toLocaleLowerCase() === folded);
    if (found) return found;
  } else {
    const personal = chats.filter((c) => c.type === 'personal_chat');
    if (personal.length === 1 && personal[0]) return personal[0];
    if (chats.length === 1 && chats[0]) return chats[0];
  }
  const listed = chats.slice(0, MAX_LISTED_CHATS).map(chatLabel);
  if (chats.length > MAX_LISTED_CHATS) listed.push(`and ${chats.length - MAX_LISTED_CHATS} more`);
  throw new ImportError({
    code: 'no-chat',
    file,
    expected: wanted === undefined ? 'one chat to read' : `a chat called "${wanted}"`,
    found: chats.length === 0 ? 'no chats' : `${chats.length} chats: ${listed.join('; ')}`,
    remedy: 'choose-chat-by-id',
  });
}

function partnerOf(
  reader: TelegramChatReader,
  type: string | null,
  id: string | null,
  name: string | null,
): string | undefined {
  if (type !== 'personal_chat') return undefined;
  if (id !== null && reader.has(`user${id}`)) return `user${id}`;
  return name !== null ? reader.keyByName(name) : undefined;
}

/**
 * Lists the chats of a Telegram export (one entry for a single-chat export) with their message counts.
 * @example (await listTelegramChats(input)).map((c) => c.name) // ['Sam', 'Book club']
 */
export async function listTelegramChats(input: ImportInput, options: ImportOptions = {}): Promise<ChatSummary[]> {
  const pass = await firstPass(mainFile(input), options);
  if (pass.single.seen || pass.chats.length === 0) {
    return [
      {
        id: pass.single.id ?? '',
        name: pass.single.name ?? 'Telegram chat',
        messages: pass.reader.messages.length,
      },
    ];
  }
  return pass.chats.map((c) => ({ id: c.id ?? '', name: c.name ?? 'unnamed chat', messages: c.messages }));
}

async function parseTelegram(input: ImportInput, options: ImportOptions): Promise<Conversation> {
  const file = mainFile(input);
  const pass = await firstPass(file, options);
  if (pass.single.seen || pass.chats.length === 0) {
    const { name, id, type } = pass.single;
    const partner = partnerOf(pass.reader, type, id, name);
    pass.reader.warnings.add('broken-characters', pass.replacedSurrogates);
    return pass.reader.build(file.name, name, pass.self?.id, partner);
  }
  const chat = pickChat(file.name, pass.chats, options.chat);
  const reader = new TelegramChatReader(file.name, options.timeZone);
  const result = await streamJson(file, {
    select: [{ path: [chat.list, 'list', String(chat.index), 'messages', '*'], omit: UNREAD_MEMBERS }],
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    onChunk: (bytes) => options.onProgress?.({ bytes, totalBytes: file.size, messages: reader.messages.length }),
    onValue: (value) => reader.add(value),
  });
  const partner = partnerOf(reader, chat.type, chat.id, chat.name);
  reader.warnings.add('broken-characters', result.replacedSurrogates);
  return reader.build(file.name, chat.name, pass.self?.id, partner);
}

/**
 * How sure it is that a probe is a Telegram Desktop JSON export (one chat, or a whole account's `chats.list`).
 * @example detectTelegram({ fileName: 'result.json', head: '{"name": "Sam", "messages": [{"date_unixtime": "1"}]}', fileNames: [] }) // 0.95
 */
export function detectTelegram(probe: DetectProbe): number {
  const head = probe.head;
  if (!looksLikeJson(head)) return 0;
  const has = jsonKeys(head);
  const named = /(?:^|\/)result\.json$/i.test(probe.fileName);
  /** the weaker signs count only for an object that is not a Discord export */
  const plainObject = head.trimStart().startsWith('{') && !(has('guild') && has('channel'));
  let score = 0;
  if (has('messages') && ['date_unixtime', 'text_entities', 'from_id', 'personal_chat'].some(has)) score = 0.95;
  else if (has('chats') && has('list') && has('messages')) score = 0.9;
  else if (plainObject && has('personal_information') && has('chats')) score = 0.9;
  else if (plainObject && named && has('messages')) score = 0.5;
  return named && score > 0 ? Math.min(1, score + 0.05) : score;
}

/**
 * The Telegram Desktop importer (`result.json`, single chat or full account).
 * @example const c = await telegramImporter.parse({ name: 'result.json', files: [source] }, { chat: 'Sam' })
 */
export const telegramImporter: Importer = {
  format: 'telegram',
  names: { label: 'Telegram', short: 'Telegram', aliases: ['telegram desktop'] },
  files: {
    extensions: ['json'],
    ranks: [{ name: /^result\.json$/i, rank: 0 }],
    chat: /^result\.json$/i,
    chatPerFolder: false,
    numberedParts: false,
  },
  specificity: 7,
  detect: detectTelegram,
  parse: parseTelegram,
};
