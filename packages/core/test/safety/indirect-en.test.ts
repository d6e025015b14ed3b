import { describe, expect, it } from 'vitest';
import { checkSafety } from '../../src/safety/index.ts';

describe('indirect English wording', () => {
  it.each([
    ['gonna 🪢 myself tonight', 'self_harm'],
    ['🙃🔫 me', 'self_harm'],
    ['me 🪦 soon', 'self_harm'],
    ['💊💊💊💊 the lot', 'self_harm'],
    ['swallowed a whole strip of 💊', 'self_harm'],
    ['fine, go. i will swallow everything in the drawer', 'self_harm'],
    ['if you leave we both go. i mean it', 'abuse'],
    ['walk out and neither of us sees christmas', 'self_harm'],
    ['i kind of hope the plane goes down on the way back', 'self_harm'],
    ['the only way out i can see is to not wake up', 'self_harm'],
    ['i have a plan now and it scares me', 'self_harm'],
    ["this is the last message you'll get from me", 'self_harm'],
    ['the kids would be happier once i am out of the picture for good', 'self_harm'],
    ['sat on the viaduct for an hour, just looking down', 'self_harm'],
    ["my dad says he doesn't want to live anymore", 'self_harm'],
    ['she stopped being scared of dying, she told me', 'self_harm'],
    ["he didn't mean to choke me, he was stressed", 'abuse'],
    ["it's just a slap, he said sorry", 'abuse'],
    ['he grabbed my wrist so hard it went purple', 'abuse'],
    ["you didn't see me, did you? nice coat", 'danger'],
    ['he tells the kids the police will take mummy away if they say anything', 'abuse'],
    ['she rang my boss making out i was unstable', 'abuse'],
    ["you can't be trusted with money, i'm keeping the card", 'abuse'],
    ["talk to me like that again and i'll knock your teeth out", 'danger'],
    ['lovely car. shame if the brakes stopped working on the motorway', 'danger'],
    ["the knife's in the drawer. remember that next time you answer back", 'abuse'],
    ['you went to the police? fine. i know you reported me. see you soon', 'danger'],
    ['he put my hand on the hob to teach me a lesson', 'abuse'],
    ["this is my last text. i'm sorry for everything", 'self_harm'],
    ['feel like unaliving myself tbh', 'self_harm'],
    ["i'd sooner be six feet under than do another year", 'self_harm'],
    ['one bullet for him and one for me', 'danger'],
    ['the kids would cope fine without me', 'self_harm'],
  ])('%s raises %s', (text, concern) => {
    expect(checkSafety(text)?.concerns).toContain(concern);
  });

  it.each([
    'gonna 🪢 my laces properly this time',
    "i'm 💀💀 that video",
    '💊💊💊 all taken for today with breakfast, vitamins too',
    'just took my 💊 for the hay fever',
    "if you go, we both go, i'm not missing that gig",
    "i hope i get hit by a bus so i don't have to go in tomorrow",
    "it's the end for me and this diet",
    'stuck on the bridge again, hazards on, waiting for the AA',
    "he doesn't want to live in london",
    'it was just a shove in the scrum, ankle is fine',
    'the last text you get from me before my flight, love you',
    'left you a note for after work, dinner is in the oven',
    "answer your phone or i'm coming over, i'm worried",
    'i know what time you finish, i will bring snacks',
    'can the hero put a bullet in him already, this season is slow',
    'this is my last message, battery on 2%',
    'this is my last text before i board, love you x',
    "we won't be here much longer, we're moving to leeds in march",
    'i want to die (of embarrassment), i called my teacher mum',
    'gonna unalive my alarm clock tomorrow',
    'imma delete myself from the group chat',
    'the kids would cope without me for a weekend',
    'it was just a slap on the wrist from the judge',
    'just slap some paint on it',
    "she doesn't want to be here, she's tired",
  ])('%s raises nothing', (text) => {
    expect(checkSafety(text)).toBeNull();
  });
});
