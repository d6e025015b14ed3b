// the one place the insights ask the coach which pressure categories a message carries

import { detectPressure } from '../coach/coach.ts';
import type { PressureCategory } from '../playbook/index.ts';

/**
 * The pressure categories the coach finds in one of the user's messages.
 * @example findPressure('hello?? why are you ignoring me') // ['demand', 'accusation', 'chasing']
 */
export const findPressure = (text: string): PressureCategory[] => detectPressure(text);
