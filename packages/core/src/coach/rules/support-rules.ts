// phrase rules for what a message already does well

import type { SupportiveCategory } from '../../playbook/index.ts';
import type { RuleSpec } from '../matcher.ts';

/** a slip of logistics ("running 10 mins late, sorry", "my fault, I forgot to set the alarm") owns no part in the two of them (rule 5) */
const LOGISTICS_SLIP =
  '(?:running late|late|delayed|stuck (?:in|on|at)|traffic|alarm|phone died|battery died|my phone (?:died|was dead)|missed (?:the|my) (?:train|bus|flight)|left (?:it )?(?:too )?late|should have left earlier)';
const LOGISTICS_SLIP_BEFORE = `\\b${LOGISTICS_SLIP}\\b[^.!?\\n]{0,40}`;
const LOGISTICS_SLIP_AFTER = `[,.!]? *[^.!?\\n]{0,40}\\b${LOGISTICS_SLIP}\\b`;

const HARD =
  '(?:hard|tough|rough|difficult|exhausting|stressful|awful|frustrating|overwhelming|painful|scary|lonely|heavy|draining|a lot|horrible|terrible|rubbish|shit|crap|brutal|miserable|upsetting|hurtful|unfair|annoying|intense|so much|really hard|a nightmare|sad|crushing)';

const FEELING =
  '(?:lonely|sad|worried|anxious|scared|hurt|confused|disconnected|insecure|unsure|nervous|disappointed|lost|overwhelmed|low|down|vulnerable|afraid|frightened|far from you|distant from you|left out|shut out|unimportant|sad about|a bit off|on edge|uneasy|helpless|frustrated|upset|heartbroken|empty|alone|unsettled|stuck|homesick|jealous|tired)';

