// the built-in demo story: a partner who starts pulling away under stress while the user starts chasing

import { type SimulatedConversation, simulateConversation, specForSeed } from './conversation.ts';

/**
 * A fixed, realistic two-person history with a withdrawal (overwhelmed), a chasing user and no recovery yet.
 * @example toWhatsAppText(demoConversation('Europe/London').conversation, 'Europe/London')
 */
export function demoConversation(timeZone = 'UTC'): SimulatedConversation {
  const spec = specForSeed(20_240, {
    kind: 'withdrawal',
    reason: 'overwhelmed',
    recovers: false,
    rhythm: 'day',
    days: 200,
  });
  return simulateConversation({
    ...spec,
    onsetDay: 130,
    userChases: true,
    holidays: [[40, 48]],
    startDate: '2025-01-06',
    timeZone,
    names: ['Alex', 'Sam'],
  });
}
