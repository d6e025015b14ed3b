// builds small two-person conversations from readable lines for the analysis tests

import { asEpochMs, asParticipantId, type Conversation, type Message, type MessageKind } from '../../src/model.ts';

export const ME = asParticipantId('me');
export const PARTNER = asParticipantId('partner');

/** one line: who, 'YYYY-MM-DD HH:MM' in UTC, text, and optionally a kind */
export type Line = readonly [who: 'me' | 'partner' | 'other' | 'system', at: string, text: string, kind?: MessageKind];

export function conversationOf(lines: readonly Line[]): Conversation {
  const messages: Message[] = lines.map(([who, at, text, kind]) => ({
    at: asEpochMs(Date.parse(`${at.replace(' ', 'T')}:00Z`)),
    author: who === 'system' ? null : asParticipantId(who),
    text,
    kind: kind ?? (who === 'system' ? 'system' : 'text'),
  }));
  return {
    format: 'whatsapp',
    title: null,
    participants: [
      { id: ME, name: 'Me' },
      { id: PARTNER, name: 'Partner' },
      { id: asParticipantId('other'), name: 'Other' },
    ],
    messages: messages.sort((a, b) => a.at - b.at),
    warnings: [],
  };
}
