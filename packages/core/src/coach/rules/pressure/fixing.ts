// phrase rules for fixing: solutions nobody asked for

import type { RuleSpec } from '../../matcher.ts';
import { FIX_VERB, LEISURE } from '../vocabulary.ts';

/** advice the reader asked for is an answer, not a fix pushed on them */
const ADVICE_ASKED_FOR =
  '\\b(?:since |as )?you asked\\b|\\bto look (?:at|over)\\b|\\byour (?:opinion|advice)\\b|\\b(?:for|want|wanted|asked|asking) (?:my|your) thoughts\\b|\\basked me (?:how|what|for)\\b|\\byou wanted to know\\b|\\brecipe\\b';

/** a trouble of the reader's named in the message: the general advice frames count only beside one */
const TROUBLE =
  '\\b(?:stress\\w*|anxi\\w+|overwhelm\\w*|lonel\\w+|isolat\\w+|depress\\w*|low mood|feeling (?:low|down|sad|rubbish|awful|empty|stuck)|sleep\\w*|insomnia|awake|exhaust\\w*|burn(?:t|ed)? ?out|panic\\w*|worr\\w+|grie\\w+|mourn\\w*|bereave\\w*|funeral|break ?up|broke up|heartbr\\w+|revis\\w+|exams?|essays?|deadlines?|dissertation|coursework|boss|manager|redundan\\w+|sacked|fired|laid off|unemploy\\w+|debts?|bills?|overdraft|landlord|budget\\w*|council tax|loan|skint|arguments?|argu\\w+|falling out|fell out|bull(?:y|ied|ying)|therap\\w+|counsel\\w+|gp|helpline|samaritans|mental health|cop(?:e|ing)|struggl\\w+|hard time|rough patch|tough time|difficult time|mood\\w*|thoughts|spiral\\w*|scroll\\w*|(?:to|with|from|tell) hr|tutor|grades?|wellbeing|self[- ]care|routine|on edge|tired|knackered|drained|upset|hurt\\w*|scared|nervous|cry\\w*|tears|alone|homesick\\w*|symptoms?|job ?hunt\\w*|job loss|night feeds?|newborn|passed away|died|pet|grandad|capacity|running on|fumes|carers?|caring|respite|fighting|fight|distance|drift\\w*|miss (?:us|you|her|him|them|home)|left out|expats?|strangers?|colleagues?|severance|doctor|diagnos\\w*|chronic pain|in pain|health\\w*|money|savings)\\b';

