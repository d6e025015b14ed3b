// the phrase rules of every pressure category, one file per category (whole-message signals live in structure.ts)

import type { PressureCategory } from '../../playbook/index.ts';
import type { RuleSpec } from '../matcher.ts';
import { ACCUSATION_RULES } from './pressure/accusation.ts';
import { ASSUMING_WORST_RULES } from './pressure/assuming-worst.ts';
import { CHASING_RULES } from './pressure/chasing.ts';
import { CONTEMPT_RULES } from './pressure/contempt.ts';
import { DEMAND_RULES } from './pressure/demand.ts';
import { FIXING_RULES } from './pressure/fixing.ts';
import { GUILT_RULES } from './pressure/guilt.ts';
import { MINIMIZING_RULES } from './pressure/minimizing.ts';
import { OVERWHELMING_RULES } from './pressure/overwhelming.ts';
import { ULTIMATUM_RULES } from './pressure/ultimatum.ts';

export const PRESSURE_RULES: Readonly<Record<PressureCategory, readonly RuleSpec[]>> = {
  demand: DEMAND_RULES,
  accusation: ACCUSATION_RULES,
  assuming_worst: ASSUMING_WORST_RULES,
  chasing: CHASING_RULES,
  fixing: FIXING_RULES,
  minimizing: MINIMIZING_RULES,
  ultimatum: ULTIMATUM_RULES,
  guilt: GUILT_RULES,
  overwhelming: OVERWHELMING_RULES,
  contempt: CONTEMPT_RULES,
};
