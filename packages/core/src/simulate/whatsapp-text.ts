// writes a conversation as an Android-style WhatsApp export ("DD/MM/YYYY, HH:MM - Name: text")

import type { Conversation } from '../model.ts';
import { createZoneClock, dayToIso } from '../time/index.ts';

const ENCRYPTION_NOTICE =
  'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.';

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * The export text of a conversation, times written as wall-clock time in `timeZone`.
 * @example toWhatsAppText(simulateConversation(specForSeed(1)).conversation, 'Europe/London').split('\n')[1]
 * // '14/03/2024, 08:12 - Alex: morning! how did you sleep?'
 */
export function toWhatsAppText(conversation: Conversation, timeZone: string): string {
  const clock = createZoneClock(timeZone);
  const names = new Map(conversation.participants.map((p) => [p.id as string, p.name]));
  const lines: string[] = [];
  const stamp = (at: number): string => {
    const minutes = clock.localMinute(at);
    const [year, month, date] = dayToIso(clock.localDay(at)).split('-');
    return `${date}/${month}/${year}, ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  };
  const first = conversation.messages[0];
  if (first) lines.push(`${stamp(first.at)} - ${ENCRYPTION_NOTICE}`);
  for (const message of conversation.messages) {
    const body =
      message.kind === 'media'
        ? '<Media omitted>'
        : message.kind === 'deleted'
          ? 'This message was deleted'
          : message.text.replace(/\r\n?/g, '\n');
    const author = message.author === null ? null : (names.get(message.author) ?? message.author);
    lines.push(
      author === null || message.kind === 'system'
        ? `${stamp(message.at)} - ${body}`
        : `${stamp(message.at)} - ${author}: ${body}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
