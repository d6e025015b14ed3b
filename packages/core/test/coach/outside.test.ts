import { describe, expect, it } from 'vitest';
import { CHECKED_FILE, loadChecked, outsideSplit } from '../../eval/outside-text.ts';
import { coachMessage } from '../../src/index.ts';

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
  ])('%s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it('still hears the same words used as pressure', () => {
    expect(categoriesOf('Answer me.')).toContain('chasing');
    expect(categoriesOf('Just reply!')).toContain('chasing');
    expect(categoriesOf('Grow up.')).toContain('contempt');
    expect(categoriesOf('Just admit it.')).toContain('demand');
    expect(categoriesOf("You're so selfish.")).toContain('accusation');
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
});
