// phrase rules for guilt: making them responsible for the sender's hurt

import type { RuleSpec } from '../../matcher.ts';
import { YOU_THINK_YOURS_WAS_BAD } from '../vocabulary.ts';

export const GUILT_RULES: readonly RuleSpec[] = [
  {
    anchors: 'after',
    pattern:
      "after (?:everything|all)(?: that)? (?:i(?:'ve| have)? (?:done|given|sacrificed|been through|did|do|gave|put up with)|we(?:'ve| have) been through|i went through|i(?:'ve| have))",
  },
  {
    anchors: 'important priority worth enough',
    pattern:
      "i(?:'m| am) (?:clearly |obviously |just |really )?(?:not|never) (?:very |that |as |even )?(?:important|a priority|your priority|worth (?:it|your time|the effort)|enough|good enough|special)(?: (?:to|for) you)?",
    unlessBefore: '(?:feel like|worry that|scared that|afraid that|sometimes)',
    unlessAfter: '(?:for (?:this|the|that) (?:job|team|role)|at (?:cooking|this))',
  },
  {
    anchors: 'matter mean',
    pattern:
      "i (?:guess |clearly |obviously )?(?:don't|do not) (?:matter|mean anything|count)(?: (?:to you|anymore|at all))?",
    unlessBefore: '(?:feel like|worry|scared|afraid|sometimes)',
  },
  {
    anchors: 'everything much',
    pattern:
      "(?:i|i've) (?:gave|given|sacrificed|done|did|do) (?:up )?(?:everything|so much|all of this|all this) for you",
  },
  {
    anchors: 'appreciate',
    pattern: "you (?:don't|never|do not) (?:even )?appreciate (?:me|anything|what i|all i|everything i)",
  },
  {
    anchors: 'one',
    pattern:
      "i(?:'m| am) (?:always )?the (?:only )?one (?:who|that|to) (?:tries|try|makes|puts|does|reaches|texts|calls|cares|is trying|has to)",
  },
  {
    anchors: 'know',
    pattern:
      '(?:do you (?:even )?know|you know|have you any idea|do you have any idea) how (?:much|hard|long|many) (?:i|this)',
  },
  {
    anchors: 'made make',
    pattern:
      "you (?:made|make|are making|'re making) me (?:cry|sad|feel (?:like )?(?:shit|crap|terrible|awful|worthless|unwanted|invisible|stupid|alone|like nothing|like an idiot|like a fool))",
  },
  {
    anchors: 'cried sleep slept eat eaten',
    pattern:
      "i (?:cried|couldn't sleep|haven't slept|didn't sleep|haven't eaten|can't eat|can't sleep|barely slept)[^.?!\\n]{0,30}(?:because of you|over you|all night|waiting|thanks to you)",
  },
  {
    anchors: 'waited',
    pattern:
      'i (?:waited|was waiting|sat waiting|stayed up) (?:all (?:day|night|evening)|for hours|up all night|by the phone)',
  },
  {
    anchors: 'sit alone',
    pattern: "i(?:'ll| will) just (?:sit here|be alone|wait here|stay home)(?: (?:alone|then|by myself))?",
  },
  {
    anchors: 'bothering stop',
    pattern:
      "i(?:'ll| will) (?:just )?stop bothering you|sorry (?:for|to) (?:existing|caring|bothering you|being a burden|being alive|wanting to see you)",
  },
  { anchors: 'nobody cares', pattern: '(?:nobody|no one) (?:cares|gives a) (?:about me|what i)' },
  { anchors: 'happy', pattern: "(?:i hope|hope) you(?:'re| are) happy(?: now)?(?= *(?:[.!?\\n]|$|with yourself))" },
  { anchors: 'do', pattern: 'i do (?:everything|so much|all of this) for you' },
  { anchors: 'worry', pattern: "don't (?:you )?worry about me(?:,| then|\\.|,? i'll)" },
  { anchors: 'must', pattern: '(?:must be|it must be) nice (?:to|having|being)' },
  { anchors: 'wish', pattern: 'i wish i (?:meant|mattered) (?:as much|that much|more)' },
  { anchors: 'priority', pattern: 'never (?:your|a) priority' },
  { anchors: 'care', pattern: "(?:and )?you (?:don't|do not) (?:even )?seem to care" },
  {
    anchors: 'mind',
    pattern: "(?:don't|dont|never) mind me",
    unlessBefore: 'if (?:you|ya|u)',
    unlessAfter: ',? (?:just (?!be |sit|wait|talk)[a-z]+ing|asking|saying|interrupting)',
  },
  { anchors: 'used', pattern: "i(?:'m| am) used to (?:being|it|this)" },
  {
    anchors: 'know',
    pattern: 'you know how (?:anxious|upset|worried|sad|hurt|much|insecure|stressed) i (?:get|feel|am)',
  },
  {
    anchors: 'alone',
    pattern: "i(?:'ll| will) (?:just )?(?:eat|sit|go|stay|be|sleep|watch)[^.?!\\n]{0,30}(?:alone|on my own|by myself)",
  },
  { anchors: 'gave', pattern: 'i (?:gave up|sacrificed|cancelled|turned down|moved|left) [^.?!\\n]{0,40} for you' },
  { anchors: 'moved', pattern: 'i moved (?:across|all the way|here|countries|cities)[^.?!\\n]{0,30}for you' },
  { anchors: 'even', pattern: 'i even (?:bought|cooked|made|cleaned|booked|got|drove|took)' },
  { anchors: 'notice', pattern: "not that you(?:'d| would)? (?:notice|care|know)" },
  { anchors: 'priority', pattern: '(?:the )?last (?:priority|on your list)' },
  { anchors: 'embarrassing humiliating', pattern: "(?:it's|it is|so) (?:embarrassing|humiliating) for me" },
  { anchors: 'rank', pattern: 'i rank below' },
  { anchors: 'feel', pattern: 'thanks for making me feel (?:like )?(?:nothing|shit|invisible|stupid|worthless)' },
  { anchors: 'find', pattern: 'i had to find out from' },
  {
    anchors: 'burden',
    pattern: "(?:i'm|i am) (?:obviously |just |clearly )?(?:a burden|in the way|an inconvenience)",
  },
  { anchors: 'loser', pattern: 'like a (?:loser|idiot|fool|saddo)(?: then)?' },
  { anchors: 'point', pattern: "(?:what's|whats|what is) the point (?:of anything|of me|of trying)" },
  { anchors: 'off', pattern: '(?:better|be) off without me' },
  { anchors: 'myself', pattern: "(?:i don't know )?what i(?:'ll| will| might) do to myself" },
  { anchors: 'effort exhausted', pattern: "and i(?:'m| am) (?:exhausted|tired|drained)(?= *(?:[.!\\n]|$))" },
  { anchors: 'lucky', pattern: "i(?:'m| am) lucky if i get" },
  { anchors: 'used', pattern: "i(?:'m| am) used to (?:being|coming|it|eating|sleeping|doing|waiting)" },
  {
    anchors: 'manage cope survive',
    pattern:
      "i(?:'ll| will) (?:manage|cope|be fine|survive|sort it)(?: on my own| by myself| alone)?,? (?:like always|as usual|again)",
  },
  {
    anchors: 'matter matters',
    pattern: "not that (?:it|i|my feelings?|this) (?:matters?|counts?)|(?:it's )?not like i (?:matter|count)",
  },
  {
    anchors: 'worth',
    pattern:
      "(?:i'm|i am|i was) (?:just |obviously |clearly )?(?:not )?(?:even )?worth (?:a reply|your time|five seconds|the effort|a text|a call|it to you)|decided i'm worth",
  },
  {
    anchors: 'made',
    pattern:
      "you(?:'ve| have)? made me feel (?:completely |so |really )?(?:worthless|stupid|small|invisible|unwanted|unloved|like)",
  },
  { anchors: 'breaking', pattern: "you(?:'re| are) breaking (?:me|my heart)" },
  {
    anchors: 'eat sleep focus lost ill blood health',
    pattern:
      "(?:i can't (?:eat|sleep|focus|breathe|stop crying|function)|i(?:'ve)? lost (?:weight|sleep|half a stone)|i(?:'m| am) making myself ill|my (?:blood pressure|health|anxiety)[^.?!\\n]{0,30}because of you)",
  },
  { anchors: 'gave', pattern: 'i gave you (?:the best|everything|my (?:life|youth|best))' },
  {
    anchors: 'only',
    pattern: "i(?:'m| am) the only one (?:in this |here )?(?:who|that) (?:still )?(?:cares|tries|tries|bothers|makes)",
  },
  {
    anchors: 'list afterthought second',
    pattern: '(?:bottom|last) (?:of|on) your list|an afterthought|second (?:best|place|fiddle)',
  },
  { anchors: 'nobody else', pattern: "i(?:'ve| have)? got nobody else|i have no one else" },
  { anchors: 'way', pattern: 'way to make me feel' },
  { anchors: 'breaking', pattern: 'you are breaking me' },
  // general forms: the sender's sacrifice or pain laid at their door, the sender's place in their eyes (rule 30)
  {
    anchors: 'gave given cancelled canceled moved left leave put skipped sacrificed dropped turned',
    pattern:
      "i(?:'ve| have)? (?:gave up|given up|cancell?ed|moved (?:across|countries|here|away|out|the whole|half)|left my|leave my|put my (?:career|life|job|dreams|plans)|skipped|sacrificed|dropped everything|turned down)\\b[^.?!\\n]{0,60}(?:for (?:you|this family|us|this)\\b|to be (?:here|with you)|and (?:you|now you|this is))",
  },
  {
    anchors: 'spent waited wait stayed',
    pattern:
      "i(?:'ve| have)? (?:spent|waited|wait up|waited up|stay(?:ed)? (?:in|up))[^.?!\\n]{0,50}(?:waiting for you|and you (?:didn't|don't|can't|couldn't|haven't|never|still|are|'re|just))",
  },
  {
    anchors: 'option backup last used priority worth enough only one matter',
    pattern:
      "i(?:'m| am) (?:just |only |clearly |obviously )?(?:an option|your backup|used to coming last|not (?:your|a) priority|not worth|not (?:fun|good|pretty|interesting|exciting) enough|the only one (?:who|that)|the one (?:holding|doing|who (?:does|has to|keeps)))|i (?:don't|do not) (?:really )?matter|(?:matter|matters|come|comes) (?:more than|before) me\\b",
  },
  {
    anchors: 'stand special',
    pattern: '(?:nice|good|great) to know where i stand|(?:meant|mean) more to you than that|special to you',
  },
  {
    anchors: 'because thanks through broken broke small crying wreck bits falling stupid kills lonely anxious',
    pattern:
      "(?:because of you|thanks to you),? i\\b|(?:what|how much) you(?:'ve| have) put me through|you(?:'ve| have) (?:broken|broke) my heart|made me feel (?:this |so )?(?:small|like (?:a fool|an idiot|nothing|dirt|rubbish))|i(?:'ve| have)? been (?:crying|a wreck|in bits|falling apart)|i(?:'m| am) falling apart|i feel (?:so )?stupid for (?:believing|trusting|thinking)|i was stupid enough to|it kills me that you|how lonely it is|you know i get (?:anxious|upset|scared|worried)",
  },
  { anchors: 'given years', pattern: "i(?:'ve| have) given you (?:the best years|everything|my life)" },
  {
    anchors: 'sacrificed done given',
    pattern:
      "(?:know|realise|realize|have any idea) (?:how much|what) i(?:'ve| have) (?:sacrificed|given up|done for you)",
  },
  {
    anchors: "i'll without",
    pattern:
      "guess i'll (?:just )?(?:eat|sit|stay|go|do it|be)[^.?!\\n]{0,30}(?:alone|myself|on my own|again)|i'll just (?:sit|do it myself|wait|be)[^.?!\\n]{0,40}(?:like always|as usual|again|by myself|on my own|alone)|have (?:fun|a good time|a great time) without me",
  },
  // general forms: the sender's place at the end of their list ("so I'm last on the list again")
  {
    anchors: 'last bottom',
    pattern:
      "i(?:'m| am) (?:always |just |clearly |obviously |still )?(?:last|bottom|at the bottom) (?:on|of) the (?:list|pile)",
  },
  // general forms: the sender's feelings or needs said not to count, their misery laid on them
  {
    anchors: 'count matter',
    pattern:
      "my (?:feelings|needs|opinions?|wants|happiness|plans|time) (?:clearly |obviously |just |apparently )?(?:don't|doesn't|do not|does not|never|no longer) (?:count|matter)",
    negatable: true,
  },
  {
    anchors: 'made make',
    pattern:
      "you(?:'ve| have)? (?:made|make) me (?:so |really |feel |feel so |this )?(?:miserable|unhappy|lonely|anxious|depressed|ill|sick with worry|cry|hate myself)\\b",
    unlessAfter: '[^.?!\\n]{0,30}(?:laugh|happy|😂|🤣|lol|haha|in a good way|❤)',
  },
  {
    anchors: 'bother everything',
    pattern:
      "why do i (?:even |still )?bother|i(?:'m| am)? (?:do|doing) (?:literally |absolutely |just )?everything (?:around here|in this house|for this (?:family|house)|myself|by myself|on my own)",
  },
  // general forms: the sender's toil unseen ("not that anyone noticed"), nobody looking after the sender, the
  // sender unseen at home ("I'm invisible in this house", "just furniture to you")
  {
    anchors: 'noticed notices notice',
    pattern: 'not that (?:anyone|anybody|any of you)(?: even)? (?:noticed|notices|would notice|will notice)',
  },
  {
    anchors: 'looks takes checks thinks asks',
    pattern:
      '(?:nobody|no one|no-one) (?:ever |even )?(?:looks after|takes care of|checks on|thinks (?:of|about)|asks (?:about|after|how)) me\\b',
  },
  {
    anchors: 'invisible ghost furniture lodger help maid servant housemate flatmate cleaner',
    pattern:
      "(?:i(?:'m| am)|i feel|i(?:'ve| have) become|i feel like) (?:completely |totally |just |basically |so |like )*(?:invisible|a ghost|furniture|a piece of furniture|a lodger|the help|a maid|a servant|a housemate|a flatmate|a cleaner)\\b",
    unlessBefore: '(?:acts?|acting|treats? me|treating me|looks? at me|behaves?|behaving) like',
    unlessAfter: ' (?:to|at|on) (?!(?:you|u)\\b)',
  },
  // one-upping with the sender's own hardship laid out: "oh, you're tired? I've done three nights"
  {
    anchors: 'think tired exhausted stressed busy knackered shattered',
    pattern: `(?:${YOU_THINK_YOURS_WAS_BAD}|(?:you're|you are|ur) (?:tired|exhausted|stressed|busy|knackered|shattered))\\?\\s*(?:i(?:'ve| have| had) (?:been |done |had |worked |got )|try (?:a|doing|working|being)\\b)`,
  },
];
