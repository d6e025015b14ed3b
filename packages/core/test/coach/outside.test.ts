import { describe, expect, it } from 'vitest';
import { agreement, cohensKappa, loadSecondLabels } from '../../eval/agreement.ts';
import { loadEvaluationSet } from '../../eval/coach-metrics.ts';
import { politenessRates, type RatedRequest, readCsv, therapistAnswerRates } from '../../eval/outside-requests.ts';
import { CHECKED_FILE, loadChecked, outsideSplit } from '../../eval/outside-text.ts';
import { coachMessage } from '../../src/coach/coach.ts';
import { RuleSet } from '../../src/coach/matcher.ts';
import { normalize } from '../../src/coach/normalize.ts';

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

describe("challenges put as questions, and therapists' advice (decision 218)", () => {
  it.each([
    ['Seriously? Seriously?', 'contempt'],
    ['Have you even looked at the documentation?', 'contempt'],
    ['Or are we supposed to guess?', 'demand'],
    ['how exactly is this my fault?', 'demand'],
    ['was that just an excuse to go out?', 'accusation'],
    ["aren't you being a bit dramatic?", 'minimizing'],
    ['Is it clear now?', 'contempt'],
    ["I'm not sure what your problem is.", 'contempt'],
    ['Care to explain?', 'demand'],
    ["What do you mean you're busy?", 'demand'],
    ['What exactly is your problem?', 'demand'],
    ["Is there a reason you haven't answered?", 'demand'],
    ['How come you deleted the photos?', 'demand'],
    ["You've been so quiet all week. Why?", 'demand'],
    ['Are you calling me a liar?', 'accusation'],
    ['Did you really need to say that in front of my mum?', 'accusation'],
    ["I don't understand why you keep doing this.", 'accusation'],
    ["Are you saying it's my fault?", 'assuming_worst'],
    ['I would recommend seeking out counseling.', 'fixing'],
    ['I would encourage you to begin counseling.', 'fixing'],
    ['It would be beneficial for you to explore where this belief began.', 'fixing'],
    ['Please seek out a counselor.', 'fixing'],
    ['The first step is to talk to your doctor.', 'fixing'],
    ['Take a moment to write down what you are grateful for.', 'fixing'],
    ['What might help is a regular bedtime.', 'fixing'],
    ["did you really need to buy another gaming chair when we're behind on rent", 'accusation'],
    ["weren't you supposed to pay me back for the rent last week", 'accusation'],
    ["honestly you may want to see a therapist about your anger, it's getting a lot", 'fixing'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    "seriously? that's amazing!!",
    'What do you mean by that? I want to understand.',
    "What do you mean you're not feeling well? are you ok?",
    "Aren't you supposed to be at work? 😂",
    "How come you're up so early?",
    "I'd recommend the ramen place on 5th.",
    "You might want to grab a jacket, it's cold.",
    'You may want to know that the train is late.',
    "It's important to remember that you are not alone.",
    'Is there a reason to celebrate? 🎉',
    'so are you saying I can come on saturday?',
    'Why? Because I love you.',
    "It's clear now, thank you!",
    "I won't start until you've seen it. What do you reckon?",
    'The first step is recognising what is going on.',
    'are you being sensitive about the haircut? it looks great, I promise',
    'how exactly do you make the sauce so thick?',
    'Surprise dinner tonight! Am I supposed to guess what to wear or is it casual? 😅',
    'Sorry my last text was garbled, I meant pickup is at 4 not 5. Is it clear now? x',
    "Is there a reason you like the blue one better? Genuinely can't decide on paint 🎨",
    "are you calling me a genius?? I'll take it 😎",
    "Weren't you supposed to bring the salad to Ana's? No worries if not, I can grab one on the way",
    'heads up you might want to check the group chat, Sam moved the bbq to Sunday',
    'You asked how to get the stain out: what might help is cold water and a bit of washing up liquid',
    "Take a moment to look at the sunset right now if you can, it's insane from our balcony 🌅",
    'write down the name of that wine we had, it was SO good 🍷',
    'what do you mean you finished the whole marathon?! legend. how are your legs',
    'did you really need to send me 47 photos of the same sunset? yes you did. gorgeous 🌅',
    'are you calling me an old man because I fell asleep at 9? fair enough honestly 😴',
    'care to share the recipe for that curry? asking for myself lol',
    "since you asked, I'd encourage you to go for the blue dress, it's gorgeous on you",
    "weren't you supposed to be flying today? hope it's all going smoothly ✈️",
    'the first step is to soak the beans overnight, then it is dead easy',
    'Instead of following your negative thoughts, notice them.',
  ])('no pressure: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it('did you really need to… blames, it does not advise', () => {
    expect(categoriesOf('Did you really need to say that in front of my mum?')).not.toContain('fixing');
  });
});

