// the whole `analyze` flow for a file on disk: read, settle who is who, analyse

import {
  type AnalysisReport,
  analyzeConversation,
  type Conversation,
  resolveParticipants,
  runtimeTimeZone,
} from '@reconnect/core';
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

/**
 * Reads the export, settles who is who and analyses the history. The time zone defaults to the system's.
 * Throws `ImportError` when the export cannot be read and `ParticipantError` when it cannot tell who is who:
 * each names what is wrong, and the caller words the remedy for its own interface.
 * @example const report = await analyzeFile('WhatsApp Chat with Sam.txt', { me: 'Alex', timeZone: 'Europe/London' })
 */
export async function analyzeFile(path: string, options: AnalyzeFileOptions = {}): Promise<AnalysisReport> {
  const timeZone = options.timeZone ?? runtimeTimeZone();
  const conversation = await readConversation(path, { ...options, timeZone });
  options.onRead?.(conversation);
  const people = resolveParticipants(conversation, {
    ...(options.me !== undefined ? { me: options.me } : {}),
    ...(options.partner !== undefined ? { partner: options.partner } : {}),
  });
  options.signal?.throwIfAborted();
  options.onAnalyze?.(conversation);
  return analyzeConversation(conversation, { me: people.me.id, partner: people.partner.id, timeZone });
}
