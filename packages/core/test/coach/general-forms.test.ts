import { describe, expect, it } from 'vitest';
import { coachMessage } from '../../src/coach/coach.ts';

const categoriesOf = (text: string) => coachMessage(text).flags.map((f) => f.category);
const strengthsOf = (text: string) => coachMessage(text).strengths.map((s) => s.category);

// general forms of pressure that many wordings share, each beside a look-alike that carries none
describe('pressure in its general forms, whatever the wording', () => {
  it.each([
    ["why'd you sell the bike without a word", 'demand'],
    ['How come you skipped my leaving do?', 'demand'],
    ['Why would you put that on Facebook?', 'demand'],
    ['Please explain why you left the party without me.', 'demand'],
    ['Give me one good reason why I should believe that.', 'demand'],
    ["We're going to Mum's on Saturday, end of discussion.", 'demand'],
    ["You're always scrolling when I'm talking to you", 'accusation'],
    ["you didn't even say goodbye this morning", 'accusation'],
    ['You booked the whole holiday without asking me', 'accusation'],
    ["Once again you've forgotten the bins", 'accusation'],
    ["You're so controlling about who I see", 'accusation'],
    ['I gave up my evening class for you and you never even noticed', 'guilt'],
    ['I waited up till two and you just rolled in without a word', 'guilt'],
    ["I'm not your priority, I get it", 'guilt'],
    ["Thanks to you I couldn't sleep a wink", 'guilt'],
    ['Go on, have a good time without me', 'guilt'],
    ['Are you actually this thick?', 'contempt'],
    ['what planet are you from', 'contempt'],
    ['Oh spare me.', 'contempt'],
    ["I couldn't give a toss about your golf", 'contempt'],
    ['Congrats on finally doing the washing up 👏', 'contempt'],
    ["You're such a clown.", 'contempt'],
    ['because of you we missed the whole first act', 'accusation'],
    ['you ruin everything', 'accusation'],
    ['*rolls eyes*', 'contempt'],
    ['nice one, Einstein', 'contempt'],
    ["so I'm last on the list again", 'guilt'],
  ] as const)('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });
});

describe('look-alikes that carry no pressure', () => {
  it.each([
    'why did you pick the red one? it looks amazing on you',
    "Why didn't you tell me it was your birthday?! I'm so proud of you!!",
    'Why do you think she said that? genuinely curious',
    'thanks to you we had the best weekend',
    'because of you we got the flat!',
    'you ruined me for other pizza lol',
    'Einstein was a genius',
    'the milk is last on the list',
    "Why wouldn't you be proud of that?",
    'Explain to me how the new thermostat works, I give up',
    'Tell me honestly, green or grey for the hall?',
    "You're always so patient with my mum",
    'You always make the best curry',
    'You keep making me laugh today',
    "You're always the first one up dancing and I love it",
    'I gave up coffee for Lent and I am suffering',
    "I'd move across the world for you",
    'Oh brilliant, another replacement bus. Living the dream.',
    'Oh look who finally passed their driving test! Proud of you',
    'lol ur hopeless at mario kart, rematch tonight?',
    "You didn't have to get me anything, you're too kind",
  ])('%s', (text) => {
    expect(
      categoriesOf(text).filter((c) => ['demand', 'accusation', 'guilt', 'contempt'].includes(c)),
      text,
    ).toEqual([]);
  });
});

describe('capitals are shouting at someone only when the words are', () => {
  it.each(["WE'LL CALL IT A DRAW", 'THIS IS SO ACCURATE.', 'JUST SAW A FOX IN THE GARDEN EATING A CROISSANT'])(
    'no pressure: %s',
    (text) => {
      expect(categoriesOf(text)).toEqual([]);
    },
  );

  it.each(['I AM SO TIRED OF THIS', "I DON'T UNDERSTAND WHAT I DID WRONG", 'IS THIS HOW IT IS GOING TO BE NOW?'])(
    '%s → overwhelming',
    (text) => {
      expect(categoriesOf(text)).toContain('overwhelming');
    },
  );
});

describe('words that look like advice and are not', () => {
  it.each([
    'Not rare, considering how large the metro area is now.',
    'Considering how busy the week was, it went well.',
    "Next time I'll quit for sure though, just don't want to yet.",
  ])('no fixing: %s', (text) => {
    expect(categoriesOf(text)).not.toContain('fixing');
  });

  it.each(['Consider talking to someone you trust.', "Just don't text him back."])('%s → fixing', (text) => {
    expect(categoriesOf(text)).toContain('fixing');
  });
});

describe('words that look like scorn and are not', () => {
  it.each([
    'that was a traumatic event that will follow this poor thing around for years',
    'how old are you? before the war, that is a long time ago',
    "where you going? if ya don't mind me asking",
    'the upside is that they hold a lot, so you can just empty it at home',
    'I feel the opposite. It was gripping and I loved the pace of it all.',
  ])('no contempt: %s', (text) => {
    expect(categoriesOf(text)).not.toContain('contempt');
  });

  it.each(['oh poor baby, did i hurt your feelings?', 'how old are you, 12?', "Oh don't mind me", 'how thrilling'])(
    '%s → contempt',
    (text) => {
      expect(categoriesOf(text)).toContain('contempt');
    },
  );
});

describe('a "why" that explains and a question to anyone are not demands', () => {
  it.each([
    "It's why you don't trust infographics for stats.",
    "that's why you don't feed the neighbour's cats",
    'which is likely why you made the mix up',
    'Sam can answer this better than me',
  ])('no demand: %s', (text) => {
    expect(categoriesOf(text)).not.toContain('demand');
  });

  it.each(['why you lying to me', 'Answer this.', 'tell me what happened'])('%s → demand', (text) => {
    expect(categoriesOf(text)).toContain('demand');
  });
});

describe('what helps, in its general forms', () => {
  it.each([
    ["don't stress about replying, I know work's mad", 'space'],
    ["You needn't answer tonight", 'space'],
    ['Feel free to leave this on read', 'space'],
    ["We don't have to talk about it until you're ready", 'space'],
    ['Not expecting a reply, just wanted to say hi', 'space'],
    ["I couldn't help noticing you've gone quiet about the course", 'observation'],
    ["You've been getting up earlier than usual", 'observation'],
    ["I've been a bit of a nightmare lately, sorry", 'reflection'],
    ['I know I went on about money last night', 'reflection'],
    ["Can we talk about how we've been handling Sundays?", 'reflection'],
  ] as const)('%s → %s', (text, category) => {
    expect(strengthsOf(text)).toContain(category);
  });
});

// LABELLING.md rules 7 and 24: a habit about contact is blamed, not a reply asked for
describe('a habit blamed is accusation, not chasing', () => {
  it.each([
    'you never call me',
    'You never text me back when you are out with the guys',
    'u never ring me back',
    'you never call me 19998',
  ])('%s', (text) => {
    const categories = categoriesOf(text);
    expect(categories).toContain('accusation');
    expect(categories).not.toContain('chasing');
  });

  it.each(['text me back', 'call me back please, it is important. why are you not answering?'])(
    'still chasing: %s',
    (text) => {
      expect(categoriesOf(text)).toContain('chasing');
    },
  );
});

describe('contempt in its general forms', () => {
  it.each([
    'You really are thick sometimes',
    "Always the victim, aren't you",
    "Well that was a stupid thing to do, wasn't it",
    'idc what u think tbh',
    "You're a laughing stock, you know that?",
    // a "not" earlier in the sentence does not take back a name the reader is called
    "They're not likes you fucking moron.",
    "I didn't say that, you dumb ass!",
  ])('%s → contempt', (text) => {
    expect(categoriesOf(text)).toContain('contempt');
  });

  it.each([
    "that was a stupid idea of mine, wasn't it",
    'the team is a laughing stock this season',
    'my mum said I was always the victim in school plays',
    'thank you idiots for the best birthday ever',
    "i'm not calling you an idiot",
  ])('no contempt: %s', (text) => {
    expect(categoriesOf(text)).not.toContain('contempt');
  });
});

// issue 11: thanks and praise are never pressure unless a rule shows the sarcasm
describe('plain thanks and praise get no scorer-only blame or scorn', () => {
  it.each(['cheers for the replies guys. appreciated', 'Thanks man 🙏', "You're always so patient with my mum"])(
    '%s',
    (text) => {
      expect(categoriesOf(text).filter((c) => c === 'accusation' || c === 'contempt')).toEqual([]);
    },
  );

  it.each(['thanks for nothing', 'Please, carry on ignoring me, you’re so good at it.'])(
    'still contempt: %s',
    (text) => {
      expect(categoriesOf(text)).toContain('contempt');
    },
  );
});

// LABELLING.md rule 5: an apology for logistics owns no part in the relationship
describe('a slip of logistics is not reflection', () => {
  it.each([
    'Running 10 mins late, sorry!',
    'My fault, I forgot to set the alarm.',
    'My phone died, sorry!! yes to pizza',
  ])('%s', (text) => {
    expect(strengthsOf(text)).not.toContain('reflection');
  });

  it.each(['I snapped at you last night. My fault, sorry.', "that's on me, I've been distant lately"])(
    'still reflection: %s',
    (text) => {
      expect(strengthsOf(text)).toContain('reflection');
    },
  );
});

// issue 11: everyday acknowledgements and sympathy are not scorn unless a rule shows it
describe('acknowledgements and sympathy get no scorer-only contempt', () => {
  it.each(['ok', 'sure', 'Cool.', 'oh no, that sounds annoying'])('%s', (text) => {
    expect(categoriesOf(text)).not.toContain('contempt');
  });

  it.each(['k. cool.', 'fine. noted.'])('still contempt: %s', (text) => {
    expect(categoriesOf(text)).toContain('contempt');
  });
});

// LABELLING.md rule 26: "only if you want" inside an offer belongs to the invitation
describe('a condition inside an offer is invitation, not space', () => {
  it.each(['Fancy a pint and a moan? Only if you want.', 'stroll round the block after tea? only if u fancy it'])(
    '%s',
    (text) => {
      expect(strengthsOf(text)).toContain('invitation');
      expect(strengthsOf(text)).not.toContain('space');
    },
  );

  it('still space: no rush to reply', () => {
    expect(strengthsOf('no rush to reply')).toContain('space');
  });
});

describe('everyday fight wording', () => {
  it.each([
    ['You always make a big deal out of nothing.', ['accusation', 'minimizing']],
    ["You're upsetting yourself over nothing.", ['minimizing']],
    ['Oh you will live.', ['minimizing']],
    ['I guess my feelings just don’t count.', ['guilt']],
    ["You've made me so miserable.", ['guilt']],
    ['Here we go again with the drama.', ['contempt']],
    ['Not this again.', ['contempt']],
    ['Are you done?', ['contempt']],
    ['Can you do one thing right?', ['contempt']],
    ['Since when do you care?', ['contempt']],
    ['Why do I even bother.', ['guilt']],
    ['I do everything around here.', ['guilt']],
  ] as const)('%s', (text, categories) => {
    for (const category of categories) expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'I was worrying over nothing, the scan was clear',
    'You will live in a big house one day',
    "You've made me so happy, honestly.",
    'Are you done with the charger? Mine died',
    'Here we go again, road trip number two!',
  ])('no pressure: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });
});

// LABELLING.md rule 49: hearing back what they said is validation; owning one's part is reflection
describe('hearing back and owning a part', () => {
  it.each([
    ["So what you're saying is you feel like I don't hear you.", 'validation'],
    ["If I'm hearing you right, you want more help with the kids.", 'validation'],
    ["So you feel like I don't listen when you talk about work.", 'validation'],
    ["I didn't handle that well last night.", 'reflection'],
    ['I let you down and I know it.', 'reflection'],
    ["I could've been kinder about your mum.", 'reflection'],
    ["Maybe I'm part of the problem.", 'reflection'],
    ["I won't keep texting, I'll let you have some quiet.", 'space'],
  ] as const)('%s → %s', (text, category) => {
    expect(strengthsOf(text)).toContain(category);
  });

  it.each([
    ["So what you're saying is everything is my fault. Great. Good chat.", 'validation'],
    ["I should've listened to you about the hiking boots, my feet are in ribbons.", 'reflection'],
    ["I won't let you down.", 'reflection'],
  ] as const)('not credited: %s', (text, category) => {
    expect(strengthsOf(text)).not.toContain(category);
  });
});

// LABELLING.md rule 28: a "but" takes back validation that brushing aside follows, and an apology that blame follows
describe('a support taken back by "but"', () => {
  it.each([
    ["I get why you're upset, but it's honestly not that deep.", 'validation', 'minimizing'],
    ['I hear you, but you really need to stop making such a fuss.', 'validation', 'minimizing'],
    ["I'm sorry I yelled, but you pushed me to it.", 'reflection', 'accusation'],
    ["I'm sorry I laughed, but you're overreacting a bit.", 'reflection', 'minimizing'],
  ] as const)('%s: no %s, still %s', (text, support, pressure) => {
    expect(strengthsOf(text)).not.toContain(support);
    expect(categoriesOf(text)).toContain(pressure);
  });

  it.each([
    ["I get that you're stressed, but you're being really selfish right now.", 'validation'],
    ["I know I've been clingy, but you've been completely cold.", 'reflection'],
    ["I'm sorry I snapped, but I was scared and that's not on you.", 'reflection'],
    ['That sounds like a horrible day, but I promise the weekend is yours.', 'validation'],
  ] as const)('kept: %s → %s', (text, support) => {
    expect(strengthsOf(text)).toContain(support);
  });
});

describe('guilt, minimizing, contempt and owning a part in everyday words', () => {
  it.each([
    ['Sorry if you felt hurt by what I said.', 'minimizing'],
    ['Sorry you took it so personally.', 'minimizing'],
    ["What's there to be nervous about? It's a five-minute chat.", 'minimizing'],
    ['Is the little princess sulking again?', 'contempt'],
    ["Not that anyone noticed, but the bathroom's spotless.", 'guilt'],
    ['Nobody looks after me in this house.', 'guilt'],
    ["I'm invisible in this marriage.", 'guilt'],
    ["You've made this whole trip about you.", 'accusation'],
    ['You drove me to say it and you know it.', 'accusation'],
  ] as const)('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    ["I'm so sorry you're hurting, love.", 'minimizing'],
    ["What's there to do in Leeds on a Sunday?", 'minimizing'],
    ['Is the baby upset again? I can go up to her.', 'contempt'],
    ['Not that anyone asked, but custard creams are the best biscuit.', 'guilt'],
    ["Nobody looks after the allotment when I'm away.", 'guilt'],
    ["I'm invisible to the bar staff tonight lol", 'guilt'],
    ["You act like I'm invisible.", 'guilt'],
    ['You made a whole playlist about you and me?? I love it', 'accusation'],
    ['You pushed me to apply and I got the job!', 'accusation'],
    ["You pushed me into it and I'm so glad you did", 'accusation'],
  ] as const)('not %s: %s', (text, category) => {
    expect(categoriesOf(text)).not.toContain(category);
  });

  it.each([
    ['I was being childish about the money.', 'reflection'],
    ['Not fair of me to snap like that, sorry.', 'reflection'],
    ["That wasn't kind of me, and you didn't deserve it.", 'reflection'],
  ] as const)('%s → %s', (text, support) => {
    expect(strengthsOf(text)).toContain(support);
  });

  it.each([
    ['The kids were being so childish about the car seats', 'reflection'],
    ["It's not fair on me that the bus is always late", 'reflection'],
  ] as const)('not credited: %s', (text, support) => {
    expect(strengthsOf(text)).not.toContain(support);
  });
});

describe('curt replies, insults with a time word, closing the matter and one-upping', () => {
  it.each([
    ['k.', 'contempt'],
    ['K', 'contempt'],
    ['You are so stupid sometimes, I swear to God.', 'contempt'],
    ["you're so boring", 'contempt'],
    ["Ugh, you're exhausting.", 'contempt'],
    ['Glad someone got some sleep.', 'contempt'],
    ['I said sorry. What more do you want?', 'minimizing'],
    ['I already apologised. Can we move on?', 'minimizing'],
    ["Can't you take a joke anymore?", 'minimizing'],
    ["Come on, it's one missed call, don't make it a thing.", 'minimizing'],
    ["You're making it into something it isn't.", 'minimizing'],
    ["You think your week was bad? I've had two kids with chickenpox.", 'minimizing'],
    ["You think your week was bad? I've had two kids with chickenpox.", 'guilt'],
    ["Oh, you're tired? I've done three nights and the school run.", 'guilt'],
  ] as const)('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    ['Ok.', 'contempt'],
    ['kk', 'contempt'],
    ['This film is so boring, want to switch?', 'contempt'],
    ["You're exhausted, go to bed, I'll do the dishes.", 'contempt'],
    ['Glad someone got the tickets!', 'contempt'],
    ['I said sorry to your mum for the mess, she was lovely about it.', 'minimizing'],
    ['I apologised to the neighbour, can we move the car now?', 'minimizing'],
    ['You think the weather will be bad? I packed coats.', 'minimizing'],
    ["You think the weather will be bad? I've packed coats.", 'guilt'],
    ["Are you tired? I've made tea.", 'guilt'],
  ] as const)('not %s: %s', (text, category) => {
    expect(categoriesOf(text)).not.toContain(category);
  });
});

