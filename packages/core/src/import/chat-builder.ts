// collects participants, messages and counted warnings while a text importer reads, then builds the Conversation

import type {
  ChatEvent,
  Conversation,
  EpochMs,
  EventKind,
  Format,
  Message,
  MessageKind,
  Participant,
  ParticipantId,
} from '../model.ts';
import { asParticipantId } from '../model.ts';
import { ImportError } from './errors.ts';

/** the fields of one message besides its author; optional ones are left out when unknown */
export interface MessageFields {
  readonly at: EpochMs;
  readonly text: string;
  readonly kind: MessageKind;
  readonly sourceId?: string | undefined;
  readonly replyTo?: string | undefined;
  readonly edited?: boolean | undefined;
  readonly durationSeconds?: number | undefined;
}

/** the fields an importer fills in for one message, the author by display name */
export interface DraftMessage extends MessageFields {
  readonly authorName: string | null;
}

/**
 * One chat's messages in reading order, each built with only the optional fields it has; {@link MessageList.inOrder}
 * sorts them stably by time when they were not read in order.
 * @example const list = new MessageList(); list.add(null, { at: asEpochMs(0), text: 'hi', kind: 'text' }); list.length // 1
 */
export class MessageList {
  readonly #messages: Message[] = [];
  #sorted = true;
  #lastAt = Number.NEGATIVE_INFINITY;

  get length(): number {
    return this.#messages.length;
  }

  add(author: ParticipantId | null, fields: MessageFields): void {
    const message: {
      at: EpochMs;
      author: ParticipantId | null;
      text: string;
      kind: MessageKind;
      sourceId?: string;
      replyTo?: string;
      edited?: boolean;
      durationSeconds?: number;
    } = { at: fields.at, author, text: fields.text, kind: fields.kind };
    if (fields.sourceId !== undefined) message.sourceId = fields.sourceId;
    if (fields.replyTo !== undefined) message.replyTo = fields.replyTo;
    if (fields.edited === true) message.edited = true;
    if (fields.durationSeconds !== undefined) message.durationSeconds = fields.durationSeconds;
    if (fields.at < this.#lastAt) this.#sorted = false;
    else this.#lastAt = fields.at;
    this.#messages.push(message);
  }

  /** the messages sorted by time (stable); sorts in place once, when they were not read in order */
  inOrder(): Message[] {
    if (!this.#sorted) {
      this.#messages.sort((a, b) => a.at - b.at);
      this.#sorted = true;
    }
    return this.#messages;
  }
}

/**
 * One chat's events (reactions, joins, renames…) in reading order; {@link EventList.inOrder} sorts them by time.
 * @example const events = new EventList(); events.add({ at: asEpochMs(0), actor: 'Sam', kind: 'join', text: 'joined' })
 */
export class EventList {
  readonly #events: ChatEvent[] = [];

  get length(): number {
    return this.#events.length;
  }

  add(fields: {
    readonly at: EpochMs;
    readonly actor: string | null;
    readonly kind: EventKind;
    readonly text: string;
    readonly sourceId?: string | undefined;
  }): void {
    const event: { at: EpochMs; actor: string | null; kind: EventKind; text: string; sourceId?: string } = {
      at: fields.at,
      actor: fields.actor,
      kind: fields.kind,
      text: fields.text,
    };
    if (fields.sourceId !== undefined) event.sourceId = fields.sourceId;
    this.#events.push(event);
  }

  /** the events sorted by time (stable) */
  inOrder(): ChatEvent[] {
    return this.#events.sort((a, b) => a.at - b.at);
  }
}

export interface BuildOptions {
  readonly title: string | null;
  /** the name the export uses for the exporting person ("Me", "You"), when it marks one */
  readonly selfNames?: readonly string[];
  /** the name the export gives the other side, when it gives one */
  readonly partnerName?: string | null;
}

/**
 * Accumulates one chat's messages in reading order; `build` sorts them stably by time.
 * @example
 * const chat = new ChatBuilder('csv', 'chat.csv');
 * chat.add({ at: asEpochMs(0), authorName: 'Sam', text: 'hi', kind: 'text' });
 * const conversation = chat.build({ title: null });
 */
export class ChatBuilder {
  readonly #format: Format;
  readonly #file: string;
  readonly #participants = new Map<string, Participant>();
  readonly #messages = new MessageList();
  readonly #events = new EventList();
  readonly #warnings = new Map<string, number>();

  constructor(format: Format, file: string) {
    this.#format = format;
    this.#file = file;
  }

  get messageCount(): number {
    return this.#messages.length;
  }

