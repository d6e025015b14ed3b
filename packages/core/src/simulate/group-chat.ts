// a seeded group chat of three or more people, for the "analysis needs a two-person chat" case

import { asEpochMs, asParticipantId, type Conversation, type Message } from '../model.ts';
import { createZoneClock, isoToDay } from '../time/index.ts';
import { line } from './phrases.ts';
import { createRandom } from './random.ts';

const GROUP_NAMES = ['Alex', 'Sam', 'Jordan', 'Maya', 'Leo', 'Priya', 'Noah'];

/**
 * A group chat with `members` people (3..7) over `days` days.
 * @example simulateGroupChat(4, { members: 4 }).participants.length // 4
 */
export function simulateGroupChat(
  seed: number,
  options: { members?: number; days?: number; startDate?: string; timeZone?: string } = {},
): Conversation {
  const random = createRandom(seed);
  const count = Math.min(GROUP_NAMES.length, Math.max(3, options.members ?? 4));
  const people = GROUP_NAMES.slice(0, count).map((name) => ({ id: asParticipantId(name), name }));
  const clock = createZoneClock(options.timeZone ?? 'UTC');
  const startDay = isoToDay(options.startDate ?? '2024-03-04');
  const drafts: { minute: number; author: number; text: string }[] = [];
  for (let day = 0; day < (options.days ?? 60); day++) {
    const threads = random.poisson(2);
    for (let t = 0; t < threads; t++) {
      let minute = day * 1440 + random.int(8 * 60, 22 * 60);
      const turns = random.int(2, 8);
      for (let k = 0; k < turns; k++) {
        drafts.push({
          minute,
          author: random.int(0, count - 1),
          text: line(random, k === 0 ? 'opener' : random.pick(['statement', 'question', 'news'] as const)),
        });
        minute += random.logNormal(6, 0.8);
      }
    }
  }
  drafts.sort((a, b) => a.minute - b.minute);
  const messages: Message[] = drafts.map((d) => ({
    at: asEpochMs(clock.fromWall((startDay * 1440 + Math.floor(d.minute)) * 60_000)),
    author: people[d.author]?.id ?? null,
    text: d.text,
    kind: 'text',
  }));
  return { format: 'whatsapp', title: 'Weekend crew', participants: people, messages, warnings: [] };
}
