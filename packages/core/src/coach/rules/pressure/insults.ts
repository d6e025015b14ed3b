// phrase rules for contempt: names, scorn and wishes of harm in the many forms real people use

import type { RuleSpec } from '../../matcher.ts';
import { FOND_AFTER, INSULT_ADJECTIVE, INSULT_NOUN, INSULT_NOUN_ANCHORS, unlessWarm } from '../vocabulary.ts';

/** a word between "you're a" and a name, that is neither a pronoun, an article nor a little word that links a clause */
const PLAIN_WORD =
  '(?!(?:to|with|at|about|from|for|of|and|or|like|that|this|these|those|my|his|her|their|our|them|him|me|is|was|were|are|be|been|a|an|the|in|on|by|if|when|what|who)\\b)[a-z][a-z-]*';

/** a swear word or a word shaped like an adjective, between a bare "you" and a name ("you big dummy") */
const SWEAR_OR_ADJECTIVE =
  '(?:fucking|fuckin|fricking|freaking|friggin|god|damn|goddamn|damned|bloody|absolute|complete|total|utter|little|big|fat|old|dirty|sad|sorry|stupid|dumb|ignorant|pathetic|weak|lazy|dense|thick|petty|vile|evil|sick|(?!(?:killed|called|met|dated|married|fought|blocked|reported|banned|hated|loved|liked|followed|trusted|defended|helped|hired|invited|voted|elected|supported|backed|mentioned|quoted|punched|attacked|caught|fired|beating|killing|calling|dating|fighting|blocking|reporting|banning|hating|loving|following|helping|meeting|marrying|seeing)\\b)[a-z]+(?:ed|ing|ic|ish|ous|ful|less|al|y|ive|ant|ent))';

/** a word that scorns someone, before "person", "human being" or "creature" (a word that blames is accusation) */
const SCORNFUL_TRAIT =
  '(?:vile|disgusting|pathetic|shitty|crappy|hideous|ugly|stupid|dumb|ignorant|gullible|annoying|obnoxious|insufferable|useless|worthless|repulsive|lame|creepy|asinine|garbage|trash|shit)';

