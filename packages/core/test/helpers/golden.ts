// test helpers: a conversation in the shape of the golden `.json` files, and detection probes

import type { DetectProbe } from '../../src/import/types.ts';
import type { Conversation } from '../../src/model.ts';

/** a conversation as the golden files store it: ISO times, names instead of participant objects */
export function golden(conversation: Conversation) {
  return {
    title: conversation.title,
    selfHint: conversation.selfHint ?? null,
    partnerHint: conversation.partnerHint ?? null,
    participants: conversation.participants.map((p) => p.name),
    warnings: conversation.warnings,
    messages: conversation.messages.map((m) => ({ ...m, at: new Date(m.at).toISOString() })),
  };
}

/** what `detect` sees for a single file */
export const probe = (fileName: string, head: string): DetectProbe => ({ fileName, head, fileNames: [fileName] });
