// reads a DiscordChatExporter JSON export of one channel or direct-message chat into the neutral model
import type { ChatEvent, Conversation, EpochMs, EventKind, MessageKind, ParticipantId } from '../../../model.ts';
import { EventList, MessageList } from '../../chat-builder.ts';
import { ImportError } from '../../errors.ts';
import { asIdText, asRecord, asString, type JsonRecord, MAX_EPOCH_MS, WarningCounts } from '../../json-fields.ts';
import { type JsonValue, streamJson } from '../../json-stream.ts';
import { PeopleById } from '../../people.ts';
import { jsonKeys, looksLikeJson } from '../../probe.ts';
import type { ByteSource, DetectProbe, Importer, ImportInput, ImportOptions } from '../../types.ts';

/** DiscordChatExporter writes ISO 8601 times with an offset, e.g. 2024-01-01T21:41:00.123+01:00 */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** message types that carry words someone wrote */
const WRITTEN_TYPES = new Set(['default', 'reply', 'threadstartermessage', '']);

function timeOf(value: JsonValue | undefined): EpochMs | undefined {
  const text = asString(value);
  if (text === undefined || !ISO_WITH_OFFSET.test(text)) return undefined;
  const ms = Date.parse(text.replace(/\.(\d+)/, (_, fraction: string) => `.${`${fraction}00`.slice(0, 3)}`));
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS ? (ms as EpochMs) : undefined;
}

/** what a non-written message type reads as, e.g. "RecipientAdd" → "recipient add" */
const describeType = (type: string): string => type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** DiscordChatExporter's message types that are events, not messages, by what they record */
const EVENT_TYPES: Readonly<Record<string, EventKind>> = {
  recipientadd: 'join',
  guildmemberjoin: 'join',
  threadmemberjoin: 'join',
  recipientremove: 'leave',
  channelnamechange: 'rename',
  channeliconchange: 'icon',
  channelpinnedmessage: 'pin',
};

/** collects the channel's people, messages and counted warnings while the file streams by */
class DiscordChannelReader {
  readonly messages = new MessageList();
  readonly events = new EventList();
  /** message ids already read: an export that repeats a message counts it once */
  private readonly seenIds = new Set<string>();
  repeated = 0;
  writtenMessages = 0;
  writtenWithText = 0;
  private readonly people = new PeopleById('Unknown user');
  readonly warnings = new WarningCounts();

  private person(author: JsonRecord | undefined): ParticipantId | null {
    const rawId = asIdText(author?.id);
    const name = asString(author?.nickname) || asString(author?.name);
    return this.people.id(rawId, name);
  }

  add(value: JsonValue | undefined): void {
    const m = asRecord(value);
    if (m === undefined) {
      this.warnings.add('not-a-message');
      return;
    }
    const at = timeOf(m.timestamp);
    if (at === undefined) {
      this.warnings.add('no-time');
      return;
    }
    const sourceId = asString(m.id);
    if (sourceId !== undefined) {
      if (this.seenIds.has(sourceId)) {
        this.repeated++;
        return;
      }
      this.seenIds.add(sourceId);
    }
    const type = asString(m.type) ?? '';
    const content = asString(m.content) ?? '';
    if (type !== 'Call' && !WRITTEN_TYPES.has(type.toLowerCase())) {
      const actor = asRecord(m.author);
      this.events.add({
        at,
        actor: asString(actor?.nickname) || asString(actor?.name) || null,
        kind: EVENT_TYPES[type.toLowerCase()] ?? 'other',
        text:
          type === 'ChannelNameChange' && content !== ''
            ? `renamed the channel to ${JSON.stringify(content)}`
            : content === ''
              ? describeType(type)
              : content,
        sourceId,
      });
      return;
    }
    const author = this.person(asRecord(m.author));
    let kind: MessageKind = 'text';
    let text = content;
    let durationSeconds: number | undefined;
    if (type === 'Call') {
      kind = 'call';
      const ended = timeOf(m.callEndedTimestamp);
      if (ended !== undefined && ended >= at) durationSeconds = Math.round((ended - at) / 1000);
      if (text === '') text = ended === undefined ? 'Missed call' : 'Call';
    } else {
      this.writtenMessages++;
      const attachments = Array.isArray(m.attachments) ? m.attachments : [];
      const stickers = Array.isArray(m.stickers) ? m.stickers : [];
      if (content !== '' || attachments.length > 0 || stickers.length > 0) this.writtenWithText++;
      if (attachments.length > 0 || stickers.length > 0) {
        kind = 'media';
        if (text === '') {
          const fileName = asString(asRecord(attachments[0])?.fileName);
          text =
            fileName !== undefined ? `[attachment: ${fileName}]` : stickers.length > 0 ? '[sticker]' : '[attachment]';
        }
      }
    }
    this.messages.add(author, {
      at,
      text,
      kind,
      sourceId,
      replyTo: type === 'Reply' ? asString(asRecord(m.reference)?.messageId) : undefined,
      edited: asString(m.timestampEdited) !== undefined,
      durationSeconds,
    });
  }