export const SUPPORT_RULES: Readonly<Record<SupportiveCategory, readonly RuleSpec[]>> = {
  observation: [
    // general forms: noticing a change in what they do, without a verdict
    { anchors: 'noticing notice', pattern: "i couldn't help (?:but )?notic(?:e|ing)" },
    {
      anchors: 'been',
      pattern:
        "you(?:'ve| have) been (?!ignoring|avoiding|ghosting|lying|hiding|snapping|shouting|sulking|moaning|drinking)[a-z]+ing [^.?!\\n]{0,40}(?:than usual|lately|recently|these days|this week|a lot)",
    },
    {
      anchors: 'noticed notice sense tell feeling see',
      pattern:
        "i(?:'ve| have)? (?:noticed|notice|sense|can sense|can tell|get the sense|get the feeling|can see|see) (?:that )?(?:you(?:'ve| have|'re| are)?|things|work|it's|it has|we(?:'ve|'re)?|your|life|there's been|lately)",
      unlessAfter:
        "\\s*(?:been |were |are |'re |was )?(?:online|active|typing|read|posting|ignoring|avoiding|distant|cold|on (?:your phone|instagram|whatsapp)|(?:don't|no longer) (?:love|care|want))",
    },
    {
      anchors: 'seems seem seemed',
      pattern:
        "(?:it |things |you |work |life )?(?:seems|seem|seemed|has seemed|have seemed|'ve seemed)(?: like)? (?:a (?:bit|little) |kind of |really |so |quite |pretty )?(?:quiet|quieter|down|stressed|tired|distant|off|busy|overwhelmed|far away|preoccupied|low|sad|not yourself|like (?:you|work|things|it|there's|you've|life|a lot)|heavy|hectic|intense|tense|different|(?:a lot|much) (?:on|going))",
    },
    {
      anchors:
        'quiet quieter busy stressed tired distant under working dealing going carrying juggling through swamped slammed somewhere far off mia',
      pattern:
        "you(?:'ve| have) been (?:a (?:bit|little) |really |so |quite |pretty )?(?:quiet|quieter|busy|stressed|tired|distant|under a lot|working (?:a lot|late|so much|really hard)|dealing with|going through|carrying|juggling|through a lot|swamped|slammed|somewhere else|far away|off)",
      unlessAfter: '(?:and (?:i hate|it sucks)|on purpose)',
      unlessBefore: '(?:why|why have|how come)',
    },
    {
      anchors: 'looks',
      pattern:
        "looks like (?:work|things|you've|you have|it's been|you're|you are|life|your (?:week|day|boss|job|team))",
    },
    {
      anchors: 'things',
      pattern:
        'things (?:seem|have seemed|feel|have felt|have been) (?:a bit |kind of |a little |really )?(?:different|off|distant|tense|hard|heavy|quiet|strained|busy|hectic)(?: between us| lately| recently)?',
    },
    {
      anchors: 'lately recently',
      pattern:
        '(?:a lot|so much|loads) (?:has been |is )?(?:going on|on your plate|on your mind)(?: for you)?(?: lately| recently)?',
    },
    {
      anchors: 'seemed seem looked look sounded sound',
      pattern:
        "you(?:'ve)? (?:seemed|seem|looked|look|sounded|sound) (?:a bit |a little |kind of |really |so |pretty |quite )?(?:troubled|flat|quiet|quieter|tired|off|down|low|stressed|distracted|far away|wiped|drained|exhausted|worried|upset|sad|fed up|overwhelmed|preoccupied|busy|distant|frazzled|knackered|shattered|fried|tense|on edge|somewhere else|in your head|not yourself|not quite yourself|a bit lost|lost in thought)",
    },
    { anchors: 'had got', pattern: "you(?:'ve| have)? (?:had|got) (?:so much|a lot|loads|a ton|heaps|plenty) on" },
    {
      anchors: 'seems seemed',
      pattern: "(?:it )?(?:seems|seemed) like (?:the|this|work|things|your|it|life|something|there's|a lot)",
    },
    { anchors: 'saw', pattern: "(?:i )?saw (?:that )?you(?: were|'re| are| was)? (?:up|awake|still up|still awake)" },
    {
      anchors: 'quiet',
      pattern:
        "(?:the (?:house|flat|apartment|place)|it)(?:'s| has| is) (?:been )?(?:really |so |a bit |very )?quiet (?:since|without|lately|these)",
    },
    {
      anchors: "we've we haven't",
      pattern:
        "we(?:'ve| have)? (?:not|n't|haven't|have not) (?:had|spent|seen|really talked|talked) (?:much|a lot|each other|properly|in a while|about)",
    },
    {
      anchors: "it's been",
      pattern: "(?:it's|it has) been (?:a while|ages|a long time|weeks|a bit) since (?:we|you|i)",
    },
    { anchors: 'working', pattern: "you(?:'ve| have) been working (?:so|really|very|super) hard" },
    {
      anchors: 'looks looked',
      pattern: '(?:it )?(?:looks|looked) like (?:today|tonight|it|this|that|the|yesterday|you|your)',
    },
  ],
  invitation: [
    {
      anchors: 'here around',
      pattern:
        "i(?:'m| am|'ll be| will be|'ll always be| will always be) (?:always |still |right |just )?(?:here|around)(?: for you)?(?: (?:if|whenever|when|for|to (?:listen|talk)|anytime|any time))?",
      negatable: true,
      unlessAfter: '(?:waiting for (?:a|your) (?:reply|answer)|all (?:night|day) waiting)',
    },
    {
      anchors: 'whenever ready',
      pattern: "whenever you(?:'re| are| feel)? (?:ready|want|like|feel like|need|fancy|want to)",
    },
    {
      anchors: 'want need feel',
      pattern:
        'if you (?:ever )?(?:want|need|feel like|would like|fancy)(?: to)? (?:talk|share|vent|chat|a (?:hug|chat|call|walk)|someone|company|to tell me|me to|help|an ear)',
    },
    {
      anchors: 'want like',
      pattern:
        '(?:do|would) you (?:want|like|need) (?:advice|ideas|me to (?:come|call|listen|just listen|be there|sit)|to talk|some company|some space|a hug|just an ear|to vent|company|a hand|to tell me|help)',
      unlessAfter: '(?:to (?:pick|grab|bring|get) (?:up|the|some|milk|bread|anything from))',
    },
    { anchors: 'door', pattern: '(?:my door|the door) is (?:always )?open' },
    {
      anchors: 'can',
      pattern:
        'you can (?:always )?(?:talk to me|tell me (?:anything|whatever|when)|come to me|vent|call me|lean on me|share)',
    },
    { anchors: 'happy glad', pattern: "(?:i'm |i am )?(?:always )?(?:happy|glad) to (?:listen|talk|help|hear)" },
    { anchors: 'anything', pattern: "(?:if there's|if there is|is there) anything (?:i can|you need)" },
    { anchors: 'know', pattern: "let me know if (?:you need|you want|there's|i can|you fancy|you feel like)" },
    {
      anchors: 'ear',
      pattern: '(?:ideas|advice|solutions) or (?:just )?(?:an ear|to vent|someone to listen|a listening ear|a hug)',
    },
    { anchors: 'free pressure', pattern: '(?:feel free|no pressure) to (?:talk|share|call|reach out|vent|tell me)' },
    { anchors: 'mind', pattern: "(?:what's|what is|anything) on your mind" },
    {
      anchors: 'listen',
      pattern: "i(?:'m| am|'d| would)? (?:love to |happy to |here to |ready to )?listen",
      negatable: true,
    },
    { anchors: 'fancy', pattern: 'fancy (?:a|an|some|going|getting|grabbing|doing|watching|heading|a bit of)' },
    { anchors: 'up', pattern: "if you(?:'re| are) up for it" },
    {
      anchors: 'talk chat catch',
      pattern:
        'we (?:can|could) (?:talk|chat|catch up)(?: about it)? (?:whenever|later|another time|when(?:ever)? you|any ?time)',
    },
    {
      anchors: 'want wanna fancy',
      pattern: '(?:^|[.!?,]\\s*)(?:do you )?(?:want|wanna|fancy) to (?:talk|tell me|chat|vent)',
    },
    { anchors: 'suits', pattern: 'when(?:ever)? (?:it )?suits(?: you)?' },
    { anchors: 'feel', pattern: 'when(?:ever)? you feel up to it' },
    {
      anchors: 'love like',
      pattern:
        "(?:i'd|i would) (?:really )?(?:love|like) to (?:talk|chat|hear|listen|know|catch up|have a (?:proper )?chat|sit down|understand)",
    },
  ],
  validation: [
    {
      anchors: 'sounds must seems sound feel',
      pattern: `(?:that|it|this|that all|all that|which|sounds)(?: (?:really|honestly|genuinely))? (?:sounds|must be|must feel|must have been|seems|sound|must've been|feels)(?: like)? (?:(?:really|so|very|incredibly|pretty|super|genuinely|such|absolutely) )*${HARD}`,
    },
    {
      anchors: 'sense',
      pattern:
        '(?:that|it|this|your feelings?) (?:totally |completely |really )?makes? (?:total |complete |so much |a lot of |perfect )?sense',
    },
    {
      anchors: 'see understand get',
      pattern: 'i (?:can )?(?:totally |completely |really )?(?:see|understand|get) (?:why|how)(?: you\\S*| that| it)',
      negatable: true,
    },
    { anchors: 'get', pattern: 'i (?:totally |completely )?get it', negatable: true },
    { anchors: 'wonder', pattern: "no wonder you(?:'re| are| feel|'ve been)" },
    { anchors: 'right', pattern: 'you have every right' },
    {
      anchors: "it's that's okay normal",
      pattern:
        "(?:it's|it is|that's|that is) (?:totally |completely |so |perfectly )?(?:ok|okay|normal|understandable|valid|fine|human|natural) to (?:feel|be|not be|cry|need|want)",
    },
    {
      anchors: 'course',
      pattern: "of course you(?:'re| feel| are| would|'d) (?:feel|be|upset|hurt|sad|tired|stressed|angry|frustrated)",
    },
    { anchors: 'anyone', pattern: 'anyone would (?:feel|be)' },
    { anchors: 'hear', pattern: 'i hear you' },
    { anchors: 'allowed', pattern: "you(?:'re| are) allowed to" },
    {
      anchors: "that's",
      pattern: `(?:that's|that is|what) (?:a )?(?:so |really |such a )?${HARD}`,
      unlessAfter: '(?:of you|for me)',
    },
    {
      anchors: 'what',
      pattern: 'what a (?:rough|hard|tough|long|horrible|crappy|shit|awful|stressful) (?:day|week|time|month|year)',
    },
    {
      anchors: 'sorry',
      pattern:
        "i(?:'m| am) (?:so |really |very )?sorry (?:you(?:'re| are|'ve been| have been| had| went)|that (?:happened|you)|to hear|it's been|things are|about (?:your|the (?:job|news|day)))",
    },
    { anchors: 'feelings', pattern: '(?:your|those) feelings (?:are|make) (?:valid|sense|real|important)' },
    { anchors: 'wrong', pattern: "(?:you're|you are) not wrong to (?:feel|be)" },
    { anchors: 'understandable', pattern: "(?:that's|it's|totally|completely) understandable" },
    { anchors: 'anyone', pattern: '(?:knock|floor|upset|get to|throw|shake) anyone' },
    {
      anchors: 'get understand know',
      pattern:
        "i (?:get|understand|know) (?:that )?(?:it's|it is|this is|that's|things are|work is|it's been) (?:really |so |a bit )?(?:hard|tough|a lot|difficult|rough|heavy|stressful)",
    },
    {
      anchors: 'sounded sounds sound',
      pattern:
        '(?:sounds|sounded|sound) (?:like it was |like )?(?:really |so |absolutely |pretty )?(?:brutal|awful|exhausting|horrible|rough|hard|tough|stressful|a nightmare|draining|intense|rubbish|grim)',
    },
    {
      anchors: 'sounds',
      pattern:
        "(?:it )?sounds like you(?:'re| are|'ve)? (?:carrying|dealing|going through|under|juggling|had|been through)",
    },
    { anchors: 'sense', pattern: 'what you said (?:totally |really )?makes sense' },
    {
      anchors: 'gutted',
      pattern:
        "i(?:'d| would) (?:be|feel) (?:so |really |just as |totally )?(?:gutted|upset|angry|hurt|annoyed|frustrated|sad|stressed|exhausted|furious|devastated|the same)(?: too| as well)?",
    },
    { anchors: 'right', pattern: "you (?:were|are|'re) right to (?:be|feel)" },
    // hearing back what they said ("so what you're saying is you feel…", "if I'm hearing you right, you…"), LABELLING.md rule 49
    {
      anchors: 'saying hearing hear understand got feel felt',
      pattern:
        "(?:(?:^|[.!?,]\\s*)so,? (?:what )?(?:you're|you are) saying(?: is)?,?(?: that)?|what i(?:'m| am) hearing is(?: that)?|i hear (?:that|what you're saying,?)|if i(?:'m| am) hearing you(?: right| correctly)?,?|if i (?:understand|understood|get|got)(?: (?:you|this|it|that))?(?: right| correctly| correct)?,?|if i(?:'ve| have) got (?:this|it|that|you) right,?) you(?:'re| are|'d like| would like)? (?:feel|felt|need|needed|want|wanted|were|are|'re|had|have been|'ve been|get|got|miss|don't feel)\\b|(?:^|[.!?]\\s*)so,? you (?:feel|felt)(?: like| that)? (?:i|i'm|i've|we|nobody|no one|you)\\b",
      unlessAfter: '[^.?!\\n]{0,60}(?:noted|great\\.|good chat|cool\\.|fine\\.|whatever|🙄)',
    },
  ],
  reassurance: [
    {
      anchors: 'care love adore appreciate',
      pattern: 'i (?:really |truly |still |do |just )?(?:care about|love|adore|appreciate) you',
      negatable: true,
    },
    { anchors: 'love', pattern: '(?:^|[.!?,\\n]\\s*)(?:love you|love ya|lots of love|all my love)' },
    {
      anchors: 'side proud going',
      pattern:
        "i(?:'m| am) (?:always |still |so |really )?(?:on your side|proud of you|not going anywhere|in your corner|with you)",
    },
    { anchors: 'thinking', pattern: 'thinking (?:of|about) you' },
    { anchors: 'matter mean', pattern: 'you (?:matter|mean (?:so much|a lot|everything|the world)) to me' },
    {
      anchors: 'through figure',
      pattern: "we(?:'ll| will) (?:get through|figure (?:it|this|things) out|work (?:it|this) out)",
    },
    { anchors: 'got', pattern: "i(?:'ve)? got you" },
    {
      anchors: 'hug hugs sending',
      pattern: "(?:sending|here's|big|a) (?:you )?(?:a )?(?:big )?(?:hug|hugs|love|cuddle)",
    },
    { anchors: 'matter', pattern: 'no matter what' },
    {
      anchors: 'alone great best',
      pattern: "you(?:'re| are) (?:not alone|doing (?:great|your best|so well|amazing|really well|the best you can))",
    },
    { anchors: 'got', pattern: "you(?:'ve| have)? got this" },
    { anchors: 'believe', pattern: 'i believe in you' },
    { anchors: 'lucky', pattern: "i(?:'m| am) (?:so )?lucky (?:to have you|you're mine)" },
    { anchors: 'world', pattern: 'you mean the world' },
    {
      anchors: 'left brought made got picked saved',
      pattern:
        "(?:i )?(?:left|brought|made|got|picked up|saved) (?:you )?(?:a|some|(?:your|you're) favou?rite|coffee|dinner|flowers|a note|a plate|cookies|soup)",
    },
    { anchors: 'safe', pattern: "(?:you're|you are) safe with me" },
    { anchors: 'here', pattern: "(?:i'm|i am) here for you" },
    { anchors: 'proud', pattern: '(?:so |really |definitely |very |definately |super )?proud of you' },
    { anchors: 'stuck', pattern: "(?:you're|you are) stuck with me" },
    {
      anchors: 'booked got bought made cooked ordered',
      pattern:
        "(?:booked|got|bought|made|cooked|ordered|picked up) (?:us|you) (?:a|an|some|your|you're|the|dinner|lunch|breakfast)",
    },
    { anchors: 'safe', pattern: '(?:home|get home|get there|got home|back) safe' },
    {
      anchors: 'glad',
      pattern: "(?:so )?glad (?:i met you|you're (?:mine|here|in my life|home)|we met|to have you|i have you)",
    },
    { anchors: 'choose', pattern: "i(?:'d| would) choose you" },
    { anchors: 'anniversary', pattern: "happy (?:anniversary|birthday|valentine's)" },
    {
      anchors: "i'll",
      pattern:
        "i(?:'ll| will) (?:do|sort|handle|take care of|cook|make|pick up|grab|get) (?:them|it|the dishes|dinner|the shopping|that|breakfast|the kids)(?= *(?:[.!\\n]|$|tonight|for you|x))",
    },
    {
      anchors: 'hope',
      pattern: "hope (?:you're|you are|you) (?:ok|okay|alright|feeling better|doing ok|doing okay|well|good)",
    },
    { anchors: 'x xx xxx', pattern: '(?:^|\\s)x+(?= *$)' },
  ],
  space: [
    // general forms: the sender stepping back for a while ("I'll let you have some quiet", "I won't keep texting")
    {
      anchors: 'let keep stop',
      pattern:
        "i(?:'ll| will) let you (?:have|get) (?:some|a bit of|a little|your) (?:quiet|peace|rest|space|room|time)|i (?:won't|will not|'m not going to|am not going to) keep (?:texting|messaging|bugging|pestering|calling|bothering) you|i(?:'ll| will) stop (?:texting|messaging|bugging|pestering) (?:you )?(?:for (?:now|a bit|tonight|a while|today)|until|till)",
    },
    // general forms: leaving the reply or the talk to them, in any wording
    {
      anchors: 'stress worry fret',
      pattern:
        "(?:don't|do not|never) (?:stress|worry|fret) (?:about|over) (?:answering|replying|responding|texting back|getting back)",
    },
    { anchors: "needn't", pattern: "needn't (?:reply|answer|respond|text back|get back|say anything)" },
    {
      anchors: 'read ignore',
      pattern: '(?:you can|feel free to|fine to|ok to|okay to) (?:leave (?:this|it|me) on read|ignore this)',
    },
    { anchors: 'silence', pattern: 'silence is (?:a )?(?:fine|ok|okay|good)' },
    {
      anchors: 'talk',
      pattern: "we don't (?:have|need) to talk about (?:it|this|that) (?:until|till|unless|if|yet|now|tonight)",
    },
    {
      anchors: 'expecting reply',
      pattern: 'not expecting (?:a|any) (?:reply|answer|response)|no reply (?:needed|necessary)',
    },
    {
      anchors: 'rush pressure hurry need',
      pattern: 'no (?:rush|pressure|hurry|need to (?:reply|respond|answer|rush|explain|text back|write back))',
    },
    { anchors: 'time', pattern: 'take (?:your|all the|the|as much|whatever) time(?: you need)?' },
    { anchors: 'own', pattern: '(?:in|on) your own (?:time|terms)' },
    {
      anchors: "it's ok okay fine alright",
      pattern:
        "(?:it's|it is|that's|totally|honestly) (?:totally |completely |really |absolutely )?(?:ok|okay|fine|alright|cool|all good) if you(?:'re| are)? (?:not|don't|need|want|can't|busy|too|aren't|would rather)",
    },
    {
      anchors: "don't dont need",
      pattern:
        "(?:don't|no need to) (?:feel like you have to|worry about|feel you have to|feel obliged to|feel bad about not) (?:reply|replying|respond|responding|answer|answering|text(?:ing)? back|getting back)",
    },
    {
      anchors: 'have need',
      pattern:
        "you don't (?:have|need) to (?:reply|respond|answer|explain|talk|say anything|get back|text back|write back)",
    },
    {
      anchors: 'give leave let',
      pattern:
        "i(?:'ll| will|'m going to|'m gonna) (?:give you|leave you|let you have|leave you to) (?:some )?(?:space|time|room|be|rest|it)",
    },
    {
      anchors: 'wait',
      pattern: "(?:i'll|i will|i can|happy to) (?:wait|be here)(?: (?:whenever|when|until|for you|as long))",
    },
    {
      anchors: 'talk',
      pattern: "talk (?:later|tomorrow|whenever|another time|when you can|when you're ready|when you feel)",
    },
    { anchors: 'space time', pattern: 'if you need (?:some )?(?:space|time|a break|a bit of space|quiet|to be alone)' },
    {
      anchors: 'respect',
      pattern: '(?:i )?respect (?:that you need|your need for|that you want) (?:space|time|some space)',
    },
    { anchors: 'ready', pattern: "when(?:ever)? you(?:'re| are) ready" },
    { anchors: 'up', pattern: "(?:it's|that's) (?:ok|okay|fine|alright) if you(?:'re| are) not up (?:for|to)" },
    { anchors: 'worries good', pattern: '(?:no worries|all good) if (?:not|you\\S*)' },
    {
      anchors: 'whenever',
      pattern:
        '(?:reply|answer|respond|call|get back to me|text me) (?:whenever|when(?:ever)? you (?:can|get a chance|have a (?:sec|minute|moment)))',
    },
    { anchors: 'need', pattern: 'if you need [^.?!\\n]{0,30}(?:to yourself|space|time|quiet|a break|alone|off)' },
    {
      anchors: 'have enjoy',
      pattern: "(?:have|enjoy) (?:your|you're) (?:quiet|chill|restful|lazy|cosy|cozy) (?:night|evening|day|weekend)",
    },
    { anchors: 'another other', pattern: '(?:another|some other) time(?= *(?:[.!x\\n]|$|then))' },
    { anchors: 'have need', pattern: "you don't (?:have|need) to (?:come|go|join|do (?:it|that|this)|make it)" },
    { anchors: 'breathing room', pattern: '(?:breathing room|room to breathe|some room)' },
    {
      anchors: "don't dont need",
      pattern:
        "(?:don't|dont|no need to) (?:worry about|feel you have to|feel like you have to) (?:text|texting|reply|replying|messag\\w*|answer\\w*|call\\w*)",
    },
    // "only if you want" inside an offer is part of the invitation, not space (LABELLING.md rule 26)
  ],
  i_statement: [
    {
      anchors: 'miss missed',
      pattern:
        "i (?:really |just |do |so |kind of |kinda )?(?:miss|missed|am missing|'m missing) (?:you|us|talking|our|seeing you|hearing|having|being|the way)",
    },
    {
      anchors: 'feel feeling been felt',
      pattern: `i(?:'m| am| feel|'ve been feeling| have been feeling|'ve felt| have felt|'ve been| have been| felt) (?:feeling )?(?:(?:a bit|kind of|really|so|quite|a little|a tad|pretty|very|just|sometimes|honestly) )*${FEELING}`,
      negatable: true,
    },
    {
      anchors: 'feel',
      pattern: "i feel (?:like we(?:'re| are|'ve| have)? (?:drifting|not|a bit|distant|disconnected|missing)|that we)",
    },
    {
      anchors: 'love like',
      pattern: "i(?:'d| would) (?:really )?(?:love|like|appreciate)(?: it)? (?:if we|if you|for us|us to|some|more)",
    },
    { anchors: 'mean', pattern: "(?:it|that) (?:would|'d) (?:mean|help) (?:a lot|so much|the world|loads)(?: to me)?" },
    {
      anchors: 'need',
      pattern:
        'i (?:need|could use|would love) (?:a (?:little|bit)|some|more|a bit of) (?:reassurance|connection|time with you|closeness|time together|quality time|affection)',
    },
    { anchors: 'worried', pattern: "i(?:'m| am) (?:a (?:bit|little) |really |kind of )?worried about (?:you|us)" },
    { anchors: 'wanted', pattern: 'i (?:just )?wanted (?:you )?to (?:tell you|say|let you know|share|be honest)' },
    {
      anchors: 'value cherish love',
      pattern: 'i (?:really )?(?:value|cherish|love) (?:our|when we|talking|us|the time)',
    },
    { anchors: 'honest', pattern: "(?:to be honest|honestly),? i(?:'m| feel| am| miss)" },
    { anchors: 'when', pattern: 'i feel \\w+ when' },
    { anchors: 'matters', pattern: '(?:it|this|that) (?:really )?matters to me' },
    {
      anchors: 'okay ok comfortable happy',
      pattern: "i(?:'m| am) not (?:ok|okay|comfortable|happy) with (?:that|this|it)",
    },
    { anchors: 'missing', pattern: "i(?:'ve| have) been missing (?:you|us|our|having|talking)" },
    { anchors: 'miss', pattern: '(?:^|[.!?,]\\s*)(?:just |really |so |i )?miss (?:you|us)' },
    {
      anchors: 'get feel become',
      pattern:
        'i (?:get|feel|become) (?:so |really |a bit |kind of )?(?:scared|anxious|worried|lonely|sad|insecure|nervous|wobbly|jealous) when',
    },
    {
      anchors: 'want',
      pattern:
        'i (?:just |really )?want to (?:curl up|be|spend|hold|see|hug|cuddle|fall asleep)[^.?!\\n]{0,40}with you',
    },
  ],
  reflection: [
    // general forms: the sender owning their part, and looking at how the two of them are doing
    {
      anchors: 'been',
      pattern:
        "i(?:'ve| have) been (?:(?:a bit|a little|really|so) )?(?:of )?(?:a nightmare|hard to live with|difficult|distant|short with you|grumpy|snappy|distracted|wrapped up|absent|selfish|a pain|off with you)",
    },
    {
      anchors: 'know',
      pattern:
        "i know i (?:went on|can be|get (?:short|snappy|defensive|grumpy)|was (?:short|out of order|harsh|unfair|snappy|grumpy|a pain)|haven't been|made (?:it|things) (?:harder|worse))",
    },
    {
      anchors: 'handling doing dealing talking',
      pattern: "how we(?:'ve| have) been (?:handling|doing|dealing|talking)",
    },
    {
      anchors: 'how doing',
      pattern: 'how (?:are|r) (?:we|things (?:between us|with us)|you and i|us)(?: doing| really)?',
    },
    {
      anchors: 'sorry apologize apologise',
      pattern:
        "i(?:'m| am) (?:so |really |truly |very )?sorry (?:i|i've|for (?:my|snapping|being|the way|what i|how i|pushing|getting|yelling|shouting|overreacting|earlier|last night|not|all the|bombarding|the messages|blowing up|making|texting|spamming|going off)|about (?:earlier|last night|what i))",
      unlessAfter: "(?:'m not|am not) (?:sorry)",
    },
    { anchors: 'apologize apologise', pattern: 'i (?:want to |wanted to |need to )?(?:apologi[sz]e)(?! if you)' },
    {
      anchors: 'wrong pushy much unfair harsh short',
      pattern:
        "i (?:was|am|'ve been|have been|got) (?:a bit |really |too |so )?(?:wrong|pushy|much|unfair|harsh|short with you|defensive|out of line|snappy|clingy|demanding|impatient|distant too|not (?:great|fair|listening))",
    },
    {
      anchors: 'bad fault part',
      pattern: "(?:my bad|my fault|my part in|my side of|part of this is on me|that was on me|that's on me)",
      unlessBefore: LOGISTICS_SLIP_BEFORE,
      unlessAfter: LOGISTICS_SLIP_AFTER,
    },
    {
      anchors: 'better work learn understand',
      pattern:
        "i (?:want|'d like|would like|need|hope|am trying|'m trying|will try|'ll try) to (?:get better|be better|do better|work on|listen better|understand (?:you|what|how|better)|learn|be more (?:patient|present|understanding))",
    },
    {
      anchors: 'could should',
      pattern: 'i (?:could|should) have (?:been|listened|asked|called|said|handled|done|checked|told|waited)',
    },
    { anchors: 'heard supported', pattern: '(?:do|does) (?:you|it) feel (?:heard|supported|like i)' },
    {
      anchors: 'anything something',
      pattern:
        "(?:is|are) there (?:anything|something) (?:i could|i can|i should|we should|we need|we could|i did|i've done|on your mind|bothering you)",
    },
    { anchors: 'better differently help', pattern: 'what (?:can|could) i do (?:better|differently|to help|to make)' },
    {
      anchors: 'thinking',
      pattern: "i(?:'ve| have) been thinking about (?:us|how i|what you said|the way i|our|what happened)",
    },
    {
      anchors: 'both',
      pattern: '(?:we (?:both|could both|should both)|both of us) (?:could|can|need|have|want|deserve|feel)',
    },
    {
      anchors: 'listening listen',
      pattern:
        "i (?:haven't|have not|wasn't|haven't been|have not been) (?:been )?(?:great at |good at |really )?listening",
    },
    { anchors: 'us', pattern: '(?:talk|chat) about us(?! (?:going|getting))' },
    {
      anchors: 'sorry',
      pattern: "(?:^|[.!?,]\\s*)(?:i(?:'m| am) )?(?:so |really |truly )?sorry(?= *(?:[.!x\\n]|$))",
      unlessBefore: LOGISTICS_SLIP_BEFORE,
      unlessAfter: LOGISTICS_SLIP_AFTER,
    },
    {
      anchors: 'sorry',
      pattern:
        "(?:^|[.!?,]\\s*)(?:so |really )?sorry (?:i|i've|for|about)(?! (?:the |my |being )?(?:late|delay|missed your call|wait|running late))",
    },
    {
      anchors: 'ease back give work try text',
      pattern:
        "i(?:'m| am) (?:going to|gonna|will|'ll) (?:ease off|back off|give you (?:more )?(?:space|room)|work on|try to be|text less|be more)",
    },
    {
      anchors: 'listener present patient',
      pattern:
        "i(?:'ve| have)? (?:not |n't )?been (?:a (?:great|good|very good) listener|(?:very )?(?:present|patient|fair|supportive|there for you))",
    },
    { anchors: 'getting', pattern: '(?:are|r) we (?:both )?(?:getting|ok|okay|alright|good|happy)' },
    { anchors: 'giving', pattern: "i(?:'ve| have) been giving you" },
    { anchors: 'working', pattern: "i(?:'m| am) working on (?:it|that|myself|this|being|not)" },
    { anchors: 'pushing pushy', pattern: '(?:pushing too hard|been too pushy|pushing you too)' },
    { anchors: 'apology', pattern: 'i owe you an apology' },
    {
      anchors: 'know',
      pattern:
        "i know i(?:'ve| have)? been (?:clingy|too much|a lot|pushy|distant|grumpy|short|difficult|demanding|needy|moody)",
    },
    { anchors: 'realise realize', pattern: "i reali[sz]e (?:now )?(?:i|i've|that i)" },
    { anchors: 'wrapped caught', pattern: '(?:wrapped up|caught up) in my own' },
    { anchors: "haven't", pattern: "i haven't (?:asked|been asking|checked)" },
    { anchors: 'feel', pattern: "do you feel like i(?:'ve| have)? been" },
    { anchors: 'mine', pattern: "(?:that's|that is) (?:mine|on me|my thing) to (?:work on|fix|sort)" },
    { anchors: 'side', pattern: '(?:hear|understand) your side' },
    { anchors: 'right', pattern: "(?:^|[.!?,]\\s*)you(?:'re| are) right,? i" },
    // general forms: owning how the sender handled something, letting them down, being part of the problem
    {
      anchors: 'handle handled deal dealt react reacted respond responded treat treated',
      pattern:
        "i (?:didn't|did not|haven't|have not|don't think i) (?:handle|handled|deal with|dealt with|react|reacted|respond|responded|treat|treated) (?:that|it|this|things|you|what you said|your news|last night|earlier)[^.?!\\n]{0,25}?\\b(?:well|right|fairly|properly|great|kindly|the way)\\b",
    },
    {
      anchors: 'let',
      pattern: "i(?:'ve| have)? (?:really |totally |properly )?(?:let you down|let the side down)",
      negatable: true,
    },
    {
      anchors: "could've should've",
      pattern:
        "i (?:could've|should've) been (?:a lot |so much |much |a bit )?(?:kinder|nicer|gentler|softer|calmer|more (?:patient|understanding|supportive|present|careful|thoughtful|open|honest|gentle)|there for you|a better (?:partner|listener|husband|wife|boyfriend|girlfriend))",
    },
    {
      anchors: 'problem',
      pattern:
        "(?:i(?:'ve| have) been|i(?:'m| am)|i was|maybe i(?:'m| am)) (?:also |probably |definitely )?(?:a |a big |a huge )?part of the problem",
    },
    {
      anchors: 'point',
      pattern:
        'you (?:had|have|made) a (?:fair |good |real |valid )?point(?= *(?:[.!,\\n]|$|about|there|earlier|and i))',
    },
    // general forms: naming how the sender behaved ("I was being childish") or judging it ("not fair of me")
    {
      anchors: 'being',
      pattern:
        '\\bi was being (?:a bit |so |really |very |such )?(?:childish|petty|unfair|a brat|a prat|stubborn|defensive|a sore loser|selfish|mean|rude|sulky|grumpy|horrible|difficult|a pain|an idiot|a jerk|an arse|a dick|harsh|short with you|cold|distant|snappy|a nightmare|a grump)\\b',
    },
    {
      anchors: 'me',
      pattern:
        "(?:not|wasn't|was not|that wasn't|that was not|hardly) (?:very |exactly |really )?(?:fair|cool|kind|okay|ok|nice|right) of me\\b",
    },
  ],
};
