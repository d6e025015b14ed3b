// phrase rules for ultimatum: threats and deadlines

import type { RuleSpec } from '../../matcher.ts';

export const ULTIMATUM_RULES: readonly RuleSpec[] = [
  {
    anchors: 'if',
    pattern:
      "if (?:you|u) (?:don't|do not|won't|can't|dont|cant|wont|aren't|never|keep|still|are not|cannot)[^.?!\\n]{0,70}?(?:we're done|it's over|we are done|we're over|we're through|i'm (?:leaving|done|gone|out|breaking up|moving out)|i(?:'ll| will) (?:leave|go|be gone|end (?:it|this|things)|break up|find someone|block|move out|stop trying)|then (?:we're|it's|i'm|don't bother|forget|that's it|we are|don't)|don't bother|forget (?:it|us|me|about (?:us|me))|that's it|i'm out|you'll lose me|you can forget|you'll regret|lose me|you'll never see)",
  },
  {
    anchors: 'last final',
    pattern:
      "(?:this is |it's |you have |you've got |giving you |consider this |that's )?(?:your |our |the )?(?:last|final) (?:chance|warning)(?= *(?:[.!\\n]|$|for us|to (?:fix|save|make this|talk|explain|be honest|sort|show)|,? (?:i mean|seriously|i'm serious|i swear)))",
  },
  {
    anchors: 'or otherwise else',
    pattern:
      "(?:or|otherwise|or else)(?: (?:else|honestly|seriously|i swear))? (?:we're done|it's over|i'm (?:leaving|done|gone|out)|i(?:'ll| will) (?:leave|go|end|walk|block)|don't bother|forget it|forget about us|we're finished|that's it|we're through|we are done|i walk)",
  },
  {
    anchors: 'until till hours days',
    pattern:
      "(?:you have|you've got|you got|i'm giving you|i'll give you|giving you) (?:until|till|(?:one|two|three|\\d+|24|48) (?:more )?(?:hours?|days?|minutes?|weeks?)|one more (?:day|chance|week))",
    unlessAfter: '(?:to (?:decide on|pick) (?:the|a) (?:restaurant|movie|date))',
  },
  { anchors: 'choose pick', pattern: "(?:choose|pick|decide)(?::| between)? (?:me or|it's me or|us or)" },
  { anchors: 'or', pattern: "it's (?:me|us) or (?:them|her|him|your|the|that|work)" },
  {
    anchors: 'by before tonight tomorrow',
    pattern:
      "(?:by|before) (?:tonight|tomorrow|friday|monday|sunday|saturday|the weekend|the end of (?:the|this) (?:day|week)|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)?)[^.?!\\n]{0,40}(?:or (?:else|we're|it's|i'm|i'll|don't)|otherwise,? (?:i|we|it's|that's)|or that's it)",
  },
  {
    anchors: 'bother',
    pattern:
      "(?:don't|dont) (?:even )?bother (?:coming (?:home|back)|calling|texting|replying|talking to me)(?! (?:if you're|till|until|tonight if))",
  },
  {
    anchors: 'done',
    pattern: "i(?:'m| am) done (?:waiting|with (?:this(?= *(?:[.!\\n]|$| relationship| shit| crap))|you|us|trying))",
  },
  { anchors: 'warning', pattern: '(?:this is|consider this) (?:a|my|your) (?:final )?warning' },
  { anchors: 'see happens', pattern: '(?:and|then) see what happens' },
  { anchors: 'leave', pattern: "if you leave(?: me)?,? (?:i(?:'ll| will)|i don't know what i'll)" },
  {
    anchors: 'waiting forever',
    pattern: "i(?:'m| am) not (?:going to |gonna )?(?:wait|waiting) (?:forever|much longer|any longer)",
  },
  {
    anchors: 'block leave dump end report tell',
    pattern: "i(?:'ll| will) (?:block|leave|dump|end|report|tell|walk)[^.?!\\n]{0,30} if you",
  },
  { anchors: 'or', pattern: '(?:^|[.!?,]\\s*)(?:me|us) or (?:the|your|them|her|him|it|that)\\b' },
  { anchors: 'regret', pattern: "you(?:'ll| will) regret (?:it|this)(?: if)?" },
  {
    anchors: 'by if',
    pattern: "if you (?:can't|don't|won't|do not)[^.?!\\n]{0,60} by (?:the weekend|tonight|tomorrow|\\w+day|the end)",
  },
  {
    anchors: 'carries continues',
    pattern:
      "if (?:this|it|things) (?:carries|carry|continues|keeps going|goes) on(?: like this)?,? (?:i(?:'m| am|'ll| will)|we(?:'re| are))",
  },
  {
    anchors: 'if',
    pattern:
      "if you(?:'re| are) not (?:home|back|here|there)[^.?!\\n]{0,30} (?:i(?:'m| am|'ll| will))(?! (?:just )?(?:start|eat|go ahead|save|keep|leave (?:a plate|yours)|put|order))",
  },
  {
    anchors: 'one',
    pattern: "one more (?:day|week|time|night|excuse)(?: of \\w+)? and (?:i(?:'m| am)|we(?:'re| are)|i'll|that's)",
  },
  {
    anchors: 'again',
    pattern:
      "if you (?:cancel|do (?:this|that)|ignore me|lie|forget)[^.?!\\n]{0,30}again,? (?:that's it|we're done|i'm done|i'm out|i'll)",
  },
  {
    anchors: 'know',
    pattern: "(?:then )?i guess we (?:both )?know where (?:this|it|we)(?:'s| is| are)? (?:going|heading|stand)",
  },
  {
    anchors: 'if',
    pattern:
      "if (?:you|u) (?:don't|do not|won't|can't|dont|cant|wont)[^.?!\\n]{0,60}?(?:i(?:'m| am) (?:driving|coming|going) (?:over|round)|i(?:'ll| will) (?:come|drive) (?:over|round))",
  },
  { anchors: 'or', pattern: "or (?:i(?:'m| am)|i'll) (?:coming|driving|going) (?:over|round)" },
];
