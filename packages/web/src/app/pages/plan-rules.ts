// the plan's own rules: the order of the steps, the week an action belongs to, and the texts beside each step
import type { Step } from '@reconnect/core/playbook';
import { STEP_NUMBERS } from '@reconnect/core/playbook';

/** small gestures for step 4, and questions to sit with for step 5 */
export const GESTURES = [
  'Leave a short kind note where they will find it',
  'Make them a cup of tea or coffee without being asked',
  'Send one photo of something that made you think of them, with no question attached',
];
export const REFLECTIONS = [
  'Do we both feel heard when we talk? What makes me think so?',
  'Is there something I have not said because I feared how it would land?',
  'What is one thing I did this week that helped, and one I would do differently?',
];

/** phrases that work against each step, as people often write them */
export const AVOID: Readonly<Record<Step, readonly string[]>> = {
  1: ['Why are you acting so distant?', 'You never talk to me anymore.'],
  2: ['Hello?? Did you see my message?', "If we don't talk tonight, we're done."],
  3: ['You should just quit, then.', "It's not a big deal."],
  4: ["After everything I've done for you…", 'Are you ok? Are we ok? What is going on?'],
  5: ["I guess you don't love me anymore.", "You've clearly moved on."],
};

/** Monday of the week holding `date`, as YYYY-MM-DD in local time */
export function weekOf(date: Date): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** the five steps, the one to lean on first at the front, then those the user's own answers ask for */
export function orderSteps(first: Step, also: readonly Step[]): Step[] {
  const order: Step[] = [first, ...also.filter((s) => s !== first)];
  for (const step of STEP_NUMBERS) if (!order.includes(step)) order.push(step);
  return order;
}

/** what the plan's space timer shows: a timer for a real wait, or one sentence saying why there is none */
export type SpaceNote =
  | { readonly timer: true; readonly hours: number }
  | { readonly timer: false; readonly text: string };

/**
 * The space timer follows the analysis's advice: a wait only while the step is to give space (steps 1 and 2) and
 * the partner's replies show a rhythm. With no wait to keep (a later step, or a wait of 0), or none known, or the
 * advice putting safety first, it says which, instead of speaking of a rhythm that is not there.
 * @example spaceNote({ step: 5, waitHours: null }, 'Sam').timer // false
 */
export function spaceNote(
  advice: { readonly step: number; readonly waitHours: number | null; readonly safetyFirst?: boolean | undefined },
  partner: string,
): SpaceNote {
  if (advice.safetyFirst === true) {
    return {
      timer: false,
      text: 'Your safety comes first in this plan, so there is no space timer. Reaching out for help does not need to wait.',
    };
  }
  if (advice.waitHours !== null && advice.waitHours > 0) return { timer: true, hours: advice.waitHours };
  if (advice.step > 2 || advice.waitHours === 0) {
    return {
      timer: false,
      text: `There is no wait to keep right now: nothing in the chat asks you to hold back before writing to ${partner}, so there is no timer. Write when you have something you want to say.`,
    };
  }
  return {
    timer: false,
    text: `There are not enough replies yet to learn ${partner}'s rhythm, so there is no timer. A day is a kind default.`,
  };
}
