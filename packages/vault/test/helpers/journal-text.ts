// the text of the ith journal entry the fault child writes: its number and a long text, so each save is a real write
export const journalText = (i: number): string =>
  `entry ${i}: ${'a quiet evening walk and a long talk about the week. '.repeat(400)}`;
