// who wrote a stored message, read from the ids the vault stored at import (never guessed from names, which
// differ from ids in Telegram, Signal, Discord and other exports)
import type { ConversationInfo } from './api.ts';

export type Side = 'me' | 'partner' | 'other';

/**
 * @example sideOf('user4242', conversation) // 'me' when the user was user4242 at import
 */
export function sideOf(author: string | null, conversation: Pick<ConversationInfo, 'meId' | 'partnerId'>): Side {
  if (author === null) return 'other';
  if (author === conversation.meId) return 'me';
  if (author === conversation.partnerId) return 'partner';
  return 'other';
}