  /** the id of a participant by display name, registering the name on first sight */
  participant(name: string): ParticipantId {
    const known = this.#participants.get(name);
    if (known) return known.id;
    const id = asParticipantId(name);
    this.#participants.set(name, { id, name });
    return id;
  }

  add(draft: DraftMessage): void {
    this.#messages.add(draft.authorName === null ? null : this.participant(draft.authorName), draft);
  }

  /** records an event (a reaction, a join…): not a message, and its actor does not become a participant */
  event(event: Parameters<EventList['add']>[0]): void {
    this.#events.add(event);
  }

  /** records a recoverable oddity; the same text seen again only raises its count */
  warn(text: string): void {
    this.#warnings.set(text, (this.#warnings.get(text) ?? 0) + 1);
  }

  /**
   * The finished conversation; an ImportError 'empty' when nothing was read.
   * @example chat.build({ title: 'Sam', selfNames: ['Me'], partnerName: 'Sam' })
   */
  build(options: BuildOptions): Conversation {
    if (this.#messages.length === 0) {
      throw new ImportError({
        code: 'empty',
        file: this.#file,
        expected: 'at least one message',
        found: 'none',
        hint: 'the file may be empty or hold only a header',
      });
    }
    const warnings = [...this.#warnings].map(([text, count]) => (count > 1 ? `${text} (${count} times)` : text));
    const selfName = options.selfNames?.find((name) => this.#participants.has(name));
    const partnerName =
      options.partnerName !== undefined && options.partnerName !== null && this.#participants.has(options.partnerName)
        ? options.partnerName
        : undefined;
    const conversation: {
      format: Format;
      title: string | null;
      participants: Participant[];
      messages: Message[];
      events?: ChatEvent[];
      warnings: string[];
      selfHint?: ParticipantId;
      partnerHint?: ParticipantId;
    } = {
      format: this.#format,
      title: options.title,
      participants: [...this.#participants.values()],
      messages: this.#messages.inOrder(),
      warnings,
    };
    if (this.#events.length > 0) conversation.events = this.#events.inOrder();
    if (selfName !== undefined) conversation.selfHint = this.participant(selfName);
    if (partnerName !== undefined) conversation.partnerHint = this.participant(partnerName);
    return conversation;
  }
}

/**
 * The last path segment of a file name, without its extension when `dropExtension` is set.
 * @example baseName('exports/Sam/chat.md') // 'chat.md'
 */
export function baseName(path: string, dropExtension = false): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const base = path.slice(slash + 1);
  if (!dropExtension) return base;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Quotes a piece of input for an error message, shortened to a readable length.
 * @example quoteFound('hello world, this is long', 8) // '"hello wo…"'
 */
export function quoteFound(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/**
 * The one chat file to read among `candidates` (each named by `chatName`): the one `wanted` names
 * (case-insensitive; exact name first, then a name containing it), else the only one; several without a
 * match is an ImportError 'no-chat' listing them.
 * @example pickChat('export', files, (f) => baseName(f.name, true), 'Sam')
 */
export function pickChat<T extends { readonly name: string }>(
  inputName: string,
  candidates: readonly T[],
  chatName: (candidate: T) => string,
  wanted: string | undefined,
): T | undefined {
  if (wanted !== undefined && wanted !== '') {
    const needle = wanted.toLowerCase();
    const found =
      candidates.find((c) => chatName(c).toLowerCase() === needle) ??
      candidates.find((c) => chatName(c).toLowerCase().includes(needle));
    if (found) return found;
  }
  const names = [...new Set(candidates.map(chatName))];
  if (names.length <= 1) return candidates[0];
  const shown = names.slice(0, 12).join(', ');
  throw new ImportError({
    code: 'no-chat',
    file: inputName,
    expected: wanted ? `a chat named ${JSON.stringify(wanted)}` : 'one chat',
    found: `${names.length} chats: ${shown}${names.length > 12 ? ', …' : ''}`,
    hint: 'choose one with its name',
  });
}

/** the longest single message (in UTF-16 units) an importer accepts before calling the file broken */
export const MAX_MESSAGE_CHARS = 16 * 1024 * 1024;

/**
 * The error for a message that keeps growing past {@link MAX_MESSAGE_CHARS}, named by the line it starts on.
 * @example throw messageTooLong('chat.md', 12)
 */
export function messageTooLong(file: string, line: number): ImportError {
  return new ImportError({
    code: 'malformed',
    file,
    line,
    expected: 'messages shorter than 16 million characters',
    found: 'a message that does not end',
    hint: 'the file may be damaged or not this kind of export',
  });
}
