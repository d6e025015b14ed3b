// phrase rules for minimizing: brushing feelings aside

import type { RuleSpec } from '../../matcher.ts';
import { unlessWarm, YOU_THINK_YOURS_WAS_BAD } from '../vocabulary.ts';

export const MINIMIZING_RULES: readonly RuleSpec[] = [
  {
    anchors: 'big bad worth just only end head minor nothing silly',
    pattern:
      "(?:it's|that's|it is|that is|this is) (?:not (?:a|that) big (?:of a )?deal|no big deal|not that bad|not worth (?:getting upset|being upset|crying|stressing|worrying)|just (?:a|one) (?:bad day|job|test|exam|thing|game|phase|silly)|only (?:a|one) (?:job|test|day|game)|not the end of the world|all in your head|so minor|nothing to (?:cry|worry|get upset|be upset|stress) about|silly to (?:worry|cry|be upset))",
    unlessAfter:
      "(?:,? ?(?:if|for me|to me|i'll|i will|we can|honestly,? i|at all,? (?:i|we)|but (?:we|i|the|can|could|you)))",
  },
  {
    anchors: 'calm',
    pattern: 'calm (?:down|tf down|the (?:f|fuck|hell|heck) down)',
    unlessAfter: '(?:is|was|by|song|playlist|about)',
    unlessBefore: '(?:needs? to|has to|had to|should|told (?:me|him|her|us) to)',
  },
  {
    anchors: 'relax chill',
    pattern: '(?:^|[.!?,]\\s*)(?:just )?(?:relax|chill(?: out)?)(?= *(?:[.!?,\\n]|$|it|you))',
    unlessAfter: "[^.!?\\n]{0,30}(?:i've got|i got|i'll|i will|i'm on it)",
  },
  {
    anchors: 'stop',
    pattern:
      'stop (?:worrying|overreacting|being (?:so )?(?:dramatic|sensitive|emotional|negative|a baby|silly)|stressing|crying|complaining|making (?:a big deal|such a big deal|a fuss|such a fuss|it a big deal|a scene)|overthinking|moaning|whining)',
    unlessAfter: 'about (?:me|the|my|our|that|this)\\b',
  },
  {
    anchors: 'overreacting dramatic sensitive oversensitive over making overthinking emotional hysterical paranoid',
    pattern:
      '{YOURE} (?:just |so |being |way |totally )*(?:overreacting|dramatic|too sensitive|so sensitive|oversensitive|over-sensitive|making (?:a big deal|a mountain|a fuss|it a big deal)|overthinking(?: it)?|too emotional|hysterical|paranoid)',
    negatable: true,
  },
  {
    anchors: "don't dont",
    pattern: "don't be (?:so )?(?:dramatic|sensitive|silly|upset|sad|like that|a baby|ridiculous)",
  },
  { anchors: 'over', pattern: "(?:just )?get over it|you'll get over it|move on already" },
  { anchors: 'worse', pattern: '(?:it|things) could (?:be|have been) (?:so much |much |a lot )?worse' },
  {
    anchors: 'least',
    pattern: "at least (?:you|your|it's (?:only|just|not)|they|nobody|no one|you've|you're|you have)",
    unlessAfter:
      "(?:(?:got|made|tried|are trying|will|'ll)? *(?:home|it) safe|(?:'re|are) (?:home|safe|here|back)|[^.?\\n]{0,40}(?:that's (?:ace|great|something|nice|brilliant|good)|!))",
  },
  { anchors: 'bright', pattern: '(?:look on|see|focus on) the bright side' },
  { anchors: 'reason', pattern: 'everything happens for a reason' },
  { anchors: 'worse', pattern: '(?:other|some) people have it (?:way |much |so much )?worse' },
  { anchors: 'cheer lighten', pattern: '(?:cheer|lighten) up(?! (?:the|my|his|her|our) )' },
  { anchors: 'worry think', pattern: 'you (?:worry|think|stress) (?:way |far )?too much' },
  {
    anchors: 'just only',
    pattern: "(?:it's|its|it is) (?:just|only) (?:work|a job|school|money|a game|a test|stress|a bad week)",
  },
  {
    anchors: 'fine',
    pattern: "you(?:'re| are|'ll be) (?:totally |absolutely )?fine(?:,|\\.|!| honestly| stop| trust me| relax)",
  },
  { anchors: 'over', pattern: "you(?:'re| are) (?:still )?not over (?:that|it|this) (?:yet|already)" },
  { anchors: 'everyone everybody', pattern: '(?:everyone|everybody) (?:gets|feels|has|goes through)' },
  {
    anchors: 'normal',
    pattern:
      "(?:it's|that's|it is) (?:totally |completely |perfectly )?normal(?= *(?:[.!\\n]|$|,? (?:everyone|relax|don't|stop)))",
  },
  {
    anchors: 'literally just only',
    pattern:
      "(?:it's|its|it is|that's|that was) (?:literally |only |just )+(?:one|a|an) (?:exam|test|job|day|game|joke|comment|week|interview|email|meeting|text|thing|argument)",
  },
  {
    anchors: 'bigger thing',
    pattern:
      '(?:making|turning) (?:this|it|that) (?:into )?(?:a )?(?:much |way )?(?:bigger|a big) (?:thing|deal)(?: than it is)?',
  },
  { anchors: 'shake', pattern: 'shake it off' },
  { anchors: 'joke', pattern: '(?:it was|was) only (?:a|one) joke|(?:it was )?just (?:a|one) joke' },
  { anchors: 'relax chill', pattern: '(?:,|\\.)\\s*(?:relax|chill)(?= *(?:[.!?\\n]|$))' },
  {
    anchors: 'tired',
    pattern: "you(?:'re| are) just (?:tired|hungry|stressed|hormonal|in a mood|being silly)(?:,? that's all)?",
  },
  { anchors: 'harder', pattern: '(?:other|some) people have it (?:way |much |so much |a lot )?(?:harder|tougher)' },
  { anchors: 'died', pattern: "(?:it's not like|not like) (?:anyone|someone|somebody) died" },
  { anchors: 'feel better', pattern: "and you(?:'ll| will) feel (?:better|fine)" },
  {
    anchors: 'worrying',
    pattern: '(?:^|[.!?,]\\s*)(?:just )?(?:stop|quit) worrying',
    unlessAfter: 'about (?:me|the|my|our|that|this)\\b',
  },
  { anchors: 'serious', pattern: "(?:it's|its|it is|that's) not that (?:serious|deep|bad|big)" },
  { anchors: 'blow', pattern: "(?:it'll|it will) (?:all )?blow over" },
  { anchors: 'sweat', pattern: "(?:don't|dont|no need to) sweat it" },
  { anchors: 'kill', pattern: 'would kill for your (?:problems|life|job)' },
  { anchors: 'smile frown', pattern: '(?:^|[.!?,]\\s*)smile[!.]|turn that frown' },
  { anchors: 'nothing', pattern: "(?:this|it|that)(?:'s| is) nothing(?= *(?:[.!,\\n]|$|really|compared))" },
  { anchors: 'cry', pattern: 'no need to cry' },
  { anchors: 'hardly', pattern: "(?:it's|that's) hardly (?:the end of the world|a big deal|a disaster)" },
  { anchors: 'hormones', pattern: '(?:probably |just )?(?:hormones|your hormones|that time of the month)' },
  { anchors: 'easy', pattern: "you(?:'ve| have)? got it easy" },
  { anchors: 'fine', pattern: "(?:^|[.!?,]\\s*)(?:you're|you are) fine(?= *(?:[.!\\n]|$|lol|haha|honestly|babe))" },
  { anchors: 'reading', pattern: "(?:you're|you are) reading (?:way |far )?too much into" },
  { anchors: 'bad', pattern: "(?:it )?wasn't (?:that|even that|so) bad" },
  { anchors: 'world', pattern: 'first world problems?' },
  {
    anchors: 'stress',
    pattern: "(?:^|[.!?,]\\s*)(?:don't|dont) (?:stress|worry|fret)(?= *(?:[.!,\\n]|$|babe|hun|love|x|about it))",
  },
  { anchors: 'just', pattern: "(?:it's|its) just a (?:cold|scratch|bruise|headache|phase|joke|comment)" },
  { anchors: 'breaths breath', pattern: "deep breaths?,? it's (?:nothing|fine)" },
  { anchors: 'head', pattern: 'put it out of your head' },
  { anchors: 'dust', pattern: 'dust yourself off|get on with it' },
  { anchors: 'remember', pattern: "you won't even remember (?:it|this)" },
  { anchors: 'cares', pattern: 'who cares what' },
  { anchors: 'moping', pattern: 'stop moping' },
  // general forms from everyday fights: a feeling called a fuss "over nothing", "you'll live"
  {
    anchors: 'nothing',
    pattern:
      '(?:fuss|drama|deal|scene|song and dance|upset(?:ting)?(?: yourself)?|worked up|wound up|stress(?:ing|ed)?|spiral+ing|panick(?:ing|ed)|freaking out|crying|sulking|overreacting|worrying|fretting|kicking off|moaning|whining|bent out of shape) (?:over|about|out of) nothing\\b',
    unlessBefore:
      "(?:i(?:'m| am| was)|i've been|we(?:'re| are| were)|(?:he|she|they)(?:'s|'re| is| are| was| were)?)[^.?!\\n]{0,20}",
  },
  {
    anchors: 'live',
    pattern: "(?:^|[.!?,]\\s*)(?:oh,? |meh,? )?(?:you'll|you will) live(?= *(?:[.!?,\\n]|$|lol|mate|babe))",
  },
  // general forms: an apology for their reaction ("sorry if you were offended"), a fear asked away
  {
    anchors: 'sorry',
    pattern:
      'sorry (?:if|that) (?:you|u) (?:felt|feel|were|got|are|was) (?:so |a bit |at all )?(?:hurt|offended|upset|bothered|put out|that way|like that)|sorry (?:that )?(?:you|u) took it (?:the wrong way|that way|like that|badly|so badly|personally)',
  },
  {
    anchors: "what's whats",
    pattern:
      "what(?:'s| is) there to (?:be |get )?(?:nervous|scared|worried|anxious|upset|afraid|sad|stressed|worry|cry|stress|fret) (?:about|of|over)",
  },
  // general forms: an apology used to close the matter, "can't you take a joke", "don't make it a thing"
  {
    anchors: 'sorry apologised apologized',
    pattern:
      "i(?:'ve| have)? (?:already |just )?(?:said sorry|apologi[sz]ed)(?: (?:already|twice|three times|a hundred times|like \\w+ times))?[.,!]* (?:what (?:more|else) do (?:you|u) want|can we (?:just )?(?:move on|drop it|leave it)|(?:so )?(?:get over it|drop it|let it go|move on))",
  },
  {
    anchors: 'joke',
    pattern:
      "(?:can't|cannot|can not) (?:you|u) (?:even |just )?take a joke|(?:you|u) (?:can't|cannot) (?:even |just )?take a joke",
  },
  {
    anchors: 'thing something',
    pattern:
      "(?:don't|do not|dont) make (?:it|this|that) (?:a thing|into a thing|a whole thing|a big thing)|(?:making|turning) (?:it|this|that) into something it (?:isn't|is not|wasn't|was not)",
  },
  // one-upping asked as a question: "you think your week was bad? I've had…"
  {
    anchors: 'think',
    pattern: `(?:^|[.!?]\\s*)(?:oh,? |so,? )?${YOU_THINK_YOURS_WAS_BAD}\\?\\s*(?:i(?:'ve| have| had)|try\\b|imagine\\b)`,
  },
  // the same brush-off asked as a question: "aren't you being a bit dramatic?", "are we overreacting here?" (decision 218)
  ...unlessWarm([
    {
      anchors: 'dramatic overdramatic sensitive oversensitive paranoid hysterical precious overreacting',
      pattern:
        "(?:aren't|are|r) (?:you|u|we) (?:just )?(?:being )?(?:(?:a bit|a little|a tad|rather|slightly|so|too|kind of|a little bit) )?(?:dramatic|overdramatic|over the top|sensitive|oversensitive|paranoid|hysterical|precious|overreacting)\\b(?! about\\b)",
    },
  ]),
];
