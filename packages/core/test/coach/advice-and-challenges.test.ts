import { describe, expect, it } from 'vitest';
import { type HostileLabel, hostileRates, loadHostileLabels, loadPartnerAbuse } from '../../eval/outside-hostile.ts';
import { type AdviceLabel, answerKey, loadAdviceLabels, therapistAnswerRates } from '../../eval/outside-requests.ts';
import { outsideSplit } from '../../eval/outside-text.ts';
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
    'My recommendation would be a week off, the stress is too much.',
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
    'Some of us are barely hanging on too.',
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

describe('insults, dismissals and blame as real people write them (decision 220)', () => {
  it.each<[string, string]>([
    ["You're an uneducated twat.", 'contempt'],
    ['The article was about the delivery, you big dummy.', 'contempt'],
    ['Then go cry you weak minded piece of shit.', 'contempt'],
    ["You're just being a bigot.", 'contempt'],
    ['I think you may just be an asshole.', 'contempt'],
    ["You're too ugly to even bully", 'contempt'],
    ['So you are proudly ignorant.', 'contempt'],
    ['Losers like you never change.', 'contempt'],
    ['No one gives a fuck about your points.', 'contempt'],
    ['Who gives a shit.', 'contempt'],
    ['Can you fucking not', 'contempt'],
    ['You can’t be serious.', 'contempt'],
    ['You make less than zero sense.', 'contempt'],
    ['You obviously have no clue what that means.', 'contempt'],
    ['Stop talking bullshit.', 'contempt'],
    ['There’s a special place in hell for you.', 'contempt'],
    ["It's not my job to educate you.", 'contempt'],
    ["That's what you get for lying.", 'contempt'],
    ['Your cooking makes me sick.', 'contempt'],
    ['I honestly hate you', 'contempt'],
    ['Yeah, clear off.', 'contempt'],
    ['Calm the fuck down.', 'minimizing'],
    ["You're ruining everything!", 'accusation'],
    ["I don't believe you.", 'accusation'],
    ["You're an awful human being.", 'accusation'],
    ['You are both vile people.', 'contempt'],
    ["You're super annoying, I'm done.", 'contempt'],
    ['How stupid are you?', 'contempt'],
    ['You sound like a troll.', 'contempt'],
    ['Who even are you?', 'contempt'],
    ['Get real, man.', 'contempt'],
    ['Shut your pie hole.', 'contempt'],
    ['Quit being a crybaby.', 'contempt'],
    ['Your joke sucks.', 'contempt'],
    ["You're the reason we never go out anymore.", 'accusation'],
    ['Talking to you is like talking to a brick wall.', 'accusation'],
    ['You fucked up.', 'accusation'],
    ['You conveniently ignored what I said.', 'accusation'],
    ['Nobody likes you.', 'contempt'],
    ['I hope you die.', 'contempt'],
    ['kys lol', 'contempt'],
    ['Idiot.', 'contempt'],
    ['Are you retarded?', 'contempt'],
    ['Imagine being this petty.', 'contempt'],
    ['You must be fun at parties.', 'contempt'],
    ["You're not very bright, are you?", 'contempt'],
    ['Your opinion is worthless.', 'contempt'],
    ['you text like a 12 year old', 'contempt'],
    ['what use are you honestly', 'contempt'],
    ['tired my arse.', 'contempt'],
    ['The kids deserve a better mum.', 'contempt'],
    ['I wish we had never met.', 'contempt'],
    ['You call that dinner?', 'contempt'],
    ["That's the stupidest idea I've ever heard.", 'contempt'],
    ['What kind of father forgets his own son’s birthday?', 'contempt'],
    ["You're a sorry excuse for a boyfriend.", 'contempt'],
    ["I'd rather eat glass than go to your mum's.", 'contempt'],
    ["You're nothing without me.", 'contempt'],
    ['Who do you think you are?', 'contempt'],
    ['I hope you crash the car.', 'contempt'],
    ["Even your sister can't stand you.", 'contempt'],
    ["You're always wrong.", 'accusation'],
    ['You just want attention.', 'accusation'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    // a name for someone else, a verb before a group, a fond label, joy
    'You met a jerk at the bar?',
    'You hate racists.',
    'You killed nazis all night in that game lol',
    'you absolute legend',
    'you little muppet, love you',
    "I don't believe you!! congrats 😍",
    "That is disgusting. No one should act like that to you. I'm so sorry that happened.",
    "you're such a sad person lately, are you ok?",
    "You're a lovely person.",
    'Wow, you actually fixed the tap?! Who even are you 😍',
    'ur a proper weirdo and im obsessed',
    "I've been going on about my back. How are YOU doing, really?",
    'Imagine being this excited about a new hoover.',
    'nobody likes you more than me ❤',
    'legend.',
    'shut up and kiss me',
    'Get lost in a good book this weekend, you deserve a rest.',
    "you don't deserve to be treated like that",
    'I deserve better than this, and so do you.',
    'You were drunk again last night, are you ok?',
  ])('%s', (text) => {
    expect(categoriesOf(text)).not.toContain('contempt');
    expect(categoriesOf(text)).not.toContain('accusation');
  });
});

describe('the blind-labelled angry comments', () => {
  it('counts contempt or accusation per settled label, and comments missing from the copy at hand', () => {
    const comments = [
      { id: 'a', text: "You're an idiot.", emotions: ['anger'] },
      { id: 'b', text: 'My team lost again, so annoying.', emotions: ['annoyance'] },
      { id: 'c', text: 'You only came here to troll.', emotions: ['anger'] },
    ];
    const item = (id: string, label: HostileLabel) => ({ id, first: label, second: label, label });
    const rates = hostileRates(
      [item('a', 'insult'), item('b', 'none'), item('c', 'blame'), item('z', 'insult')],
      comments,
    );
    expect(rates.byLabel.insult).toEqual({ messages: 1, contemptOrAccusation: 1, any: 1 });
    expect(rates.byLabel.none.contemptOrAccusation).toBe(0);
    expect(rates.byLabel.blame).toEqual({ messages: 1, contemptOrAccusation: 1, any: 1 });
    expect(rates.missing).toBe(1);
    expect(rates.hostileRecall).toBe(1);
    expect(rates.noneFlagged).toBe(0);
  });

  it('keeps two blind readings and a settled label for each of 240 comments, with a reason where they split', () => {
    const items = loadHostileLabels();
    expect(items).toHaveLength(240);
    for (const i of items) {
      if ((i.first === 'none') !== (i.second === 'none')) expect(i.reason ?? '').not.toBe('');
      else if (i.first === i.second) expect(i.label).toBe(i.first);
    }
  });
});

describe('the partner messages written by a new hand', () => {
  it('holds 150 hostile and 150 look-alikes, both halves of each, read the same way by a second reader', () => {
    const { items, messages } = loadPartnerAbuse();
    expect(messages).toHaveLength(300);
    const hostile = items.filter((i) => i.label !== 'none');
    expect(hostile).toHaveLength(150);
    for (const i of items) expect(i.first === 'none').toBe(i.second === 'none');
    const halves = new Set(hostile.map((i) => outsideSplit(i.id)));
    expect(halves).toEqual(new Set(['tune', 'report']));
  });
});