/** insults, scorn and wishes of harm as real people write them, in Reddit replies and in couples' chats (decision 220) */
export const INSULT_RULES: readonly RuleSpec[] = [
  // general forms of an insult aimed at the reader, as real people write them (decision 220)
  {
    anchors: INSULT_NOUN_ANCHORS,
    pattern: `(?:(?:you(?:'re| are| were)|ur|(?:you|u) (?:really |just |clearly |obviously )?(?:may|might|must|could|would) (?:just |really |actually )?be|(?:you|u) (?:just |really )?(?:sound|look|act|seem|behave)s? like)(?: (?:just|really|such|literally|actually|honestly|clearly|obviously|basically|truly|nothing but|no better than|being)){0,2} (?:a|an|the|such an?)(?: ${PLAIN_WORD}){0,3} ${INSULT_NOUN}\\b)`,
    negatable: true,
    unlessBefore: "(?:i'm|i am|i was|i feel like|i've been|me|thank|thanks|love|like|than)",
    unlessAfter: FOND_AFTER,
  },
  // the reader called a name ("you fucking moron", "you dumb ass"): a "not" before it does not take it back
  {
    anchors: INSULT_NOUN_ANCHORS,
    pattern: `(?:you|u)(?: ${SWEAR_OR_ADJECTIVE}){0,4} ${INSULT_NOUN}\\b(?=\\s*(?:[.!?,;:)\\n]|$|who\\b|like\\b|and\\b))`,
    unlessBefore:
      "(?:i'm|i am|i was|i feel like|i've been|me|thank|thanks|love|like|than|are|were|do|did|will|would|can|could|have|when|if|what|who)",
    unlessAfter: FOND_AFTER,
  },
  {
    anchors: INSULT_NOUN_ANCHORS,
    pattern: `${INSULT_NOUN} like (?:you|u|yourself)\\b`,
    unlessAfter: FOND_AFTER,
  },
  {
    anchors: 'cares gives',
    pattern:
      '(?:^|[.!?,]\\s*)(?:(?:lol|honestly|like|ok|okay|well|so|yeah|ugh),? )?who (?:even |really |actually )?(?:cares|gives a (?:shit|fuck|damn|toss|crap|flying fuck))(?= *[.!?]*\\s*$)',
  },
  {
    anchors: 'fucking fuckin fucken mind alone real serious outta gtfoh',
    pattern:
      "(?:can|could) (?:you|u) (?:fucking|fuckin|fucken|just) not\\b(?= *[.!?]*\\s*$)|do (?:you|u) (?:fucking|fuckin|fucken) mind|leave (?:me|him|her|them|\\[name\\]|it|us) the (?:fuck|hell|heck) alone|(?:you|u) (?:can't|cannot|can not) be serious|get (?:the fuck )?outta here|gtfoh",
    unlessAfter: '[^\\n]{0,40}(?:😂|🤣|😍|haha|lol|omg|congrat|amazing|!!!)',
  },
  {
    anchors: 'sense clue idea lack understand grasp comprehend read',
    pattern:
      "(?:you|u) make (?:less than |absolutely )?(?:zero|no|no fucking|not one bit of) sense|(?:you|u) (?:obviously|clearly|really) (?:have|got) no (?:\\w+ )?(?:clue|idea)|(?:you|u) (?:have|got) no (?:fucking|fuckin|damn|bloody|goddamn) (?:clue|idea)|(?:you|u) (?:clearly |obviously )?lack (?:any |basic |the most basic |even basic )?(?:common sense|intelligence|self-awareness|brains|a brain|critical thinking|reading comprehension)|(?:you|u) can't even (?:understand|read|grasp|comprehend|spell|follow) (?:a |such |the |this |that |simple |basic |my )",
  },
  {
    anchors: 'bullshit shit crap nonsense rubbish',
    pattern:
      "(?:stop|quit) (?:talking|spouting|spewing|chatting) (?:bullshit|shit|crap|nonsense|rubbish)|(?:you(?:'re| are)|ur) (?:just |so )?(?:talking|spouting|spewing|full of) (?:bullshit|shit|crap|nonsense|rubbish)",
  },
  {
    anchors: 'hell wall basement job adults book pal buddy mate',
    pattern:
      "(?:a )?special place in hell for (?:you|u|people like you)|(?:your|ur) (?:mom|mum|mother|mam)'?s basement|(?:it's|it is|its) not my job to (?:educate|teach|explain (?:it )?to) (?:you|u)|let the (?:adults|grown-?ups) (?:talk|speak)|i (?:ain't|am not|'m not) your (?:pal|buddy|mate|friend),? (?:buddy|pal|mate|friend)",
  },
  // wishing them gone or dead is contempt whatever laugh goes with it (the safety check reads it too)
  {
    anchors: 'likes loves wants die rot burn choke drop crash drown stand kys yourself',
    pattern:
      "(?:nobody|no one|no-one) (?:likes|loves|wants|cares about) (?:you|u)(?! (?:more|as much|like i do)\\b)|i (?:hope|wish) (?:you|u) (?:die|rot|burn|choke|drop dead|crash|drown|get (?:hit by|cancer|run over|killed))|(?:^|[.!?,]\\s*)(?:just |go )?drop dead\\b|(?:he|she|they|everyone|nobody|no one|even (?:he|she|they|(?:your |my |our )?\\w+)) can(?:'t|not) stand (?:you|u)\\b|(?:go |just )?(?:kill|hang|off) yourself|\\bkys\\b",
  },
  // more of what real people say to wound (decision 220): "you're a vile person", "how stupid are you?"
  ...unlessWarm([
    {
      anchors: 'person human people creature individual specimen soul excuse',
      pattern: `(?:you(?:'re| are| were)|ur|you)(?: both| all| such)?(?: (?:a|an|the|so|really|truly|just|honestly|literally|most|absolute|complete|total|utter))* (?:${SCORNFUL_TRAIT}(?:,? (?:and )?|\\s+))+(?:person|human(?: being)?|humans|people|creature|individual|specimen|soul|excuse for an? \\w+)\\b`,
      negatable: true,
      unlessBefore: "(?:i'm|i am|i was|i feel like|like|than)",
    },
    {
      anchors: 'how',
      pattern: `how (?:can|could) (?:you|u) be (?:so|this|that) ${INSULT_ADJECTIVE}|how ${INSULT_ADJECTIVE} (?:are|can|could) (?:you|u)\\b`,
    },
    {
      anchors: 'iq life reason wonder fool',
      pattern:
        "(?:you|u) (?:seem to |must |clearly |obviously )?have (?:a |an )?(?:very |really |such a |extremely )?low iq|(?:you|u) (?:have|got) no life\\b|no wonder (?:you(?:'re| are)|ur) (?:alone|single|lonely|unemployed)|making a fool (?:out )?of yourself",
    },
    {
      anchors: 'bother bothered even who know',
      pattern:
        "(?:have|did) (?:you|u) (?:ever )?(?:even )?bother(?:ed)? to (?:read|look|check|listen|think)|who (?:even|tf|the hell|the fuck) are (?:you|u)\\b|(?:you|u) (?:even |clearly |obviously |really )?(?:don't|do not|dont) (?:even )?know what (?:you(?:'re| are)|ur|you) (?:even )?(?:talking about|saying)",
    },
    {
      anchors: 'hell fuck heck world',
      pattern:
        'what in the (?:hell|world|fuck) are (?:you|u) (?:even )?(?:talking|on) about|what the (?:hell|fuck|heck) did (?:you|u) just (?:say|type|write)',
    },
    {
      anchors: 'shut hell fuck',
      pattern: 'shut (?:your|ur) (?:pie ?hole|mouth|trap|gob|face|cake ?hole)|get the (?:hell|fuck|heck) out\\b',
    },
    {
      anchors: 'quit stop',
      pattern: `(?:quit|stop) being (?:a |such a |so )?(?:crybaby|baby|big baby|child|princess|snowflake|pussy|little bitch|${INSULT_NOUN})\\b`,
    },
    {
      anchors: 'stupid dumb dense thick',
      pattern: '(?:no one|nobody|noone|no-one) (?:is|could be|can be) (?:that|this) (?:stupid|dumb|dense|thick)',
    },
    {
      anchors: 'see realise realize notice',
      pattern:
        '(?:see|realise|realize|notice) how (?:racist|sexist|selfish|petty|rude|ridiculous|pathetic|stupid|dumb|ignorant|arrogant|entitled|annoying) (?:you|u) (?:are|sound|look|seem)',
    },
    {
      anchors: 'logic argument reasoning thinking',
      pattern:
        '(?:your|ur) (?:logic|argument|reasoning|thinking) is (?:\\w+ )?(?:messed up|fucked(?: up)?|broken|flawed|twisted|backwards|garbage|trash|laughable)',
    },
    {
      anchors: 'imagine parties found bright smart clever intelligent iq brain brains intelligence',
      pattern: `(?:^|[.!?]\\s*)imagine (?:being|thinking|believing) (?:so|this|that|such an?) (?:${INSULT_ADJECTIVE}|${INSULT_NOUN}|fragile|petty|gullible|naive|sensitive|salty|butthurt|insecure|needy|clingy)\\b|(?:you|u) must be (?:fun|a blast|a joy|great|a delight) at parties|(?:^|[.!?]\\s*)found the (?:\\w+ )?${INSULT_NOUN}|(?:you(?:'re| are)|ur) not (?:very|too|the most|exactly) (?:bright|smart|clever|intelligent|sharp)|the (?:iq|brain|brains|intelligence) of an? \\w+`,
    },
    {
      anchors:
        'drunk like use good arse ass brain deserve deserves wish favour favor call skin sense dumbest stupidest worst kind excuse married rather slower dumber stupider thicker reason personality nothing think planks',
      pattern: `(?:you|u) (?:write|talk|act|behave|dress|drive|think|text|sound) like (?:a|an) (?:\\d+ ?(?:yr|year)s?[- ]old|child|toddler|baby|little kid|kid|teenager|teen)\\b|what (?:use|good) are (?:you|u)\\b|(?:^|[.!?,]\\s*)\\w+ my (?:arse|ass)(?= *(?:[.!?,]|$))|(?:your|ur) (?:tiny |little |small |pea )?brain can(?:'t|not)\\b|(?:the kids|the children|they|she|he|i|everyone|we) deserves? (?:a )?better (?:dad|mum|mom|father|mother|husband|wife|partner|boyfriend|girlfriend|than (?:you|u))\\b|(?:you|u) (?:don't|do not|dont) deserve (?:those|these|the|my|your|our) (?:kids|children|boys|girls|family)\\b|(?:you|u) (?:don't|do not|dont) deserve (?:me|us|them|a family)(?= *(?:[.!?,]|$))|do (?:us all|everyone|the world|me) a favou?r and\\b|(?:i )?wish (?:i(?:'d| had)|we(?:'d| had)) never (?:met|married|got together|had kids)|(?:you|u) call (?:that|this) (?:a |an )?\\w+\\?|makes? my skin crawl|no get sense|the (?:dumbest|stupidest|most pathetic|worst|most idiotic) (?:thing|idea|excuse) i(?:'ve| have) ever (?:heard|seen)|what kind of (?:a )?(?:mother|father|mum|mom|dad|parent|husband|wife|partner|person|man|woman|boyfriend|girlfriend) (?:forgets|does|would|says|leaves|treats|can't)\\b|(?:you(?:'re| are)|ur|you) (?:such )?an? (?:sorry|poor|pathetic|pitiful) excuse for an? \\w+|(?:married|dating|with|stuck with) (?:someone|somebody|a (?:man|woman|guy|girl)) (?:so|this) ${INSULT_ADJECTIVE}|i(?:'d| would) (?:rather|sooner) (?:eat glass|chew glass|gouge my eyes out|stab myself|die|be dead) than [^.?!\\n]{0,40}\\b(?:you|your|ur|u)\\b|explain (?:it|this|that) (?:slower|slowly|again slowly|in small words)\\b|if (?:you|u) were any (?:dumber|stupider|thicker|uglier|lazier|more stupid)|(?:dumped|left) (?:you|u) for a reason|(?:you(?:'ve| have)|with) (?:zero|no) personality|(?:you(?:'re| are)|ur) nothing without me|who (?:the (?:hell|fuck) )?do (?:you|u) think (?:you(?:'re| are)|ur)\\b|thick as (?:two short planks|a brick|mince|pigshit)|(?:you(?:'re| are)|ur) (?:just )?a (?:\\w+ )?drunk\\b`,
    },
    {
      anchors: 'freak weirdo',
      pattern:
        '(?:you|u) (?:\\w+ )?(?:clingy|psycho|control|crazy|jealous|stupid|fucking|insecure|possessive) (?:freak|weirdo)\\b',
    },
    {
      anchors: 'mad cope crying cry seethe',
      pattern:
        '(?:^|[.!?]\\s*)(?:stay mad|cope harder|cope and seethe|seethe|keep crying|cry harder|cope)(?= *[.!]*\\s*$)',
    },
    {
      anchors: INSULT_NOUN_ANCHORS,
      pattern: `(?:^|[.!?]\\s+)(?:(?:fucking|fuckin|absolute|complete|total|utter|stupid|dumb|bloody|sad|pathetic|you) )*${INSULT_NOUN}[.!]*(?=\\s*$)`,
    },
    {
      anchors: 'real',
      pattern: '(?:^|[.!?,]\\s*)get real\\b',
      unlessAfter: '[^\\n]{0,40}(?:😂|🤣|😍|haha|lol|omg|congrat|amazing|!!!)',
    },
    {
      anchors: 'book',
      pattern: '(?:^|[.!?,]\\s*)(?:go |just )?read a (?:fucking |damn |bloody )?book\\b',
    },
  ]),
];