/** where an everyday frame of advice may start: the start of a clause, after a softening word */
const FRAME_START = '(?:^|[.!?,;]\\s*)(?:(?:so|and|also|honestly|maybe|perhaps|but|or|hmm|ok|okay) )*';

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
    unlessBefore: "(?:you asked|if|when|whenever|in case|asked what|what i'd|what time do|do|did)",
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
      "(?:^|[.!?,]\\s*|honestly |lol |so )just (?:block|tell|ask|delete|quit|leave|ignore|stop|talk|ring|call|say|do|don't(?! (?:want|wanna|know|feel|think|care|get|like|see|understand|have|need|mind|remember)\\b)|go|get|take|move|cut|unfollow|mute|switch|change|shake|push|stand|put|sleep|accept|forget|let)",
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
    anchors: 'consider',
    pattern:
      "(?:(?:^|[.!?,]\\s*)(?:maybe |perhaps |please |so |honestly )?|you (?:could|might|should|may want to|might want to|need to|have to) |i'd |i would )consider (?!(?:yourself|it|this|that|me|us)\\b)[a-z]+",
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
    anchors: 'suggest recommend advise advice encourage',
    pattern:
      "i(?:'d| would)? (?:(?:strongly|really|highly|also|definitely|gently) )?(?:suggest|recommend|advise|encourage)(?: that)? (?:you|u)\\b(?! all\\b)|i(?:'d| would)? (?:(?:strongly|really|highly|also|definitely) )?(?:suggest|recommend)(?:ing)? (?:seeking|talking (?:to|with)|speaking (?:to|with)|seeing (?:a|someone|somebody|your (?:gp|doctor))|reaching out|getting (?:help|support|therapy|counsel\\w*|some rest|more sleep|checked)|finding (?:a|someone|somebody) (?:to talk|who|therapist|counsel)|contacting (?:a|your)|joining a (?:support|group)|a (?:therapist|counsel+or|doctor|trauma|support)|an? (?:appointment|professional))|my advice (?:is|would be|to you)|(?:^|[.!?,]\\s*)my advice:",
    unlessAfter: LEISURE,
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors: 'try',
    pattern:
      '(?:^|[.!?,]\\s*)(?:just |maybe |perhaps |so |please )?try (?:to|and) (?!(?:come|be there|be here|make it|get there|arrive|call|text|ring|let me know|finish|catch|grab|book|save|get (?:some|a|the) (?:tickets|table|seats))\\b)[a-z]+',
    unlessAfter: LEISURE,
  },
  // more of counsellors' advice, in the words of answers written by therapists (decision 218)
  {
    anchors: 'may might would could',
    pattern:
      '(?:you|u) (?:may (?:(?:really|also|definitely) )?(?:want|wish|need) to|(?:may|might|would|could) (?:(?:really|also|definitely|greatly|tremendously|hugely|so much) )?(?:benefit|benifit) (?:(?:tremendously|hugely|greatly|a lot|so much) )?from) (?:(?:really|just|seriously|honestly) )?(?:talk|speak|see(?:ing)? (?:a|someone|somebody|your)|seek|consider|think (?:about|on)|look(?:ing)? into|reach(?:ing)? out|get(?:ting)? (?:help|support|some help|some rest|some sleep|more sleep|therapy|counsel)|try|trying|work(?:ing)? on|rethink|reflect|cut(?:ting)? (?:back|down)|stop|start|take|find|ask|writ(?:e|ing)|keep|practi[cs]\\w*|focus|explor\\w*|set(?:ting)? (?:some )?boundaries|limit|avoid|learn|read(?:ing)? up|join|check(?:ing)? in with|open(?:ing)? up|therapy|counsel\\w*|speak)',
    unlessAfter: LEISURE,
    unlessIn: ADVICE_ASKED_FOR,
    negatable: true,
  },
  {
    anchors: 'beneficial helpful useful worthwhile idea important essential worth wise',
    pattern:
      "it(?:'s| is| would be| might be| could be| may be| will be) (?:(?:really|very|so|also|probably|definitely|extremely) )?(?:beneficial|helpful|useful|worthwhile|a good idea|wise|important|essential|worth it|worth your while) (?:for you )?(?:to (?:talk|seek|reach out|speak|see (?:a|someone|somebody|your (?:gp|doctor))|work on|practi[cs]e|focus on|explore|look after|take care of|take (?:a break|time|some time)|get (?:help|support|some rest|some sleep|more sleep|therapy)|try|learn|ask for help|set (?:some )?boundaries|consider|identify|start (?:therapy|counsel)|stop (?:blaming|drinking|smoking)|write (?:down|about) (?:your|how)|keep (?:a journal|track)|join a (?:group|support))|if you)\\b",
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors: 'seek find reach talk speak see consult contact look call book make get',
    pattern:
      '(?:^|[.!?,;]\\s*)(?:(?:please|so|maybe|perhaps|definitely|also|and|first|then) )*(?:seek(?: out)?|find|reach out to|talk to|speak (?:to|with)|(?:go (?:and )?)?see|visit|ask|consult(?: with)?|contact|get in touch with|look (?:for|into)|call|book|make an appointment with|get(?: around to)?(?: some)?) (?:(?:a|an|your|some|professional|local|good|qualified|licensed|trusted) )*(?:counsel+ors?|counsel+ing|therapists?|therapy|doctors?|gp|professionals?|psychologists?|psychiatrists?|physicians?|support groups?|mental health|specialists?|someone (?:with|who|that|to talk|you trust)|somebody (?:with|who|that|to talk|you trust)|a trusted (?:friend|adult|person))\\b',
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors: 'help',
    pattern:
      'what (?:might|may|would|could|can|will) (?:really |also )?help (?:you )?(?:most |here )?is (?:talking|seeing|getting|a (?:regular|routine|break|walk|chat|therapist|counsel+or|doctor)|some (?:rest|sleep|space|exercise|fresh air)|therapy|counsel+ing|writing|journaling|meditat|exercise|(?:you|u) (?:talking|getting|taking|seeing|going|trying|stopping|cutting|replying|being|actually|just))',
    unlessIn: `${ADVICE_ASKED_FOR}|\\b(?:puzzle|jigsaw|packing|stain)\\b|😂|🤣|lol|haha`,
  },
  {
    anchors: 'step',
    pattern:
      '(?:(?:^|[.!?,;]\\s*)|(?:the|a good|your) )first step (?:is|would be|could be|might be) (?:to )?(?:talk|seek|reach|see (?:a|someone|somebody|your)|admit|accept|acknowledge|recogni|get(?:ting)? help|ask(?:ing)? for help|speak|talking|seeing|admitting)',
  },
  {
    anchors: 'take write focus remind keep ask challenge',
    pattern:
      "(?:^|[.!?;]\\s*)(?:(?:please|so|maybe|perhaps|also|and|just|first|then|next|try to) )*(?:take (?:a moment|some time|time|a few minutes) to (?:write|breathe|think|reflect|calm down|notice|acknowledge|consider|remind|ground|check in with yourself|sit with|look after|care for)|write (?:down|out|it all down) (?:your (?:thoughts|feelings|worries|fears)|how you(?:'re| are)? feel|what(?:'s| is) (?:bothering|worrying|upsetting|stressing)|what you(?:'re| are) (?:grateful|thankful|feeling|worried)|three|3|a few|everything you|the things)|focus on (?:yourself|your (?:health|breathing|wellbeing|recovery|own)|what you can)|remind yourself|keep (?:a (?:journal|diary|mood)|track of (?:your|how|when))|ask yourself (?:why|whether|if|what you (?:really )?(?:want|need|feel)|how you(?:'d| would)? feel)|challenge (?:those|these|the|your) (?:thoughts?|beliefs?))\\b",
    unlessIn: ADVICE_ASKED_FOR,
  },
  // advice in the everyday frames supporters use, when the message names a trouble of the reader's (decision 218)
  ...(
    [
      [
        'about',
        'how about (?!(?:we|us|i|me|you come|you join|coming|joining|you\\?)\\b)(?:\\w+ing|a |an |some |just )|what about (?:\\w+ing|a |an |some )',
      ],
      ['why', "why not (?!(?:come|join|stay|both|we|us|just come)\\b)[a-z]+|why (?:don't|dont) (?:you|u)"],
      [
        'if',
        'what if (?:you|u) (?:just )?(?:\\w+ed|went|told|spoke|took|tried|asked|wrote|made|set|gave|got|did|started|stopped|left|rang|saw|found|kept|put|let|had|switched|moved)\\b|if (?:it were|it was) (?:me|i)\\b|(?:maybe|perhaps) if (?:you|u) (?:just )?(?:\\w+ed|went|told|spoke|took|tried|asked|wrote|made|set|gave|got|started|stopped|saw|found|kept|let|had|moved)\\b|if i (?:were|was) you',
      ],
      ['option', 'one option (?:is|would be|could be|might be) (?:to )?'],
      [
        'idea',
        "(?:it's|it is|it'd be|it would be|its) (?:a )?(?:good|great|smart|wise|sensible) idea to|it (?:might|may|could|would) be a good idea to",
      ],
      [
        'worth',
        "(?:(?:it )?(?:could|might|may|would) (?:also )?be |(?:it's|it is|its) (?:definitely |probably |really )?)?worth (?!(?:remembering|mentioning|noting|knowing|saying|bearing)\\b)(?:\\w+ing|a (?:go|try|shot|look)|an |some )",
      ],
      ['sure', 'make sure (?:you|u) |make sure to '],
      ['forget afraid', "(?:don't|do not|dont) (?:forget (?:to |you can )|be afraid to (?!reach out\\b))"],
      [
        'try',
        'try not to |(?:you|u) (?:could|can) (?:always |also )?try |(?:perhaps|maybe) try\\b|try (?!(?:calling|texting|ringing|messaging|phoning|doing|being|having|living|working|juggling|raising|running|looking after)\\b)\\w+ing\\b',
      ],
      [
        'reach',
        'reach out to (?:someone|somebody|a friend|friends|family|your (?:friends|family|people)|people|a loved one|loved ones)\\b',
      ],
      ['thing', 'one (?:thing|idea) (?:you could do|you can do|to try|that (?:might|may|could) help) is'],
      [
        'could',
        'could (?:you|u) (?:maybe|perhaps|possibly) \\w+|could (?:you|u) (?:(?:also|just) )?(?:try|talk to|speak to|treat|schedule|set up|take (?:a|some)|look into|get someone|go back to|ask (?:your|for|if)|let (?:your|them)|swap|switch|limit)\\b|(?:you|u) could (?:also )?(?:look into|ask|talk to|speak to|reach out|check|get|find|join|ring|call|contact)|is there any way (?:you|u) could',
      ],
      ['suggest', "i(?:'d| would) (?:also )?suggest (?:\\w+ing|not \\w+ing)"],
      [
        'help helps helpful useful beneficial',
        'would it help (?:to|if)|it (?:might|may|could|would) (?:also |really )?be (?:good|helpful|useful|beneficial)(?: [a-z]+){0,3}? to|(?:it )?(?:sometimes|often|really) helps to |you might find it helps',
      ],
      ['possible consider', 'is it possible to|would (?:you|u) consider'],
      [
        'want',
        '(?:you|u) (?:might|may) want to (?:look|check|ask|talk|try|find|call|ring|reach|see|get|speak|contact|join)',
      ],
      ['look', 'have a look (?:at|into)'],
      [
        "i'd id would",
        "i(?:'d|d| would) (?:def(?:initely)? |probably |honestly )?(?:look into|reach out to|talk to|speak to|ring|call|get (?:help|some|a|an|in touch)|ask (?:your|for|them|him|her)|apply|check (?:your|if|whether|with))\\b",
      ],
      [
        'maybe perhaps',
        '(?:perhaps|maybe) (?:let|suggest|pick|reach out|ask|set|start|talk|speak|have|give yourself|take|get|write|ring|book|look|find|join|keep|stop|go for)\\b',
      ],
      ['start step', 'start (?:with|by) (?:small|something|one|just)|a good first step (?:could|would|might|is)'],
    ] as const
  ).map(
    ([anchors, frame]): RuleSpec => ({
      anchors,
      pattern: `${FRAME_START}(?:${frame})`,
      onlyIn: TROUBLE,
      unlessAfter: LEISURE,
      unlessIn: ADVICE_ASKED_FOR,
    }),
  ),
  {
    anchors: 'helped go',
    pattern:
      '(?:helped me|worked for me)[^.?!\\n]{0,120}(?:you could|give it a go|might help you|worth a (?:go|try|shot))',
    onlyIn: TROUBLE,
  },
  {
    anchors: 'perhaps maybe',
    pattern:
      '(?:perhaps|maybe) (?:\\w+ing|a few|some|talking|speaking|reaching|ringing|seeing)\\b[^.?!\\n]{0,60}\\b(?:would|might|could) help\\b',
    onlyIn: TROUBLE,
  },
  // more of counsellors' advice in their own words (decision 220)
  {
    anchors: 'seek',
    pattern:
      '(?:^|[.!?,;]\\s*)(?:(?:please|so|maybe|perhaps|definitely|also|and|just) )*seek (?:(?:out|the|some|professional|proper|real) )*(?:help|support|advice|treatment)\\b',
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors: 'time',
    pattern:
      "(?:it's|it is|its) (?:high |about |really )?time (?:for you )?to (?:reach out|get (?:some )?help|seek|talk to (?:someone|somebody|a)|see (?:someone|somebody|a)|speak to (?:someone|somebody|a)|ask for help|look after yourself|put yourself first)",
  },
  {
    anchors: 'suggestion suggestions recommendation recommendations',
    pattern: '(?:my|our) (?:suggestion|recommendation)s? (?:to you )?(?:is|would be|are|will be)\\b',
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors: 'suggest recommend suggesting recommending',
    pattern:
      "i(?:'d| would)? (?:(?:strongly|highly|always|usually|often|generally) )(?:suggest|recommend)(?:ing)? (?:\\w+ing|an? |that |the |some )",
    unlessAfter: LEISURE,
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors:
      'therapy counselling counseling therapist counsellor counselor meditation mindfulness medication journaling exercise yoga group groups someone somebody professional help',
    pattern:
      '\\b(?:therapy|counsel+ing|a (?:therapist|counsel+or)|meditation|mindfulness|medication|journaling|exercise|yoga|support groups?|talking to (?:someone|somebody|a professional)|(?:beginning|starting|trying|seeing|getting) (?:therapy|counsel+ing|a therapist|a counsel+or|help)) (?:could|may|might|would) (?:really |also |definitely |greatly )?(?:be able to )?(?:help|assist|benefit|make a (?:big |real |huge )?difference|be (?:a )?(?:great|good|useful|helpful) (?:way|place|step|idea))',
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors: 'important key',
    pattern:
      "it(?:'s| is| would be| will be) (?:really |very |so |also )?(?:important|key|crucial|vital) (?:that you|for you to|to) (?!(?:remember|know|note|recogni[sz]e|understand|realise|realize|say|mention)\\b)[a-z]+",
    onlyIn: TROUBLE,
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors: 'might may probably definitely',
    pattern:
      '(?:you|u) (?:might|may|probably|definitely) need (?:some )?(?:professional )?(?:help|support|therapy|counsel+ing|to (?:talk|see|speak) to (?:someone|somebody|a))\\b',
  },
  {
    anchors: "can't cant couldn't",
    pattern: `(?:can't|cant|couldn't) (?:you|u) (?:just |simply )?(?:${FIX_VERB}|(?:use|try|ask|pass|put|call|add|take)\\b[^.?!\\n]{1,40}\\binstead)`,
    unlessAfter: LEISURE,
  },
  {
    anchors: 'practice practise practicing practising boundaries learn',
    pattern:
      '(?:^|[.!?,;]\\s*)(?:(?:please|so|maybe|perhaps|also|and|just|first|then|try to) )*(?:practi[cs]e (?:some )?(?:mindfulness|self-?care|self-?compassion|gratitude|breathing|deep breathing|meditation|relaxation|grounding|saying no)|set (?:some |clear |healthy |firm )?boundaries|learn (?:to|how to) (?:say no|let go|relax|cope|manage|set boundaries|accept|forgive|love yourself|be kind to yourself))\\b',
    unlessIn: ADVICE_ASKED_FOR,
  },
  {
    anchors: 'addressed discussed checked',
    pattern:
      '(?:addressed|discussed|checked(?: out)?|looked at|assessed) (?:with|by) (?:a |an |your )(?:(?:primary care|family|local)\\s)?(?:doctor|physician|gp|therapist|counsel+or|professional|specialist)',
  },
];
