// everyday English texting lines for the simulator, written for this project, with small slots to vary them

import type { Reason } from '../playbook/index.ts';
import type { Random } from './random.ts';

/** what a simulated line is for */
export type LineKind =
  | 'opener'
  | 'question'
  | 'news'
  | 'statement'
  | 'affection'
  | 'logistics'
  | 'oneWord'
  | 'plans'
  | 'long'
  | 'chase'
  | 'softCheckIn'
  | 'busy';

const SLOTS: Readonly<Record<string, readonly string[]>> = {
  food: ['pasta', 'tacos', 'curry', 'pizza', 'ramen', 'a big salad', 'soup', 'burgers', 'sushi', 'pancakes'],
  place: [
    'the park',
    'the gym',
    'the office',
    'the market',
    'my mum’s',
    'the library',
    'the café on the corner',
    'the station',
  ],
  time: ['6', '7', 'half 7', '8', 'nine-ish', 'around 6:30', 'after work'],
  person: ['my sister', 'Jo', 'my boss', 'your brother', 'Priya', 'the neighbour', 'my dad', 'Tom from work'],
  show: ['the baking show', 'that detective series', 'the new documentary', 'the football', 'the quiz show'],
  thing: [
    'a tiny dog in a raincoat',
    'the sunset from the bridge',
    'a cake shaped like a cat',
    'the new bookshop',
    'a huge rainbow',
  ],
};

const fill = (random: Random, template: string): string =>
  template.replace(/\{(\w+)\}/g, (_, slot: string) => random.pick(SLOTS[slot] ?? [slot]));

const LINES: Readonly<Record<LineKind, readonly string[]>> = {
  opener: [
    'morning! how did you sleep?',
    'hey you 😊',
    'good morning ☀️',
    'how’s your day going?',
    'hiii, just finished at {place}',
    'hey, are you free for a call later?',
    'morning love, busy day today?',
    'hello from {place}!',
  ],
  question: [
    'what are you up to tonight?',
    'did you eat yet?',
    'how did the meeting go?',
    'want to get {food} later?',
    'have you watched {show} yet?',
    'how is {person} doing?',
    'what time are you home?',
    'do you fancy a walk at the weekend?',
    'how was {place}?',
    'are you still coming to dinner with {person} on friday?',
  ],
  news: [
    'guess what, {person} is coming to visit next weekend',
    'look at this, {thing} 😂',
    'omg the train was 40 minutes late again',
    'I finally finished the report!!',
    'I saw {thing} today and thought of you',
    'check this out, they opened a new place near {place}',
    'I got the tickets for saturday 🎉',
    'heard from {person} today, big news, tell you later',
  ],
  statement: [
    'haha that’s so funny',
    'yeah I’m at home now',
    'just got back from {place}',
    'I’m making {food} tonight',
    'sounds good to me',
    'the meeting went fine, a bit long but ok',
    'that’s really nice to hear',
    'I’m on the bus, nearly home',
    'same here honestly, long day but good',
    'oh no, that sounds annoying',
    'ahh I love that',
    'I think {food} is a great idea',
    'it was lovely, we sat outside for ages',
    'I’ll tell you all about it later',
    'totally, let’s do that',
  ],
  affection: [
    'love you ❤️',
    'miss you already',
    'can’t wait to see you tonight',
    'you’re the best xx',
    'thinking of you 💕',
    'sending you a big hug',
    'I love you so much',
  ],
  logistics: [
    'can you grab milk on the way?',
    'I’ll be home around {time}',
    'did you pay the electricity bill?',
    'the keys are on the table',
    'I booked the table for {time}',
    'don’t forget the bins tomorrow',
  ],
  oneWord: ['ok', 'k', 'fine', 'sure', 'yeah', 'idk', 'cool', 'mhm', 'yep'],
  plans: [
    'should we book the trip for next month?',
    'are we still going to my parents for christmas?',
    'do you want to look at flats to move in together this summer?',
    'what should we do for our anniversary?',
    'shall we plan a holiday for next summer?',
    'do you want to meet my parents next month?',
  ],
  long: [
    'I just wanted to say that I have been thinking a lot about what you said the other day and I really want to understand it properly, because I think I reacted badly and I keep going over it in my head, so can we talk it through when you have a moment?',
    'so today was a lot, my manager changed the whole plan again and I had to redo everything, then the bus broke down and I walked home in the rain, and I kept thinking I wish we could just sit on the sofa together and talk about nothing for a while',
    'I know things have been a bit different lately and I don’t want to make it a big thing, but I miss how we used to chat in the evenings and I wondered if there is anything going on that I could help with or just listen to',
  ],
  chase: [
    'hello??',
    'did you see my message?',
    'why are you ignoring me?',
    'are you there?',
    '???',
    'I guess you don’t care anymore',
    'you never answer me anymore',
    'I can see you were online',
    'why won’t you just tell me what’s wrong?',
  ],
  softCheckIn: ['no rush, just thinking of you', 'hope your day is going ok', 'I’m here if you want to talk'],
  busy: [
    'sorry, mad day, talk later',
    'in meetings all afternoon, will call tonight',
    'sorry just seeing this, crazy week',
  ],
};

/** lines that hint at each reason, for the partner after the onset */
const HINTS: Readonly<Record<Reason, readonly string[]>> = {
  overwhelmed: [
    'sorry, work is crazy busy this week',
    'I’m so tired, can we talk tomorrow?',
    'honestly I’m swamped, three deadlines at once',
    'there’s just too much going on right now',
    'I can’t deal with anything else tonight',
    'I’m exhausted',
    'feeling really stressed lately',
    'sorry, just drained after today',
    'I’m falling behind on everything',
  ],
  misunderstood: [
    'never mind',
    'forget it, it doesn’t matter',
    'that’s not what I meant',
    'you’re not listening to what I’m saying',
    'nvm',
    'I didn’t mean it like that',
    'why do I even bother explaining',
    'just drop it',
  ],
  uncertain: [
    'I don’t know',
    'we’ll see',
    'not sure yet',
    'I don’t want to plan that far ahead right now',
    'can we talk about that later?',
    'I need some time to think',
    'let’s not plan the trip yet',
    'I’m not sure what I want right now',
    'one day at a time',
  ],
};

/**
 * A simulated line of the given kind.
 * @example line(random, 'question') // 'want to get tacos later?'
 */
export const line = (random: Random, kind: LineKind): string => fill(random, random.pick(LINES[kind]));

/**
 * A line that hints at a reason, with the typographic apostrophes phones write.
 * @example hint(random, 'uncertain') // 'we’ll see'
 */
export const hint = (random: Random, reason: Reason): string => random.pick(HINTS[reason]);
