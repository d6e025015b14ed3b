// writes a conversation as a Telegram Desktop JSON export, where people are keyed by ids ("user1001") that differ
// from their names: the app must never take one for the other
import type { Conversation } from '@reconnect/core/model';

/**
 * @example telegramExport(conversation, { Alex: 'user1001', Sam: 'user2002' }, 3)
 * @param copies the history repeated this many times, each copy moved past the one before (for large files)
 */
export function telegramExport(conversation: Conversation, ids: Readonly<Record<string, string>>, copies = 1): string {
  const names = new Map(conversation.participants.map((p) => [p.id as string, p.name]));
  const texts = conversation.messages.filter((m) => m.kind === 'text' && m.author !== null);
  const first = texts[0]?.at ?? 0;
  const span = (texts.at(-1)?.at ?? 0) - first + 86_400_000;
  const parts: string[] = [];
  let id = 1;
  for (let copy = 0; copy < copies; copy++) {
    for (const message of texts) {
      const name = names.get(message.author as string) ?? 'Someone';
      const seconds = Math.floor((message.at + copy * span) / 1000);
      parts.push(
        JSON.stringify({
          id: id++,
          type: 'message',
          date: new Date(seconds * 1000).toISOString().slice(0, 19),
          date_unixtime: String(seconds),
          from: name,
          from_id: ids[name] ?? `user${name.length}`,
          text: message.text,
        }),
      );
    }
  }
  const partner = conversation.participants[1]?.name ?? 'Sam';
  return `{"name":${JSON.stringify(partner)},"type":"personal_chat","id":4242,"messages":[\n${parts.join(',\n')}\n]}\n`;
}
