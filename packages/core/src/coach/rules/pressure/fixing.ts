// phrase rules for fixing: solutions nobody asked for

import type { RuleSpec } from '../../matcher.ts';
import { FIX_VERB, LEISURE } from '../vocabulary.ts';

export const FIXING_RULES: readonly RuleSpec[] = [
  {
    anchors: 'should need have ought must gotta got',
    pattern: `you (?:really |probably |definitely |seriously |honestly )?(?:should|need to|have to|got to|ought to|must|gotta)(?: (?:just|really|seriously|honestly|probably|definitely|totally))? ${FIX_VERB}`,
    unlessAfter: LEISURE,
    negatable: true,
  },
  {
    anchors: 'tried',
    pattern:
      '(?:have you|did you|you) (?:ever )?tried (?:to |talking|meditat|exercis|yoga|therapy|journal|sleep|asking|telling|setting|going|taking|making|writing|a |an |not )',
    unlessAfter: LEISURE,
  },
  {
    anchors: 'maybe perhaps',
    pattern: `(?:maybe|perhaps|why not) (?:you could |you should |you need to |try to |just |try )(?:${FIX_VERB}|try|just)`,
    unlessAfter: LEISURE,
  },
  { anchors: 'why', pattern: `why (?:don't|dont) you (?:just )?${FIX_VERB}`, unlessAfter: LEISURE },
  { anchors: 'why', pattern: "why (?:don't you|not) just (?!come|stay|join)" },
  { anchors: 'solution', pattern: '(?:the|one|easy|simple) (?:solution|fix|answer) is' },
  { anchors: 'need', pattern: 'what you (?:need|have) to do is' },
  { anchors: 'were', pattern: 'if i were you' },
  { anchors: 'all', pattern: 'all you (?:have|need|got) to do is' },
  { anchors: 'just', pattern: `(?:^|[.!?,]\\s*)just ${FIX_VERB}`, unlessAfter: LEISURE },
  {
    anchors: 'try',
    pattern:
      '(?:^|[.!?,]\\s*)(?:try|have a go at) (?:meditating|yoga|therapy|exercising|journaling|running|to relax|to sleep|breathing|talking to|writing|making a|setting|going to bed|not thinking)',
  },
  { anchors: "here's", pattern: "here's what you (?:do|should do|need to do)" },
  { anchors: 'easy simple', pattern: "it's (?:easy|simple|not hard|not that hard)(?:,|:|\\.)? (?:just|you)" },
  {
    anchors: 'should need must gotta could have',
    pattern:
      'you (?:really |probably |definitely |honestly |just |seriously )?(?:should|need to|have to|must|gotta|ought to|could always|might want to) (?:just |really |honestly |seriously |probably |definitely )?(?!(?:be|have|sign|pay|book|send|bring|submit|collect|renew|register|fill|print|buy|order|confirm|check in|leave by|come|join|see (?:the|this|that|it)|try (?:the|this|that|some|it)|watch|read|check out|grab|pick|get (?:some )?(?:food|dinner|lunch|breakfast|tickets|the)|book (?:the|a) table|wear|text me when|let me know|know|tell me|hear|meet|taste|visit|come|have (?:seen|heard|been)|be (?:proud|here|there)|totally|smell|feel (?:proud|good about)|go (?:see|watch)|do (?:it|that) again)\\b)[a-z]+',
    unlessAfter: LEISURE,
    negatable: true,
    unlessBefore: "(?:you asked|if|when|whenever|in case|asked what|what i'd|what time do|do)",
  },
  {
    anchors: 'thought considered',
    pattern: '(?:have you|did you|you) (?:ever )?(?:thought about|considered|thought of) (?!(?:us|me|what i|how i))',
    unlessAfter: LEISURE,
  },
  { anchors: 'tryed tried', pattern: '(?:have|did) (?:you|u) (?:ever )?(?:tried|tryed) ', unlessAfter: LEISURE },
  {
    anchors: 'solved fix sort',
    pattern:
      "(?:problem solved|that's the fix|that would fix|that'd fix|that'd solve|that would solve|that'll solve|it'd sort|it would sort|it'll sort|would sort your|sorts? your head out|easy fix|simple fix)",
  },
  {
    anchors: 'help helps',
    pattern:
      '(?:it really|it|that|this) (?:really )?(?:might|will|would|could|does|definitely)? ?helps? (?:with|you) (?:stress|sleep|anxiety|your)',
  },
  { anchors: 'plan', pattern: 'i (?:made|wrote|put together) (?:you )?a (?:plan|schedule|list|routine)' },
  {
    anchors: 'found listings',
    pattern:
      "i(?:'ve| have)? (?:found|sent|got) you (?:some|a few|three|two|\\d+)? ?(?:job listings|jobs|listings|therapists|articles|links|options)",
  },
  { anchors: 'signed', pattern: 'i signed you up' },
  {
    anchors: 'just',
    pattern:
      "(?:^|[.!?,]\\s*|honestly |lol |so )just (?:block|tell|ask|delete|quit|leave|ignore|stop|talk|ring|call|say|do|don't|go|get|take|move|cut|unfollow|mute|switch|change|shake|push|stand|put|sleep|accept|forget|let)",
    unlessAfter: '(?:me|us)\\b|(?:a |the )?(?:minute|sec|second|moment|checking|wanted|word)|\\s*(?:so\\b|[.!]?\\s*$)',
    unlessBefore: "(?:i|i could|i'd|i would|i'll|we|could|would)",
  },
  { anchors: 'why', pattern: "why (?:not|don't you|dont you) just" },
  {
    anchors: 'get',
    pattern: '(?:^|[.!?,]\\s*)get some (?:sleep|rest|fresh air|exercise|help|therapy)',
    unlessBefore: "(?:no need to reply|no rush|don't reply|don't answer)[^.!?]*",
  },
  { anchors: 'stop', pattern: '(?:^|[.!?,]\\s*)stop (?:checking|looking at|reading|doing|drinking|scrolling)' },
  { anchors: 'think', pattern: "(?:^|[.!?,]\\s*)(?:just )?(?:don't|dont) think about it" },

  // counsellors' advice: "consider…", "it helps if you…", "what I'd like you to do is…", "try to…"
  {
    anchors: 'consider considering',
    pattern:
      "(?:(?:^|[.!?,]\\s*)(?:maybe |perhaps |please |so |honestly )?|you (?:could|might|should|may want to|might want to|need to|have to) |i'd |i would )consider(?:ing)? (?!(?:yourself|it|this|that|me|us)\\b)[a-z]+",
    unlessAfter: LEISURE,
  },
  {
    anchors: 'helps help',
    pattern:
      'it (?:really |often |usually |always |also )?helps (?:if|when) you|it (?:might|may|would|could|will|can) (?:really )?help (?:you )?(?:to|if you)|(?:^|[.!?,]\\s*)it helps to',
  },
  {
    anchors: "i'd would suggest recommend",
    pattern: "what (?:i'd|i would|i) (?:like|want|suggest|recommend) (?:for )?(?:you|u) (?:to do|to try) is",
  },
  { anchors: 'should ought', pattern: 'what (?:you|u) (?:should|could|ought to) do is' },
  {
    anchors: 'suggest recommend advise advice',
    pattern:
      "i(?:'d| would)? (?:strongly |really )?(?:suggest|recommend|advise)(?: that)? (?:you|u) |my advice (?:is|would be|to you)|(?:^|[.!?,]\\s*)my advice:",
    unlessAfter: LEISURE,
  },
  {
    anchors: 'try',
    pattern:
      '(?:^|[.!?,]\\s*)(?:just |maybe |perhaps |so |please )?try (?:to|and) (?!(?:come|be there|be here|make it|get there|arrive|call|text|ring|let me know|finish|catch|grab|book|save|get (?:some|a|the) (?:tickets|table|seats))\\b)[a-z]+',
    unlessAfter: LEISURE,
  },
];
