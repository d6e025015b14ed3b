// the whole `analyze` flow for a file on disk: read, settle who is who, analyse

import { type AnalysisReport, analyzeConversation } from '@reconnect/core/analysis';
import { type Conversation, type Participant, resolveParticipants } from '@reconnect/core/model';
import { runtimeTimeZone } from '@reconnect/core/time';
import { type ReadOptions, readConversation } from './read-conversation.ts';

export interface AnalyzeFileOptions extends ReadOptions {
  /** your name as the chat writes it (case, accents and emoji aside); inferred when absent */
  readonly me?: string;
  /** your partner's name; inferred when absent */
  readonly partner?: string;
  /** called once the export is read, before who is who is settled (e.g. to show the reading notes) */
  readonly onRead?: (conversation: Conversation) => void;
  /** called just before the analysis, which then runs without a pause */
  readonly onAnalyze?: (conversation: Conversation) => void;
}

/** an export read from disk with who is who settled, and the zone its times were read in */
export interface ReadExport {
  readonly conversation: Conversation;
  readonly me: Participant;
  readonly partner: Participant;
  readonly timeZone: string;
}

/**
 * Reads the export and settles who is who (what `analyze` and an import into the vault both start from). The time
 * zone defaults to the system's. Throws `ImportError` or `ParticipantError`; the caller words the remedy.
 * @example const { conversation, me, partner } = await readExport('chat.txt', { me: 'Alex' })
 */
export async function readExport(path: string, options: AnalyzeFileOptions = {}): Promise<ReadExport> {
  const timeZone = options.timeZone ?? runtimeTimeZone();
  const conversation = await readConversation(path, { ...options, timeZone });
  options.onRead?.(conversation);
  const people = resolveParticipants(conversation, {
    ...(options.me !== undefined ? { me: options.me } : {}),
    ...(options.partner !== undefined ? { partner: options.partner } : {}),
  });
  options.signal?.throwIfAborted();
  return { conversation, me: people.me, partner: people.partner, timeZone };
}

/**
 * Reads the export, settles who is who and analyses the history. The time zone defaults to the system's.
 * Throws `ImportError` when the export cannot be read and `ParticipantError` when it cannot tell who is who:
 * each names what is wrong, and the caller words the remedy for its own interface.
 * @example const report = await analyzeFile('WhatsApp Chat with Sam.txt', { me: 'Alex', timeZone: 'Europe/London' })
 */
export async function analyzeFile(path: string, options: AnalyzeFileOptions = {}): Promise<AnalysisReport> {
  const { conversation, me, partner, timeZone } = await readExport(path, options);
  options.onAnalyze?.(conversation);
  return analyzeConversation(conversation, { me: me.id, partner: partner.id, timeZone });
}