describe('the outside requests and answers are read as released', () => {
  it('reads a CSV with a header, quoted commas, doubled quotes and line breaks', () => {
    const rows = readCsv('Id,Request,Normalized Score\r\n1,"Why, though? ""Really""?",-1.5\n2,"two\nlines",0.3\n');
    expect(rows).toEqual([
      { Id: '1', Request: 'Why, though? "Really"?', 'Normalized Score': '-1.5' },
      { Id: '2', Request: 'two\nlines', 'Normalized Score': '0.3' },
    ]);
  });

  it('cuts the ruder and the politer quarter over a whole source and counts each half apart', () => {
    const rude = ['Are you kidding me?', 'Shut up.', 'Why are you ignoring me?', 'What is your problem?'];
    const polite = ['Thanks so much!', 'Could you help, please?', 'That is lovely, thank you.', 'Great work!'];
    const middle = Array.from({ length: 8 }, (_, i) => `Is the page number ${i} right?`);
    const requests: RatedRequest[] = [
      ...rude.map((text, i) => ({ source: 'wikipedia' as const, id: `r${i}`, text, score: -2 + i * 0.01 })),
      ...middle.map((text, i) => ({ source: 'wikipedia' as const, id: `m${i}`, text, score: i * 0.01 })),
      ...polite.map((text, i) => ({ source: 'wikipedia' as const, id: `p${i}`, text, score: 2 + i * 0.01 })),
    ];
    const rates = politenessRates(requests);
    expect(rates.map((r) => r.split)).toEqual(['tune', 'report']);
    const sum = (pick: (r: (typeof rates)[number]) => number) => rates.reduce((n, r) => n + pick(r), 0);
    expect(sum((r) => r.rude.messages)).toBe(4);
    expect(sum((r) => r.rude.flagged)).toBe(4);
    expect(sum((r) => r.polite.messages)).toBe(4);
    expect(sum((r) => r.polite.flagged)).toBe(0);
  });

  it("tells advice in a therapist's answer apart from other pressure", () => {
    const a = therapistAnswerRates([
      'I would recommend seeking out counseling. You are not alone.',
      'It sounds like you have been carrying a lot.',
      "You're so selfish.",
    ]);
    expect(a).toMatchObject({ answers: 3, withFixing: 1, withOtherPressure: 1 });
    expect(a.otherByCategory.accusation).toBe(1);
  });
});

describe('a rule can stand down for a scene told anywhere in the message', () => {
  const rules = new RuleSet({
    contempt: [{ anchors: 'clear', pattern: 'is it clear now\\?', unlessIn: '\\bsorry\\b' }],
  });
  it('matches without the scene, and not with it, wherever the scene is told', () => {
    expect(rules.match(normalize('Is it clear now?'))).toHaveLength(1);
    expect(rules.match(normalize('Sorry, typo. Is it clear now?'))).toHaveLength(0);
    expect(rules.match(normalize('Is it clear now? sorry'))).toHaveLength(0);
  });
});

describe("the everyday frames of advice count beside a trouble of the reader's (decision 218)", () => {
  it.each([
    'how about a short walk on your lunch break? even 10 mins away from the desk can take the edge off the stress',
    'Why not email your tutor about the essay deadline?',
    'What if you told your sister how hurt you are in a letter?',
    'It could be worth calling a free debt advice service.',
    'Make sure you take breaks between revision sessions.',
    'Try not to check your grades portal every hour, it just keeps you on edge.',
    'One thing that helped me after my breakup was muting their socials, you could give it a go.',
    "If it were me I'd talk to HR about the manager.",
  ])('%s → fixing', (text) => {
    expect(categoriesOf(text)).toContain('fixing');
  });

  it.each([
    'how about we get pizza tonight?',
    'why not come over after work?',
    'what if we went to the beach on saturday?',
    'make sure you bring the tickets',
    "don't forget to buy milk",
    'Could you call the landlord about the boiler when you get a sec?',
    'Perth offered me the dream job and I stayed for you. Worth remembering.',
    'how about a movie tonight baby?',
    'why not rent a bike on saturday?',
    'how about a drink after your interview?',
  ])('no advice: %s', (text) => {
    expect(categoriesOf(text)).not.toContain('fixing');
  });
});

describe('a rule can count only beside words told anywhere in the message', () => {
  const rules = new RuleSet({
    fixing: [{ anchors: 'how', pattern: 'how about a walk', onlyIn: '\\bstress\\w*' }],
  });
  it('matches beside the words and not without them', () => {
    expect(rules.match(normalize('How about a walk? Work stress is a lot.'))).toHaveLength(1);
    expect(rules.match(normalize('How about a walk by the river on sunday?'))).toHaveLength(0);
  });
});

describe('words that take blame off the reader are not blame (decision 218)', () => {
  it.each([
    'You did the best you could with what you knew at the time.',
    "You're being really hard on yourself, and honestly you don't deserve that.",
    "it's not your fault, you did nothing wrong",
  ])('%s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it('still hears blame that only quotes the words', () => {
    expect(categoriesOf("you always do this and then say it's not your fault")).toContain('accusation');
  });
});
