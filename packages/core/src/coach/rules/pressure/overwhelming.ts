// phrase rules for overwhelming: too much at once (phrases; counts and capitals are in structure.ts)

import type { RuleSpec } from '../../matcher.ts';

export const OVERWHELMING_RULES: readonly RuleSpec[] = [
  {
    anchors: 'outside downstairs door place flat house apartment work office coming way driving heading',
    pattern:
      "i(?:'m| am) (?:(?:outside|downstairs)(?: (?:your|you're) (?:door|place|flat|house|apartment|work|office|building)|(?= *(?:[.!?\\n]|$)))|at your (?:door|place|flat|house|apartment|work|office)|coming over|coming to your (?:place|flat|house|work|office)|on my way (?:over|to your)|driving over|heading (?:over|to yours|to your))(?! (?:to drop|with the|as planned|like we said|like we planned|for dinner|in 5|in five))",
    unlessBefore: '(?:when|if|once|before|after)',
    unlessAfter: "[^\\n]{0,40}(?:when you're ready|whenever you're ready|no rush|take your time)",
  },
  {
    anchors: 'coming whether',
    pattern:
      "i(?:'m| am|'ll| will) (?:come|coming|be) (?:over|round|there) (?:whether you like it|anyway|right now|now|uninvited|unless)",
  },
  { anchors: 'keep', pattern: "i(?:'m| am) (?:not )?(?:going to|gonna) keep (?:calling|texting|messaging)" },
  {
    anchors: 'minutes pages paragraphs',
    pattern:
      "(?:it's|its|it is) (?:like )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) (?:minutes|pages|paragraphs)(?: long)?(?! of (?!me|my))",
  },
  { anchors: 'booked', pattern: "i(?:'ve| have)? booked us [^.?!\\n]{0,60}(?:and|,)" },
  { anchors: 'waited', pattern: 'i waited (?:outside|at|by) your' },
  { anchors: 'coming round', pattern: "i(?:'m| am) coming (?:round|over)|be there in \\d+" },
  { anchors: 'car', pattern: "i(?:'m| am) (?:sitting |parked )?in my car (?:outside|across|near|by)" },
  { anchors: 'station', pattern: "i(?:'m| am) (?:at|near) the (?:station|stop|corner) near (?:yours|your)" },
  {
    anchors: 'come',
    pattern: 'can i come (?:up|in|over|round)\\?',
    unlessBefore: '(?:later|tomorrow|at the weekend)',
  },
  { anchors: 'driving', pattern: "i(?:'m| am) driving (?:over|round|to yours|to your)" },
];
