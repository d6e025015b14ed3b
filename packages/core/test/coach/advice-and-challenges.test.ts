import { describe, expect, it } from 'vitest';
import { type AdviceLabel, answerKey, loadAdviceLabels, therapistAnswerRates } from '../../eval/outside-requests.ts';
import { coachMessage } from '../../src/coach/coach.ts';

const categoriesOf = (text: string) => [...new Set(coachMessage(text).flags.map((f) => f.category))];

describe("more of counsellors' advice is heard as fixing (decision 220)", () => {
  it.each([
    'You would benefit from counselling.',
    'Honestly you would benefit hugely from counseling, this has gone on a long time.',
    'You may want to explore that with someone.',
    'Please get around to counselling, love.',
    "It's time to reach out for help.",
    'Seek the help you deserve.',
    'My suggestion would be to see someone about the sleep.',
    'I strongly recommend keeping a diary of the nights you wake up.',
    'I always suggest a check-up first.',
    'Therapy could really help with the panic.',
    'Starting therapy might be a good way to deal with this.',
    'It might also be helpful in therapy to work on where to begin.',
    "It's important that you rest properly, the stress is wrecking you.",
    'You might need some help with this.',
    'The sleep should be addressed with a family doctor.',
    'Look for someone with experience in grief.',
    'First step is to accept that you are exhausted.',
    "Can't you just talk to your boss?",
    'Maybe if you stopped checking your emails at night the stress would ease.',
    'Reach out to a friend when the loneliness hits.',
    'Practise some self-compassion.',
    'Set clear boundaries with your mum.',
  ])('%s', (text) => {
    expect(categoriesOf(text)).toContain('fixing');
  });

  it.each([
    // what therapy does, told as an answer to "could it help me?", not advice
    'Counselling can help you understand how these things connect.',
    'Therapy will help you prioritise what matters most.',
    // relief and company, not a jab
    "Thanks again for taking the time. It's good to finally talk to someone about this.",
    'Some of us are barely hanging on too, you are not alone.',
    'Bless you for raising awareness.',
    // a leisure tip stays a tip
    'You could try the ramen place on Dale Street.',
    // telling something you can always do for them is not advice
    'You can always call me.',
  ])('%s', (text) => {
    expect(categoriesOf(text)).not.toContain('fixing');
    expect(categoriesOf(text)).not.toContain('contempt');
  });
});

describe('more challenges put as questions are heard (decision 220)', () => {
  it.each<[string, string]>([
    ["You're going out again tonight, really?", 'contempt'],
    ['Is that really necessary?', 'contempt'],
    ['How is that helpful?', 'contempt'],
    ["What's the point of asking then?", 'contempt'],
    ['I wonder how long it will take you to notice this time.', 'contempt'],
    ['Seriously, where were you?', 'contempt'],
    ["Don't you think that's a bit much?", 'contempt'],
    ['How on earth is that fair?', 'contempt'],
    ['What did you expect?', 'demand'],
    ['Show me the receipts.', 'demand'],
    ['Why was I left out of the group chat?', 'demand'],
    ["Any reason you didn't tell me?", 'demand'],
    ["Aren't you supposed to be on a break?", 'accusation'],
    ['Are you implying I lied?', 'assuming_worst'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    // the same words said with warmth or a laugh, or about something else
    "You ran the whole marathon, really? You're amazing 😍",
    'Is that really necessary? 😂 you bought the whole shop',
    'Any reason you might be free on Friday?',
    'Why was the train cancelled, do you know?',
    'Seriously, how do you make it look so easy? proud of you',
  ])('%s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });
});

describe('praise with no question and no "you" chases nobody (decision 220)', () => {
  it.each(['Ditto!!!', 'Cuteness!!!!!', 'Still extremely impressive.'])('%s', (text) => {
    expect(categoriesOf(text)).not.toContain('chasing');
  });

  it('still hears a ping or a nudge about a reply', () => {
    expect(categoriesOf('hello??')).toContain('chasing');
    expect(categoriesOf('Just reply!')).toContain('chasing');
  });
});

describe('advice labels on therapists’ answers', () => {
  it('names an answer by its words alone, whatever the spaces around it', () => {
    expect(answerKey('  Seek help.\n')).toBe(answerKey('Seek help.'));
    expect(answerKey('Seek help.')).not.toBe(answerKey('Seek help!'));
    expect(answerKey('Seek help.')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('counts advice heard only on the answers the readers labelled', () => {
    const advises = 'I would recommend seeking out counseling. You are not alone.';
    const describes = 'It sounds like you have been carrying a lot.';
    const missed = 'Journalling every night is something many find useful.';
    const label = (text: string, advice: boolean): [string, AdviceLabel] => [
      answerKey(text),
      { key: answerKey(text), first: advice, second: advice, advice },
    ];
    const rates = therapistAnswerRates(
      [advises, describes, missed, 'an answer nobody labelled'],
      new Map([label(advises, true), label(describes, false), label(missed, true)]),
    );
    expect(rates.advising).toEqual({ answers: 2, withFixing: 1 });
    expect(rates.notAdvising).toEqual({ answers: 1, withFixing: 0 });
  });

  it('keeps two blind readings and a settled label for every answer, with a reason where they differ', () => {
    const labels = [...loadAdviceLabels().values()];
    expect(labels.length).toBeGreaterThanOrEqual(90);
    for (const l of labels) {
      if (l.first === l.second) expect(l.advice).toBe(l.first);
      else expect(l.reason ?? '').not.toBe('');
    }
  });
});
