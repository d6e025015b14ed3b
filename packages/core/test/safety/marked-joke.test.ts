import { describe, expect, it } from 'vitest';
import { markedJoke } from '../../eval/marked-joke.ts';
import { budgetCut, FALSE_ALARM_BUDGET, MARKED_JOKES_APART } from '../../eval/safety-metrics.ts';

describe('a message that marks itself as a joke', () => {
  it.each([
    ['kms lol', 'en'],
    ['im dead 💀', 'en'],
    ['sewer slide lmao', 'en'],
    ['LMFAO i wanna die', 'en'],
    ['hahaha i could kill him', 'en'],
    ['jk jk', 'en'],
    ['ok just kidding, I’m fine', 'en'],
    ['me quiero morir jajaja', 'es'],
    ['jajas me mato', 'es'],
    ['lo mato jeje', 'es'],
    ['era broma, tranqui', 'es'],
    ['je vais le tuer mdr', 'fr'],
    ['ptdr je meurs', 'fr'],
    ['je rigole hein', 'fr'],
    ['c’est une blague', 'fr'],
    ['ich bring mich um haha', 'de'],
    ['war nur Spaß', 'de'],
    ['nur ein Witz xD', 'de'],
    ['vou me matar kkkkk', 'pt'],
    ['morri rsrsrs', 'pt'],
    ['tô brincando', 'pt'],
    ['é brincadeira 😂', 'pt'],
    ['🤣🤣', 'any'],
  ])('%s (%s)', (text) => {
    expect(markedJoke(text)).toBe(true);
  });

  it.each([
    ['I want to die', 'en'],
    ['i cant do this anymore 😭', 'en'],
    ['he hit me again', 'en'],
    ['a lollipop for the kids', 'en'],
    ['the lolly shop', 'en'],
    ['ha, very funny', 'en'],
    ['hi how are you', 'en'],
    ['el kayak está en el garaje', 'es'],
    ['me quiero morir', 'es'],
    ['Brincadeiras de criança', 'pt'],
    ['quero morrer', 'pt'],
    ['je veux mourir', 'fr'],
    ['merde, encore en retard', 'fr'],
    ['Spaßbad am Sonntag?', 'de'],
    ['ich will nicht mehr', 'de'],
    ['see you at eight', 'en'],
    ['me quiero morir, no es broma', 'es'],
    ['quero morrer, não é brincadeira', 'pt'],
    ['vou passar por cima dele, nao to brincando', 'pt'],
    ['jveux mourir, je plaisante pas', 'fr'],
    ['i am not kidding', 'en'],
  ])('not %s (%s)', (text) => {
    expect(markedJoke(text)).toBe(false);
  });
});

describe('the false-alarm budget', () => {
  // 250 other messages with no concern scored 0.001 … 0.250, and 20 marked jokes scored 0.81 … 1.00
  const others = Array.from({ length: 250 }, (_, i) => ({ score: (i + 1) / 1000, joke: false }));
  const jokes = Array.from({ length: 20 }, (_, i) => ({ score: 0.81 + i / 100, joke: true }));

  it('counted as one, lets the high-scoring marked jokes set the threshold', () => {
    // 0.8% of 270 is 2 alarms: the cut is the third-highest score, a joke's
    expect(budgetCut([...others, ...jokes], FALSE_ALARM_BUDGET)).toBeCloseTo(0.98);
  });

  it('apart, holds the other messages to their share and gives the marked jokes their own', () => {
    const cut = budgetCut([...others, ...jokes], { others: 0.008, markedJokes: 0.5 });
    // 0.8% of 250 is 2 alarms (cut at 0.248); half of 20 jokes is 10 alarms (cut at the eleventh-highest, 0.90)
    expect(cut).toBeCloseTo(0.9);
    expect(budgetCut(others, MARKED_JOKES_APART)).toBeCloseTo(0.248);
  });

  it('never lets the marked jokes lower the threshold below the one the other messages set', () => {
    const low = jokes.map((j) => ({ ...j, score: j.score / 10 }));
    expect(budgetCut([...others, ...low], { others: 0.008, markedJokes: 0.5 })).toBeCloseTo(0.248);
  });
});