describe('sarcasm the text shows: scare quotes, praise said flat, thanks closing a complaint, mock titles', () => {
  it.each([
    'Thanks for "helping" with the shopping.',
    'You keep \u201cforgetting\u201d to pay me back.',
    'Don\'t "darling" me.',
    'Lovely. Just lovely.',
    'nice. really nice.',
    'you left me on read again. cool.',
    "You didn't even call on my birthday. Great.",
    "The whole weekend's ruined now, so thanks for that.",
    'Thanks for making my birthday one to forget.',
    'Cheers for the lecture, professor.',
    'lol ok grandad',
    'Calm down, Shakespeare.',
    'Save it.',
    'Give it a rest, mate.',
    'blah blah blah',
    'Heaven forbid you lift a finger.',
    "You're about as useful as a chocolate teapot.",
    '🤡',
    'Noted. 🙃',
    "guess I'll eat alone again 🙂",
  ])('%s → contempt', (text) => {
    expect(categoriesOf(text)).toContain('contempt');
  });

  it.each([
    "You're so kind, thank you for today",
    'Thanks for the flowers, they made my week',
    'Thanks a lot for picking up the kids!',
    'Congratulations on the new job, so proud of you!',
    "wow that's amazing",
    'sure, see you at 8',
    'Lovely. See you at 8 then',
    'Lovely, just lovely, thank you so much!',
    'you said "yes"!',
    'we watched "Friends" again last night',
    "Don't bother cooking, I'll bring food",
    "Don't start the film without me",
    'Save it to the shared folder please',
    "You've never been to Lisbon? Great, let's go",
    "I'm about as useful as a chocolate teapot today, brain's fried",
    'thanks mate, see you Saturday',
    'me right now 🤡',
    'see you at 8 🙂',
    'I miss you 🙂',
    'Okay. 🙂',
  ])('%s → no contempt', (text) => {
    expect(categoriesOf(text)).not.toContain('contempt');
  });
});

describe('time for others but not for them', () => {
  it.each([
    ['you had time to post four stories but not to text me back', 'accusation'],
    ['So you can remember every player in the squad but not our anniversary', 'accusation'],
    ['love how u had time to like her story but not reply to me', 'contempt'],
  ] as const)('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'I love how you remember everything, but not in a creepy way',
    'love that you called your mum, but not gonna lie I was nervous for you',
    'You can have the last slice but not the crust, that is mine haha',
  ])('%s → no accusation or contempt', (text) => {
    const flags = categoriesOf(text);
    expect(flags).not.toContain('accusation');
    expect(flags).not.toContain('contempt');
  });
});
