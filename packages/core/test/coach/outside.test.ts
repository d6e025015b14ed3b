import { describe, expect, it } from 'vitest';
import { agreement, cohensKappa, loadSecondLabels } from '../../eval/agreement.ts';
import { loadEvaluationSet } from '../../eval/coach-metrics.ts';
import { CHECKED_FILE, loadChecked, outsideSplit } from '../../eval/outside-text.ts';
import { coachMessage } from '../../src/coach/coach.ts';

const categoriesOf = (text: string) => coachMessage(text).flags.map((f) => f.category);

describe('kind words written by people outside the project carry no pressure', () => {
  it.each([
    'Thanks man 🙏',
    'Thank you very much for this',
    "Oh wow, okay, that's exciting",
    'Cool.',
    'Yeah, it must be very difficult',
    'thanks for the detailed reply',
    'Thanks for the quick reply!',
    'Love this answer.',
    'Good answer. Thanks for taking the time.',
    'I like your attitude, you are awesome',
    'The world is a better place because of you',
    'Aww, what a cute pair',
    'He needs to grow up and pay his way, you did nothing wrong.',
    'Great of him to admit it.',
    'I appreciate you taking the time to explain that to me.',
    "You're not selfish, I know that",
    'Props to your dad, you dodged a bullet there',
    'Where did you see them?',
    "What a catch, that's how you win games. Wow.",
  ])('%s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it('still hears the same words used as pressure', () => {
    expect(categoriesOf('Answer me.')).toContain('chasing');
    expect(categoriesOf('Just reply!')).toContain('chasing');
    expect(categoriesOf('Grow up.')).toContain('contempt');
    expect(categoriesOf('Wow. Just wow.')).toContain('contempt');
    expect(categoriesOf('Just admit it.')).toContain('demand');
    expect(categoriesOf("You're so selfish.")).toContain('accusation');
  });
});

describe('plain hostility and the classic forms of pressure are heard', () => {
  it.each<[string, readonly string[]]>([
    ['You are stupid', ['contempt', 'accusation']],
    ['I hate you', ['contempt']],
    ['shut up', ['contempt']],
    ["you're disgusting", ['contempt']],
    ["You're an idiot", ['contempt']],
    ['Oh fuck off already.', ['contempt']],
    ["I don't care what you think", ['contempt']],
    ['Whatever dude.', ['contempt']],
    ['How dare you', ['accusation']],
    ['Are you kidding me?', ['contempt']],
    ['What are you even talking about?', ['contempt']],
    ['Did you even read my message?', ['contempt']],
    ["What's your problem?", ['demand']],
    ['Why did you remove my comment? What was the reason for that?', ['demand']],
    ["Why didn't you tell me?", ['demand']],
    ['Why are you even here?', ['demand']],
    ['You have to leave the house.', ['fixing']],
    ['You just have to move past it.', ['fixing']],
    ['Consider talking to a therapist.', ['fixing']],
    ['It helps if you write it all down first.', ['fixing']],
    ["What I'd like you to do is make a list.", ['fixing']],
    ['Try to be kinder to yourself.', ['fixing']],
  ])('%s', (text, any) => {
    expect(categoriesOf(text).some((c) => any.includes(c))).toBe(true);
  });

  it.each([
    'Love you to bits, you muppet.',
    "You're such a nerd. My nerd though.",
    'How dare you look this good on a Monday. Unfair.',
    'why are u so good at this 😭',
    "Why wouldn't you be nervous? It's a huge interview.",
    'Consider this the last olive branch.',
    'You should just try the ramen place.',
    'Shut up!! No way, congrats!!!',
    'He just wants me to shut up about it.',
    'Ants will fuck you up.',
    "I don't think you're stupid at all.",
  ])('teasing, praise and leisure tips stay unflagged or off those categories: %s', (text) => {
    const found = categoriesOf(text);
    expect(found.filter((c) => c === 'contempt' || c === 'demand' || c === 'fixing' || c === 'accusation')).toEqual([]);
  });
});

describe('the outside evaluation', () => {
  it('splits comments by id the same way every time, about half each way', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `e${i.toString(36)}x`);
    const tune = ids.filter((id) => outsideSplit(id) === 'tune').length;
    expect(tune).toBeGreaterThan(900);
    expect(tune).toBeLessThan(1100);
    expect(ids.map(outsideSplit)).toEqual(ids.map(outsideSplit));
  });

  it('keeps the split written in the hand-checked file', () => {
    const checked = loadChecked(CHECKED_FILE);
    expect(checked.length).toBeGreaterThanOrEqual(200);
    for (const item of checked) expect(item.split).toBe(outsideSplit(item.id));
  });

  it('has hand-checked comments of every group on both halves', () => {
    const checked = loadChecked(CHECKED_FILE);
    for (const group of ['insult', 'dismissal', 'interrogation', 'rhetorical', 'advice', 'leisure_tip'])
      for (const split of ['tune', 'report'])
        expect(checked.some((c) => c.group === group && c.split === split)).toBe(true);
  });

  it("draws the sarcastic comments that leave the thresholds' bound from the tune half only", () => {
    const sarcastic = loadChecked(CHECKED_FILE).filter((c) => c.group === 'sarcasm');
    expect(sarcastic.length).toBeGreaterThan(0);
    for (const item of sarcastic) expect(item.split).toBe('tune');
  });
});

describe("the second labeller's agreement", () => {
  it("computes Cohen's kappa: 1 for identical ratings, 0 at chance, negative below it", () => {
    expect(
      cohensKappa([
        [true, true],
        [false, false],
        [true, true],
      ]),
    ).toBe(1);
    // both say yes half the time, independently: observed agreement equals chance agreement
    expect(
      cohensKappa([
        [true, true],
        [true, false],
        [false, true],
        [false, false],
      ]),
    ).toBe(0);
    expect(
      cohensKappa([
        [true, false],
        [false, true],
      ]),
    ).toBeLessThan(0);
    // 8 of 10 agree, each rater says yes 5 times: kappa = (0.8 - 0.5) / 0.5
    const pairs: [boolean, boolean][] = [
      ...Array.from({ length: 4 }, () => [true, true] as [boolean, boolean]),
      ...Array.from({ length: 4 }, () => [false, false] as [boolean, boolean]),
      [true, false],
      [false, true],
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.6, 10);
  });

  it('pairs the blind labels with the development messages they were made for', () => {
    const second = loadSecondLabels();
    const report = agreement(loadEvaluationSet(), second);
    expect(second.length).toBeGreaterThanOrEqual(150);
    expect(report.messages).toBe(second.length);
    for (const c of report.categories) expect(c.kappa).toBeLessThanOrEqual(1);
  });
});
