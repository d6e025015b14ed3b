// how the CLI words a participant problem the core reports as facts: the flags to use, named as the CLI names them
// (kept out of cli-error.ts so that commands which never settle who is who do not load the participant code)

import { isParticipantError, type ParticipantError } from '@reconnect/core/model';
import { CLIError, EXIT_USAGE } from './cli-error.ts';

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

/**
 * A ParticipantError as the usage error (exit 2) the CLI shows; anything else unchanged.
 * @example await readConversation(file, options).catch((e) => { throw asParticipantUsageError(e) })
 */
export function asParticipantUsageError(error: unknown): unknown {
  return isParticipantError(error) ? new CLIError(participantLine(error), EXIT_USAGE) : error;
}
