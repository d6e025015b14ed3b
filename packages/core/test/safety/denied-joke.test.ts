import { describe, expect, it } from 'vitest';
import { jokeDenied } from '../../src/safety/denied-joke.ts';
import { foldForSafety } from '../../src/safety/fold.ts';
import { checkSafety } from '../../src/safety/index.ts';

describe('a joke marker taken back', () => {
  it.each([
    ["i'm not kidding, i want to die", 'self_harm'],
    ['not kidding i want to kill myself', 'self_harm'],
    ['jk... not jk. i want to die', 'self_harm'],
    ['no es broma, quiero morirme', 'self_harm'],
    ['kein Scherz, ich will nicht mehr leben', 'self_harm'],
    ['je rigole pas, je veux mourir', 'self_harm'],
    ['não é brincadeira, quero morrer', 'self_harm'],
  ])('%s is read as meant', (text, concern) => {
    expect(jokeDenied(foldForSafety(text))).toBe(true);
    expect(checkSafety(text)?.concerns).toContain(concern);
  });

  it.each([
    'just kidding',
    'lol',
    'es broma',
    'era broma, tranqui',
    'nur ein Witz',
    'je rigole hein',
    'tô brincando',
    'not now, kidding around with the kids',
  ])('%s is not a joke taken back', (text) => {
    expect(jokeDenied(foldForSafety(text))).toBe(false);
  });
});