  build(file: string, title: string | null, partnerName: string | null): Conversation {
    if (this.messages.length === 0) {
      throw new ImportError({ code: 'empty', file, expected: 'at least one message', found: 'none' });
    }
    const warnings = this.warnings.texts();
    if (this.repeated > 0) {
      warnings.push(
        `${this.repeated} message(s) appeared more than once in the export (same id); each was counted once`,
      );
    }
    if (this.writtenMessages > 0 && this.writtenWithText === 0) {
      warnings.push(
        'every message is empty: the export was probably made without permission to read message content, so only times and authors are known',
      );
    }
    const participants = this.people.list();
    const partner = partnerName === null ? [] : participants.filter((p) => p.name === partnerName);
    return {
      format: 'discord',
      title,
      participants,
      messages: this.messages.inOrder(),
      ...(this.events.length > 0 ? { events: this.events.inOrder() as readonly ChatEvent[] } : {}),
      warnings,
      ...(partner.length === 1 && partner[0] ? { partnerHint: partner[0].id } : {}),
    };
  }
}

function mainFile(input: ImportInput): ByteSource {
  const file = input.files.find((f) => /\.json$/i.test(f.name)) ?? input.files[0];
  if (file === undefined) {
    throw new ImportError({ code: 'empty', file: input.name, expected: 'a .json export', found: 'no files' });
  }
  return file;
}

async function parseDiscord(input: ImportInput, options: ImportOptions): Promise<Conversation> {
  const file = mainFile(input);
  const reader = new DiscordChannelReader();
  let channel: JsonRecord | undefined;
  const result = await streamJson(file, {
    select: [{ path: ['messages', '*'] }, { path: ['channel'] }],
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    onChunk: (bytes) => options.onProgress?.({ bytes, totalBytes: file.size, messages: reader.messages.length }),
    onValue: (value, _path, selection) => {
      if (selection === 0) reader.add(value);
      else channel = asRecord(value);
    },
  });
  const title = asString(channel?.name) ?? null;
  const isDirect = /^direct/i.test(asString(channel?.type) ?? '');
  reader.warnings.add('broken-characters', result.replacedSurrogates);
  return reader.build(file.name, title, isDirect ? title : null);
}

/**
 * How sure it is that a probe is a DiscordChatExporter JSON export: its guild and channel, or its authors' fields.
 * @example detectDiscord({ fileName: 'dm.json', head: '{"guild": {}, "channel": {}, "messages": []}', fileNames: [] }) // 0.95
 */
export function detectDiscord(probe: DetectProbe): number {
  const head = probe.head;
  if (!looksLikeJson(head)) return 0;
  const has = jsonKeys(head);
  if (has('guild') && has('channel') && has('messages')) return 0.95;
  const object = head.trimStart().startsWith('{');
  const authorFields = has('isBot') || (object && (has('callEndedTimestamp') || has('timestampEdited')));
  return has('messages') && has('author') && authorFields ? 0.85 : 0;
}

/**
 * The DiscordChatExporter JSON importer.
 * @example const c = await discordImporter.parse({ name: 'dm.json', files: [source] }, {})
 */
export const discordImporter: Importer = {
  format: 'discord',
  names: { label: 'Discord (DiscordChatExporter)', short: 'Discord', aliases: ['discordchatexporter'] },
  files: { extensions: ['json'], ranks: [{ name: /\.json$/i, rank: 3 }], chatPerFolder: false, numberedParts: false },
  specificity: 8,
  detect: detectDiscord,
  parse: parseDiscord,
};
