// how the CLI words the remedy for a problem the core reports as facts: the flags to use, named as the CLI names them

import { IMPORT_REMEDIES, type ImportRemedy, type ParticipantError } from '@reconnect/core';

/** the core's import remedies, with the flag that carries each out */
export const CLI_IMPORT_REMEDIES: Readonly<Record<ImportRemedy, string>> = {
  ...IMPORT_REMEDIES,
  'name-format': 'if you know which app it came from, name it with --format',
  'choose-chat': 'pick one with --chat NAME',
  'choose-chat-by-id': 'choose one by its name or id with --chat',
  'check-chat-name': 'leave out --chat, or check the name',
};

/**
 * One line for a participant problem: the core's account of it plus what to type; for --merge, the name not found.
 * @example participantLine(error) // 'I could not tell which person is you. People in this chat: …. Say who is who with --me NAME (and --partner NAME).'
 */
export function participantLine(error: ParticipantError): string {
  if (error.role === undefined) {
    return `I can't find "${error.given ?? ''}" in this chat. The people in it: ${error.participants.join(', ')}.`;
  }
  const hint =
    error.code === 'same-person'
      ? ''
      : error.code === 'ambiguous'
        ? ' Give the name exactly as the chat writes it.'
        : ' Say who is who with --me NAME (and --partner NAME).';
  return `${error.message}${hint}`;
}
