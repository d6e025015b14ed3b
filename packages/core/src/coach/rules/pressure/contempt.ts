// phrase rules for contempt: sarcasm, mockery and insults

import type { RuleSpec } from '../../matcher.ts';
import { FOND_AFTER, INSULT_ADJECTIVE, INSULT_NOUN, INSULT_NOUN_ANCHORS, unlessWarm } from '../vocabulary.ts';
import { INSULT_RULES } from './insults.ts';

/** flat words of praise that, said twice as a whole reply, are sarcasm ("Lovely. Just lovely.") */
const SAID_TWICE = [
  'lovely',
  'nice',
  'great',
  'wonderful',
  'brilliant',
  'perfect',
  'fantastic',
  'charming',
  'marvellous',
];

export const CONTEMPT_RULES: readonly RuleSpec[] = [
  {
    anchors: 'busy working resting fine tired space lol ok okay talk',
    pattern:
      '["\u201c](?:busy|working(?: late)?|resting|fine|i\'m fine|tired|space|need space|i need space|lol|ok|okay|can\'t talk(?: right now)?|sorry)[.!]?["\u201d]',
  },
  {
    anchors: 'bravo play hats done ten gold masterclass outdone impressive wonders',
    pattern:
      '(?:bravo|fair play|hats off|well done|10/10|ten out of ten|gold (?:medal|star)|masterclass|outdone yourself|very impressive|wonders (?:shall|will) never (?:end|cease))[^\n]{0,60}(?:silence|ignor|ghost|avoid|sulk|absent|one[- ]word|grunt)|(?:silence|ignoring|ghosting|avoidance|sulking)[^\n]{0,40}(?:very impressive|masterclass|art form|olympic|world record)',
  },
  {
    anchors: 'faster warmer company seen',
    pattern:
      "(?:replies|responds|texts|answers) (?:me )?faster than you|warmer conversations? with|(?:is|it's|'s) better company|seen more of you",
  },
  {
    anchors: 'pigeon form earned deserve silent whoever',
    pattern:
      "carrier pigeon|fill in a form|(?:earned|deserve) a (?:full |proper |real )?reply|whoever's got your phone|on silent or am i",
  },
  {
    anchors: 'poor drama prodigal highness majesty lordship ladyship mighty deigned graced',
    pattern:
      '(?<!\\b(?:this|that|the|a|her|his|their|these|those|my) )poor (?:lamb|baby|thing|darling)|drama queen|prodigal|(?:his|her) (?:highness|majesty|lordship|ladyship)|the mighty one|deigned to|graced (?:us|me)',
  },
  {
    anchors: 'pull queen believe',
    pattern: "pull the other one|and i'm the queen|(?:totally|sure,? i|yeah i) believe (?:you|u)(?= *(?:[.!\n]|$))",
  },
  { anchors: 'cheers', pattern: 'cheers for the (?:thumbs up|one word|reply|response|emoji)' },
  {
    anchors: 'go stop thrilling gripping instalment installment',
    pattern:
      "(?:^|[.!?,]\\s*)(?:oh )?do go on|don't stop at one|(?:how|so|truly|utterly|absolutely|just) (?:thrilling|gripping)|(?:thrilling|gripping) (?:stuff|story|tale|news|update|read|life)|next (?:exciting )?instal?lment",
  },
  { anchors: 'keep', pattern: "don't let me keep you from" },
  { anchors: 'enjoy', pattern: 'enjoy your (?:sulk|silence|little)' },
  { anchors: 'cool', pattern: 'cool,? cool,? cool' },
  {
    anchors: 'noted okay lol',
    pattern: '^\\s*(?:lol okay|okay then|noted\\.?|k|okay)\\s*(?:👍|🙃|🙂)+\\s*$|^\\s*(?:lol okay|noted)[.!]?\\s*$',
  },
  { anchors: 'happy', pattern: "happy now\\?+|hope (?:you're|you are) happy" },
  {
    anchors: 'glad',
    pattern:
      'glad (?:one of us|someone|somebody) (?:had|is having|has|(?:got|gets) (?:some |a )?(?:sleep|rest|lie-?in|break|night out|day off))',
  },
  { anchors: 'ask', pattern: "(?:is|was|it's) too much to ask" },
  { anchors: 'forgot', pattern: "(?:sorry,? )?i forgot you (?:only|don't|can't|never|are too|were too)" },
  {
    anchors: 'relief nice good glad',
    pattern:
      "(?:relief|nice|good|glad) to (?:see|know) (?:that )?(?:you're|you are|the phone's|your phone's|your phone is) (?:alive|still (?:glued|working|alive))",
  },
  {
    anchors: 'works',
    pattern: 'only works for (?:tiktok|instagram|insta|facebook|reels|your mates|the group chat|everyone)',
  },
  { anchors: 'guess', pattern: "guess (?:the|your) (?:wifi|signal|phone|battery)(?:'s| is)? (?:down|dead|broken|off)" },
  { anchors: 'grown grownup', pattern: 'be a grown-?up|act your age' },
  {
    anchors: 'nice thanks thank great good glad',
    pattern:
      '(?:(?:wow|oh wow|well|gee|oh|wow ok|okay)[,.!]* )?(?:nice|thanks|thank you|great|good|glad|so nice|how nice|lovely) (?:of you )?(?:to |for |that you )?(?:finally|for finally|so much for finally)(?! (?:(?:got|getting) (?:some )?(?:rest|sleep|home|a break|time off)|did it|finished))',
    // relief at finding someone to talk to is not a jab: "it's good to finally talk to someone about it"
    unlessAfter:
      '[^.?!\\n]{0,30}\\b(?:someone|somebody|people who|others who|a (?:therapist|counsel\\w*|doctor|diagnosis))\\b',
  },
  {
    anchors: 'nice',
    pattern:
      '(?:so |how |really )?nice of you to (?:finally )?(?:reply|show up|answer|respond|text|call|remember|join|grace|bother|notice|let me know)',
  },
  {
    anchors: 'look',
    pattern: "look who(?:'s| is)? (?:finally )?(?:decided|remembered|showed up|is alive|alive|awake|back|here|talking)",
  },
  {
    anchors: 'mature',
    pattern: '(?:real|very|so|how|super) mature',
    unlessAfter:
      ' of (?:the|my|his|her|that|our|their)|(?: (?:that|this|the|she|he|they|[a-z]+ (?:is|was|are|were)))\\b',
  },
  {
    anchors: 'grow',
    pattern: '(?:just )?grow up',
    // about someone else or growing older ("he needs to grow up", "a kid can grow up …")
    unlessBefore:
      "(?:needs? to|has to|have to|had to|should|must|to|will|'ll|gonna|going to|can|could|did|didn't|he|she|they|kids?|children|i|we|when i|as you)",
  },
  {
    anchors: 'thanks thank',
    pattern:
      '(?:thanks|thank you) (?:so much )?for (?:nothing|gracing me|deciding|the (?:reply|response|text) i guess|finally)',
  },
  {
    anchors: 'whatever',
    pattern: '(?:^|[.!?\\n]\\s*)(?:ok(?:ay)?,? |fine,? |yeah,? |sure,? )?whatever(?= *(?:[.!?\\n]|$|🙄))',
  },
  { anchors: 'right sure', pattern: '(?:yeah|yea|ya|oh) (?:right|sure)(?= *(?:[.!?,\\n]|$|because|you))' },
  {
    anchors: 'typical classic',
    pattern: '(?:^|[.!?\\n]\\s*)(?:typical|classic)(?: you| of you| \\w+)?(?= *(?:[.!?\\n]|$))',
  },
  {
    anchors: 'course',
    pattern: "of course you (?:did|are|would|were|forgot|didn't|don't|can't|won't|have|had)(?= *(?:[.!?\\n]|$| ?🙄))",
  },
  { anchors: 'convenient', pattern: 'how (?:very )?convenient' },
  { anchors: 'pathetic', pattern: "(?:you(?:'re| are) )?(?:so |really |honestly |just )?pathetic" },
  {
    anchors: 'joke child baby clown',
    pattern: "you(?:'re| are) (?:such |a |an |so )*(?:joke|child|baby|clown|embarrassment|piece of work|disgrace)",
  },
  {
    anchors: 'idiot loser jerk moron clown coward',
    pattern:
      '(?:you|what an?|such an?|you absolute|you complete) (?:idiot|loser|jerk|moron|clown|coward|muppet|dick|prick|asshole|arsehole|bitch|bastard)',
    unlessBefore: "(?:i'm|i am|i was|i feel like|i've been|i'm being|me)",
  },
  { anchors: 'stand', pattern: '(?:glad|good) to know where i stand' },
  {
    anchors: 'honoured honored privilege blessed',
    pattern: "i(?:'m| am|'m so| feel) (?:so )?(?:honoured|honored|privileged|blessed) (?:you|that you)",
  },
  {
    anchors: 'surprise shocking surprising shocker',
    pattern:
      '(?:what a|wow what a|big|no) (?:surprise|shocker)|how (?:surprising|shocking)|(?:^|[.!?]\\s*)shocking(?= *[.!]|$)',
  },
  {
    anchors: 'busy important',
    pattern:
      "(?:i forgot|forgot|sorry,? i forgot|i know) (?:that )?(?:you're|you are) (?:so|too|very|such a) (?:busy|important)|(?:mr|miss|ms|mrs)\\.? (?:busy|important|perfect|popular)",
  },
  { anchors: 'please', pattern: '(?:^|[.!?\\n]\\s*)oh please(?= *(?:[.!?,\\n]|$))' },
  { anchors: 'break', pattern: 'give me a break' },
  {
    anchors: 'excuse sorry',
    pattern: '(?:excuse|sorry|forgive) me for (?:existing|breathing|asking|caring|having feelings|wanting)',
  },
  {
    anchors: 'cool great',
    pattern:
      '(?:^|[.!?\\n]\\s*)(?:cool|great|awesome|fine|wonderful|perfect)[.!]? (?:thanks for nothing|whatever|glad you|so glad you|love that for you|good for you)',
  },
  {
    anchors: 'good',
    pattern: '(?:well )?good for you(?= *(?:[.!\\n]|$|🙄|then))',
    unlessAfter: '(?:!{1,}|!? *(?:❤|😊|🎉|proud))',
  },
  { anchors: 'hard', pattern: 'must be (?:so )?hard being you' },
  // a flat "Wow." that opens a reply or stands alone; after praise ("What a catch. Wow.") it is admiration
  { anchors: 'wow', pattern: '(?:^\\s*wow\\.(?= *(?:just wow|$|\\n|really|ok))|[.!?\\n]\\s*wow\\.(?= *just wow))' },
  {
    anchors: 'sure',
    pattern: 'sure,? (?:jan|you (?:are|were|did|do)|because that makes sense)',
    unlessBefore: "(?:make|makes|making|be|for|pretty|quite|very|not|so|i'm|i am|100%|are you|you)",
  },
  { anchors: 'love', pattern: 'love that for you(?= *(?:[.!🙄\\n]|$))' },
  {
    anchors: 'congrats congratulations',
    pattern: '(?:congrats|congratulations) on (?:remembering|finally|replying|deciding|noticing|gracing)',
  },
  {
    anchors: 'mind',
    pattern: "(?:oh )?(?:don't|dont|never) mind me",
    unlessBefore: 'if (?:you|ya|u)',
    unlessAfter: ',? (?:just (?!be |sit|wait|talk)[a-z]+ing|asking|saying|interrupting)',
  },
  { anchors: 'cool', pattern: '(?:^|[.!?\\n]\\s*)cool,? so' },
  { anchors: 'now', pattern: '(?:oh,? )?so now you (?:want|care|remember|decide|text|call|notice)' },
  { anchors: 'sure busy', pattern: '(?:sure|right|yeah),? ["“\']\\w+["”\']' },
  { anchors: 'guess', pattern: "let me guess,? you(?:'re| are| were)" },
  {
    anchors: 'bothering',
    pattern: '(?:oh )?sorry,? (?:am i|was i|is this) (?:bothering|disturbing|interrupting) you',
  },
  { anchors: 'wow', pattern: '(?:^|[.!?\\n]\\s*)wow(?:,? ok(?:ay)?)?[.!]?\\s*🙄' },
  { anchors: 'whatever', pattern: '(?:lol |haha )?(?:ok(?:ay)?|fine|sure) whatever(?: you say)?' },
  { anchors: 'okay cool', pattern: '(?:^|[.!?\\n]\\s*)okay\\. (?:cool|fine|great|sure)\\.' },
  { anchors: 'honour honor', pattern: '(?:what an|such an) (?:honour|honor)' },
  { anchors: 'coward', pattern: "(?:you're|you are) (?:a|such a) coward" },
  {
    anchors: 'embarrassing',
    pattern: "you(?:'re| are) (?:honestly |so |just )?(?:embarrassing|a disgrace|a mess|unbearable|insufferable)",
  },
  { anchors: 'nice', pattern: 'must be nice', unlessAfter: ' (?:being|to be) (?:a|an|my|the|his|her|our) ' },
  { anchors: 'essay novel', pattern: 'thanks for the (?:essay|novel|paragraph|one word|reply i guess)' },
  {
    anchors: 'interesting',
    pattern:
      "i(?:'m| am) sure (?:your|that) (?:phone|game|show|friends?) (?:is|are) (?:very |so )?(?:interesting|important|fascinating)",
  },
  { anchors: 'strain', pattern: "(?:don't|dont) (?:strain|hurt|exhaust) yourself" },
  { anchors: 'exhausting', pattern: 'must be (?:so )?(?:exhausting|hard|tiring) being you' },
  { anchors: 'child', pattern: "you(?:'re| are) (?:acting|behaving) like a (?:child|kid|baby|teenager)" },
  { anchors: 'point', pattern: 'what is (?:even )?the point of you' },
  { anchors: 'can', pattern: '(?:^|[.!?,]\\s*)oh,? so you can\\b|(?:^|[.!?]\\s*)so you can [^.?!\\n]{0,40}\\bbut\\b' },
  { anchors: 'time', pattern: "(?:take your time|no rush),? (?:it's|its) only been" },
  { anchors: 'clearly', pattern: 'clearly you have (?:plenty|loads|lots) of (?:it|time)' },
  { anchors: 'time', pattern: 'time for everyone (?:except|but) me' },
  { anchors: 'rank', pattern: 'glad to know i rank' },
  { anchors: 'talk', pattern: "i(?:'ll| will) just talk to myself" },
  { anchors: 'just', pattern: "i(?:'ll| will) just be here,? as usual" },
  { anchors: 'feel', pattern: 'thanks for making me feel' },
  { anchors: 'cool', pattern: '(?:^|[.!?\\n]\\s*)okay\\.?\\s*cool\\.' },
  {
    anchors: 'funny interesting amazing strange',
    pattern: '(?:funny|interesting|amazing|strange|weird) how (?:you|your|the|everyone|everybody|i)',
  },
  {
    anchors: 'some',
    pattern: '(?:^|[.!?,]\\s*)some of us',
    // company in a hard time, not a comparison: "some of us are barely hanging on too"
    unlessAfter:
      '\\s*(?:are (?:barely|struggling|hanging|going through|in the same boat|right there with)|(?:have|had) been there|know how (?:that|it) feels|feel the same|understand)',
  },
  { anchors: 'guess', pattern: 'let me guess' },
  { anchors: 'remind', pattern: 'remind me,? when (?:did|was|have) you' },
  {
    anchors: 'thumbs fingers broken lost',
    pattern: '(?:thumbs|fingers|phone|hands) (?:broken|not working|fallen off)|lost the use of',
  },
  {
    anchors: 'aww bless',
    pattern: '(?:^|[.!?,]\\s*)(?:aww+|bless(?: you| him| her)?)[,.!]',
    // fondness that follows ("aww, what a cute pair", "aww. that's sweet") is no mockery
    unlessAfter:
      "[.!,]*\\s*(?:what a|that's|thats|so|how|you're|thank|this|she|he|they|cute|sweet|adorable|love|i love|my|❤|😍|🥰|😊)",
  },
  { anchors: 'little', pattern: 'your little (?:night|friends|mates|job|trip|party|hobby|game|drinks|phone)' },
  {
    anchors: 'overdo wear',
    pattern: "(?:don't|careful|try not to)[^.?!\\n]{0,20}(?:overdo it|wear (?:you|yourself) out)|might wear you out",
  },
  { anchors: 'knew', pattern: 'who knew(?= *(?:[.!?\\n]|$))' },
  { anchors: 'boo', pattern: 'boo hoo' },
  {
    anchors: 'groundbreaking riveting spoiling oscar clap press speaks',
    pattern:
      "(?:groundbreaking|riveting|you're spoiling me|oscar[- ]worthy|slow clap|stop the press(?:es)?|(?:he|she|it) speaks(?= *(?:[.!\\n]|$)))",
  },
  { anchors: 'gentleman catch hero', pattern: 'what a (?:gentleman|catch|hero|keeper)(?:[.!]|,? (?:truly|really))' },
  { anchors: 'manage', pattern: 'how do you manage to be' },
  { anchors: 'appointment', pattern: '(?:book|make) an appointment to (?:speak|talk|see)' },
  { anchors: 'whole', pattern: '(?:two|three|a few|one) whole (?:words|emojis|letters|minutes|seconds)' },

  // insults, swearing and dismissals aimed at the reader
  {
    anchors: INSULT_NOUN_ANCHORS,
    pattern: `(?:you(?:'re| are| were)?|ur|you're being|you are being|you sound like|you look like|you act like|you're acting like|you (?:fucking |absolute |complete |total |utter )?)(?: (?:such|so|a|an|the|fucking|fuckin|absolute|complete|total|utter|literal|bloody|damn|little|big|massive|giant|pathetic|ignorant|lazy|crazy|useless|worthless|ugly|fat|sad|sorry|entitled|spoiled|miserable|stupid|dumb))* ${INSULT_NOUN}\\b`,
    negatable: true,
    unlessBefore: "(?:i'm|i am|i was|i feel like|i've been|me|thank|thanks|love)",
    unlessAfter: FOND_AFTER,
  },
  ...INSULT_RULES,
  {
    anchors: 'get serves',
    pattern: "(?:that's|thats|that is) what (?:you|u) get for|serves (?:you|u) (?:right|well right)",
    unlessAfter: '[^\\n]{0,40}(?:😂|🤣|haha|lol)',
  },
  {
    anchors: "don't dont",
    pattern: `(?:don't|dont) be (?:such )?(?:an? )?${INSULT_NOUN}\\b`,
  },
  {
    anchors: 'fuck',
    pattern:
      'what the (?:actual )?fuck (?:is|was) (?:your|ur) (?:problem|deal|issue|plan|point)|what the (?:actual )?fuck is wrong with (?:you|u)',
  },
  {
    anchors:
      'stupid dumb pathetic trash garbage idiotic moronic lame retarded braindead suck sucks worthless useless irrelevant',
    pattern:
      '(?:your|ur) (?:comment|post|take|opinion|idea|argument|logic|point|reply|answer|attitude|joke|poetry|poems?|writing|cooking|singing|music|art|degree|business idea|plan|family|friends|taste|driving|career|face|voice|laugh)s? (?:(?:is|are|was|were) (?:so |really |just |fucking |completely |utterly |genuinely |honestly )?(?:stupid|dumb|pathetic|trash|garbage|idiotic|moronic|lame|retarded|braindead|worthless|useless|irrelevant|cringe|embarrassing|a joke|shit|crap)|(?:really |fucking )?sucks?)\\b',
  },
  {
    anchors:
      'stupid dumb pathetic disgusting gross ugly vile repulsive revolting delusional retarded inept clueless ignorant brainless braindead brain worthless insufferable unbearable annoying creepy trash garbage dense thick embarrassment disgrace joke funny full boring exhausting tiresome spineless gullible obnoxious arrogant hideous awful horrible terrible nasty evil toxic shitty crappy despicable unlovable',
    pattern: `(?:you(?:'re| are| were| look| sound| seem)|ur) (?:so |such |too |super |very |hella |mega |fucking |really |just |honestly |literally |actually |this |that |being |the most |[a-z]+ly )*${INSULT_ADJECTIVE}(?= *(?:[.!?,;:\\n]|$|of\\b|enough\\b|it\\b|it's\\b|that\\b|lol\\b|lmao\\b|and\\b|but\\b|for\\b|to\\b|if\\b|because\\b|bro\\b|dude\\b|man\\b|mate\\b|person\\b|human\\b|af\\b|asf\\b|even\\b|sometimes\\b|lately\\b|today\\b|tonight\\b|right now\\b|rn\\b|my god\\b|i swear\\b))`,
    negatable: true,
    unlessAfter: FOND_AFTER,
  },
  {
    anchors: 'shut stfu gtfo piss fuck sod bugger clear naff jog bent lost away hell life yourself',
    pattern:
      '(?:^|[.!?,;:\\n(]\\s*|\\b(?:oh|just|so|now|please|pls|and|or|dude|man|mate|bro|seriously|honestly|alright|ok|okay|yeah|well|no|lol|\\[name\\])[,.!]? )(?:shut (?:the (?:fuck|hell|heck|f) )?up|stfu|gtfo|piss off|fuck off|f off|sod off|bugger off|clear off|naff off|jog on|get bent|get lost(?! in\\b)|go away(?= *(?:[.!?,\\n]|$|you|already|now|please|idiot|\\[))|go to hell|get a life|get over yourself|get (?:the fuck )?out of here)',
    unlessAfter:
      '[^.?\\n]{0,30}(?:no way|omg|congrat|amazing|!!!|😂|🤣|😍|haha|i love|so happy|so proud)|\\s*and (?:kiss|hug|come|take)',
  },
  {
    anchors: 'fuck screw fuk vuc',
    pattern:
      '(?:fuck|screw|fuk|vuc|f\\*+k) (?:you|off|yourself|your)(?! up\\b| (?:doing|talking|want|mean|on about|going)\\b)',
    unlessBefore: '(?:the|what the|who the|how the|why the)',
  },
  {
    anchors: 'hate despise loathe stand',
    pattern:
      "i (?:fucking |really |just |honestly |absolutely |truly |actually |[a-z]+ly )?(?:hate|despise|loathe|can't stand) (?:you|u)(?! (?:guys|all)\\b)\\b",
    negatable: true,
  },
  {
    anchors: 'disgust sicken repulse sick',
    pattern: 'you (?:disgust|sicken|repulse) me|(?:you|your \\w+) makes? me (?:sick|want to (?:puke|vomit|throw up))',
  },
  {
    anchors: 'asked cares gives',
    pattern:
      '(?:who|nobody|no one|no-one) asked(?: you| for your| for this)?(?= *(?:[.!?,\\n]|$))|(?:nobody|no one|no-one) (?:cares|gives a (?:fuck|shit|damn)) (?:what you|about (?:you|your|what you)|what your|about this)',
  },
  {
    anchors: 'care give',
    pattern:
      "i (?:really |honestly |just |seriously )?(?:don't|do not|couldn't|could not) (?:give a (?:fuck|shit|damn|toss|crap)|care)(?: (?:what|how) you| about (?:you|your|what you)| less| either way)",
  },
  {
    anchors: 'whatever',
    pattern: '(?:^|[.!?,]\\s*)whatever (?:dude|man|mate|bro|floats your boat|keeps your|helps you sleep)',
  },
  {
    anchors: 'suck',
    pattern: 'you (?:really |just |fucking |honestly )?suck(?! it\\b| (?:me|him|her) (?:in|into)\\b)',
  },
  // sarcastic and rhetorical questions
  {
    anchors:
      'kidding joking serious real high blind dumb stupid deaf insane crazy drunk trolling illiterate dense thick retarded',
    pattern:
      '(?:are|r) (?:you|u) (?:fucking |actually |seriously |really |even |being )?(?:kidding|joking|serious|for real|high|blind|dumb|stupid|thick|deaf|insane|crazy|drunk|trolling|illiterate|retarded|dense)(?: me| right now| rn)?(?: ?\\?)',
    unlessAfter: '[^.\\n]{0,40}(?:!!|congrat|amazing|so happy|so proud|omg|😍|🎉|yay|wow)',
  },
  {
    anchors: 'talking about on',
    pattern:
      'what (?:the (?:fuck|hell|heck) )?are (?:you|u) (?:even |actually |going )?(?:talking|on) about|(?:wtf|what the (?:fuck|hell|heck)) (?:are )?(?:you|u) (?:even )?(?:on|talking) about',
  },
  {
    anchors: 'even',
    pattern:
      '(?:did|do|can|have|does) (?:you|u) (?:even|actually even|ever even) (?:read|watch|look(?:ed)? at|glanced? at|listen(?:ed)?|know what|bother(?:ed)?|understand|check(?:ed)?|google(?:d)?|open(?:ed)?|lift|follow|test(?:ed)?|search(?:ed)?)',
  },
  { anchors: 'read', pattern: "(?:learn (?:how )?to read|can(?:'t| not|not)? (?:you|u) (?:even |not )?read\\?)" },

  // challenges that are really jabs, as in requests that readers rated rude (decision 218)
  ...unlessWarm([
    { anchors: 'seriously', pattern: '^\\s*(?:seriously\\?+[!?]*\\s*)+$' },
    {
      anchors: 'clear',
      pattern: '(?:is|was) (?:it|that|this) clear (?:now|enough)(?: for you)?\\?',
      // clearing up one's own muddle: "sorry, I meant 4 not 5. Is it clear now? x"
      unlessIn:
        '\\b(?:sorry|i meant|my bad|typo|garbled|autocorrect|oops|explain\\w*|clarif\\w*|re-?sent|rewrote|bigger text)\\b',
    },
    {
      anchors: 'problem issue deal',
      pattern: "(?:not sure|no idea|don't know|dont know|wonder) what (?:your|ur|you're) (?:problem|issue|deal) is",
    },
    // more jabs put as questions (decision 220): "…, really?", "is that really necessary?", "how is that helpful?"
    {
      anchors: 'really',
      pattern: ',\\s*really\\?+\\s*$',
      onlyIn: "\\b(?:you|your|you're|you've|you'd)\\b[^.?!\\n]{3,}?,\\s*really\\?+\\s*$",
      // asked with care: "how are you doing, really?"
      unlessIn: '\\b(?:how (?:are|r) (?:you|u)|(?:you|u) (?:doing|ok|okay|alright|feeling))\\b',
    },
    {
      anchors: 'really even',
      pattern:
        '(?:is|was) (?:this|that|it|all (?:this|that)) (?:really|even|actually) (?:necessary|needed|called for|notable|relevant|worth it|helping|helpful|that (?:hard|difficult|complicated|important|big a deal))\\?',
    },
    {
      anchors: 'helpful helping help relevant',
      pattern:
        'how (?:is|was|does|would) (?:that|this|any of (?:that|this)|(?:that|this) comment) (?:(?:even|supposed to be|meant to be|going to be) )?(?:helpful|helping|relevant|help(?: me| anyone| anything)?)\\?',
    },
    {
      anchors: 'point',
      pattern:
        "what(?:'s| is) (?:even |then |really )?the point (?:of|in) (?:even )?(?:having|asking|this|that|any of (?:this|that)|doing (?:this|that))\\b",
    },
    {
      anchors: 'wonder',
      pattern:
        "i wonder how long (?:it(?:'ll| will) take (?:you|u|him|her|them)|before (?:you|u|he|she|they)|(?:you|u|he|she|they)(?:'ll| will) (?:last|stick|keep|stay))\\b",
    },
    {
      anchors: 'seriously',
      pattern:
        '(?:^|[.!?]\\s*)seriously,? (?:where (?:are|were|is|did) (?:you|u)|who (?:are|do) (?:you|u)|are (?:you|u)|is (?:this|that)|you)\\b',
    },
    {
      anchors: 'earth hell heck fuck',
      pattern:
        'how (?:on earth|in the world|the (?:hell|heck|fuck)) (?:is|was|does|did|can|could) (?:this|that|it|any of this|anyone|(?:you|u)) [^.?!\\n]{0,40}\\b(?:not|fair|my fault|okay|ok|acceptable|normal|reasonable|possible)\\b',
    },
    {
      anchors: 'league much top harsh rude unfair dramatic rich excessive extreme unreasonable beyond',
      pattern:
        "(?:don't|dont) (?:you|u) think [^.?!\\n]{0,60}\\b(?:out of your league|(?:a )?(?:little|bit|tad|wee)(?: bit)? (?:much|over the top|harsh|rude|unfair|dramatic|rich|excessive|extreme|unreasonable|beyond you))\\b",
    },
  ]),

  // sarcasm whose words show it (the scorer no longer takes "thanks", "wow" or a short reply as a cue)
  { anchors: 'story', pattern: 'cool story' },
  { anchors: 'yawn', pattern: '^\\s*yawn[.!]*\\s*$' },
  { anchors: 'minimum', pattern: '(?:doing|did|do) the (?:bare|absolute) minimum' },
  { anchors: 'crumbs', pattern: '(?:thanks|thank you) (?:so much )?for the crumbs' },
  { anchors: 'audacity', pattern: 'the audacity' },
  { anchors: 'proud', pattern: '(?:your|ur) (?:mother|mum|mom|parents|dad|father) must be (?:so |very )?proud' },
  { anchors: 'cute', pattern: '(?:^|[.!?]\\s*)real cute' },
  { anchors: 'genius', pattern: '(?:good for you|thanks|nice one|nice job|well done|cheers),? genius\\b' },
  { anchors: 'lives alive miracle', pattern: "(?:oh,? )?(?:he|she) lives!|alive[!.]? (?:it's|its) a miracle" },
  { anchors: 'mortals', pattern: 'mere mortals' },
  { anchors: 'spine pair', pattern: 'grow a (?:spine|pair)' },
  { anchors: 'charmer', pattern: 'real charmer lately' },
  // general forms: rhetorical jabs (rule 21), set phrases that shut them down (rule 19), sarcastic openers (rule 10)
  {
    anchors: 'dense thick stupid deaf blind dumb slow real old planet says point read',
    pattern:
      "(?:are|r) you (?:seriously |actually |really |just )?(?:this |that |so )?(?:dense|thick|stupid|deaf|blind|dumb|slow)\\b|are you for real right now|do you (?:ever )?(?:actually )?(?:think|listen) before|how old are you(?:,? (?:\\d+|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\\b|\\?{2,}|,? seriously| even\\b| again\\b)|what planet are you (?:on|from)|who even (?:says|does|thinks) that|what(?:'s| is) (?:even )?the point (?:of|in) (?:talking|arguing|telling|trying)|did you (?:actually|even) read",
  },
  {
    anchors: 'spare favour favor hint lost shut piss sod river yeah heard flatter whatever',
    pattern:
      "(?:^|[.!?,]\\s*)(?:oh |ugh,? )?(?:spare me|do me a favou?r|take a hint|get lost(?! in\\b)|shut it|piss off|sod off|cry me a river|yeah,? yeah|heard it all before|don't flatter yourself|whatever,? do what you want)\\b",
  },
  {
    anchors: "toss damn shit fuck crap monkey's care asked cares",
    pattern:
      "i (?:don't|couldn't|could not|do not) give a (?:toss|damn|shit|fuck|crap|monkey's)|i don't care what (?:you|your \\w+) think|(?:nobody|no one|no-one) (?:asked for your|cares about your|asked you)",
  },
  {
    anchors:
      'look shock surprise congrats bless cute medal interrupt grace remembered clever smart genius listener minimum wait',
    pattern:
      "(?:^|[.!?]\\s*)(?:oh,? )?look who(?:'s| has)? (?:finally|decided|turned up|showed up)|what a (?:shock|surprise),|congrats on (?:doing|finally|remembering|managing)|bless you for (?!(?:raising|sharing|helping|being (?:so|such)|all (?:you|your)|everything|your (?:work|help|service|kindness|words)|this|these|that|the (?:work|help|support|advice|info))\\b)|cute that you think|want a (?:medal|gold star|trophy|round of applause)|(?:so )?sorry to interrupt your|sorry,? did i interrupt your|grace us with your presence|you think you(?:'re| are) (?:so |very )?(?:clever|smart|funny|special)|wow,? you (?:remembered|actually)|(?:another one of )?your genius ideas|such a good listener|bare minimum|oh wait\\.?\\s*$",
    unlessAfter: '[^\\n]{0,80}(?:proud of (?:you|u)|love (?:you|u|ya)|❤|🥰|😘|🥲)',
  },
  {
    anchors: 'brilliant marvellous great wonderful fantastic perfect lovely grown mature classy adult',
    pattern:
      "(?:^|[.!?]\\s*)oh (?:brilliant|marvellous|great|wonderful|fantastic|perfect|lovely)[,.!] (?:another (?:one of )?your|you've (?:broken|done|forgotten|lost|ruined))|(?:^|[.!?]\\s*)real (?:grown[ -]up|mature|classy|adult),",
  },
  { anchors: 'whatever say', pattern: '(?:sure|yeah|ok|okay)(?: (?:babe|mate|hun|dear|then))?,? whatever you say' },
  {
    anchors: 'joke embarrassment child clown disgrace baby hopeless',
    pattern:
      "(?:you(?:'re| are)|ur) (?:such |a |an |so |just |honestly |really |massive |complete |total |big )*(?:joke|embarrassment|child|clown|disgrace|hopeless)(?= *(?:[.!?,;\\n]|$|sometimes\\b|and\\b|honestly\\b))",
    negatable: true,
    unlessAfter: FOND_AFTER,
  },
  { anchors: 'so', pattern: '(?:stupid|disgusting|pathetic|ridiculous|useless)[^.?!\\n]{0,20} and so are you' },
  // general forms: the label put with a stressed "you really are", a jab closed by a tag question, "idc what you think"
  {
    anchors:
      'stupid dumb pathetic disgusting gross ugly vile repulsive revolting delusional clueless ignorant brainless worthless insufferable unbearable annoying creepy dense thick',
    pattern: `you (?:really|honestly|actually|seriously|truly|just) (?:are|were) (?:so |such |really |just |being )*${INSULT_ADJECTIVE}(?= *(?:[.!?,;:\\n]|$|sometimes\\b|lately\\b|and\\b|aren't\\b|you know\\b))`,
    negatable: true,
    unlessAfter: FOND_AFTER,
  },
  {
    anchors: 'victim martyr stupid dumb idiotic pathetic ridiculous',
    pattern:
      "(?:^|[.!?]\\s*)always the (?:victim|martyr)|(?:that|this) (?:was|is) (?:a |such a |so )?(?:stupid|dumb|idiotic|pathetic|ridiculous)(?: thing to (?:do|say)| move| idea)?,? (?:wasn't|isn't) it",
    unlessAfter: FOND_AFTER,
  },
  { anchors: 'idc', pattern: 'idc (?:what|about what) (?:you|u) (?:think|say|want)' },
  // general forms: a written eye-roll or sigh, a mocking title ("nice one, Einstein")
  {
    anchors: 'eye eyes eyeroll eyerolls roll rolls sigh sighs yawn yawns',
    pattern:
      '\\*(?:eye ?rolls?|eyerolls?|rolls? (?:my |her |his )?eyes|sighs?|heavy sigh|yawns?)\\*|(?:^|[.!?,]\\s*)(?:eye ?roll|eyeroll)(?= *[.!]*\\s*$)',
  },
  {
    anchors: 'einstein sherlock obvious mastermind',
    pattern:
      '(?:nice one|well done|good job|great job|good thinking|nice work|ok|okay|sure|thanks|yeah|alright|no shit),? (?:einstein|sherlock|captain obvious|mastermind)\\b|, (?:einstein|sherlock|captain obvious)(?= *(?:[.!?\\n]|$))',
  },
  // general forms from everyday fights: weary scorn ("not this again", "here we go again with the drama"), a jab
  // asked as a question ("are you done?", "can you do one thing right?"), "nobody cares." on its own
  {
    anchors: 'again go',
    pattern:
      '(?:^|[.!?]\\s*)(?:oh,? |ugh,? |god,? )*(?:not this again|here we go again,? (?:with )?the (?:drama|waterworks|sulking|sulk|excuses|attitude|silent treatment|guilt trip|tears|victim))',
  },
  { anchors: 'done finished', pattern: '^\\s*(?:so,? |well,? )?are (?:you|u) (?:done|finished)\\?+\\s*$' },
  {
    anchors: 'right capable',
    pattern:
      "can(?:'t)? (?:you|u) (?:ever )?(?:do|get) (?:one|a single|anything|one single) (?:thing )?right|are (?:you|u) (?:even |actually )?capable of\\b",
  },
  { anchors: 'since', pattern: 'since when do (?:you|u) (?:care|notice|listen|ask)' },
  {
    anchors: 'cares',
    pattern: '^\\s*(?:lol,? |honestly,? |literally )?(?:nobody|no one|no-one) cares(?= *[.!]*\\s*$)',
  },
  { anchors: 'nice smooth classy', pattern: '(?:^|[.!?]\\s*)real (?:nice|smooth|classy)(?= *[.!]*\\s*$)' },
  // general forms: scorn for their feelings with a mock title ("is the little princess sulking again?", rule 45)
  {
    anchors: 'princess prince diva snowflake man queen',
    pattern:
      '(?:is|did|has|does) (?:the|our|my|his|her) (?:little |poor |big |precious |wee )?(?:princess|prince|diva|snowflake|big man|little man|wee man|drama queen)\\b[^.?!\\n]{0,20}\\b(?:upset|sulking|sulk|sad|crying|cry|tired|hurt|cross|mood|feelings|strop|tantrum|offended)\\b',
  },
  // general forms of sarcasm the text shows (decision 210): scare quotes on what they do or say (rule 48)
  {
    anchors: "you you're you've keep keeps kept always thanks thank cheers",
    pattern:
      "(?:you(?:'re| are| were|'ve)?|keeps?|kept|always|(?:thanks|thank you|cheers) for) [\"\u201c][a-z][a-z']*(?: [a-z][a-z']*)?[.!?,]?[\"\u201d]",
    unlessAfter: '[^.!?\\n]{0,40}(?:made my|love|❤|😍|🥰|😘|cute|sweet|best|!)',
  },
  { anchors: "don't dont", pattern: '(?:don\'t|dont) ["\u201c][a-z][a-z\' ]{0,20}["\u201d] me\\b' },
  // a flat word of praise said twice ("Lovely. Just lovely.", "nice. really nice."), the whole reply
  {
    anchors: SAID_TWICE.join(' '),
    pattern: `^\\s*(?:${SAID_TWICE.map((w) => `${w}\\. (?:just |really |truly |absolutely )?${w}`).join('|')})(?= *[.]*\\s*(?:thanks a lot[.]*\\s*)?$)`,
  },
  // a complaint about them closed by a flat word of praise ("you left me on read again. cool.")
  {
    anchors: 'nice cool great lovely charming brilliant wonderful fantastic perfect classy chat convenient',
    pattern: `\\b(?:you|you're|your)\\b[^\\n]{0,80}?\\b(?:again|haven't|hasn't|didn't|never(?! (?:met|been|seen|tried|had)\\b)|not once|forgot|forgotten|forgetting|on read|on delivered|left me|ignored|ignoring|cancel+ed|late|my fault)\\b[^\\n]{0,60}?[.?,]\\s*(?:nice|cool|great|lovely|charming|brilliant|wonderful|fantastic|perfect|classy|good chat|great chat|convenient)\\.?(?=\\s*$)`,
    unlessBefore: "didn't have to|never fails to|never change",
  },
  // thanks that closes a complaint ("my whole day's ruined now, so thanks for that")
  {
    anchors: 'thanks',
    pattern:
      '\\b(?:ruined|wasted|alone|cried|crying|worse|miserable|nightmare|obviously|because of you|thanks to you)\\b[^\\n]{0,80}?[.,]\\s*(?:so |well |and )?thanks (?:for that|a lot|a bunch|heaps)\\.?(?=\\s*$)',
  },
  {
    anchors: 'thanks thank cheers',
    pattern:
      "(?:thanks|thank you|cheers) for making (?:my|this|the|our) \\w+(?: \\w+)? (?:one to forget|a nightmare|hell|miserable|(?:so much )?worse|awful|horrible)|(?:thanks|thank you|cheers) for (?:the reminder|reminding me) (?:that |of )?(?:where i stand|how little|i (?:come|rank|am last|'m last|don't matter|mean nothing))",
  },
  // a mock title closing a reply ("cheers for the lecture, professor", "lol ok grandad", "calm down, Shakespeare")
  {
    anchors: 'lol lmao lmfao haha ha okay sure alright yes calm thanks thank cheers',
    pattern:
      '(?:^|[.!?]\\s*)(?:(?:lol|lmao|lmfao|haha|ha),? (?:okay|sure|alright),? (?:buddy|grandad|boomer|champ|karen|sweetie|princess|delulu|pal|bestie)|(?:okay|sure|alright|yes|calm down),? (?:grandad|boomer|delulu|shakespeare|professor|señor [a-z]+|mister [a-z-]+|ceo of [a-z ]+)|(?:thanks|thank you|cheers)(?: for [^.!?\\n]{1,40})?,? (?:professor|shakespeare|champ|manager|einstein|sherlock))(?= *(?:🤡|🙄|🙃)*[.?]*\\s*$)',
    unlessAfter: FOND_AFTER,
  },
  // a sentence that shuts them down (rule 19): "Save it.", "Don't start.", "Give it a rest."
  {
    anchors: 'save start bother rest give talk blah cry laugh ask dignify violin',
    pattern:
      "(?:^|[.!?]\\s*)(?:oh |just |jeez,? |god,? |omg )?(?:save it|(?:don't|dont) start|(?:don't|dont) bother|give it a rest|give over|talk to the hand|blah,? blah,? blah|cry about it|cry more|(?:don't|dont) make me laugh|did i ask|i'm not even going to dignify that|stop with the violins?(?: music)?)(?=(?:,? (?:babe|mate|love|man|dude|honestly|then|lol|lmao|already))?[.!?]*\\s*(?:$|\\n)|(?:,? (?:babe|mate|love|man|dude|honestly|then|lol|lmao|already))?[.!?]+ (?!i'll|i've|i already|we |it's|no need|x\\b))",
  },
  {
    anchors: 'forbid seriously joke',
    pattern:
      "(?:heaven|god) forbid (?:you|your)\\b|(?:i can't|i cannot|nobody can|no one can|nobody|no one) (?:takes?|take) you seriously|is this a joke to you",
  },
  // praise for a double standard ("love how u had time to like her story but not reply to me")
  {
    anchors: 'love loving',
    pattern:
      "(?:^|[.!?]\\s*)(?:i )?(?:love|loving) (?:how|that) (?:you|you're|you've|your)\\b[^.!?\\n]{0,60}? but (?:not|never)\\b[^.!?\\n]{0,30}?\\b(?:me|my|us|our|reply|replying|text|texting|call|calling|answer|answering)\\b",
  },
  // mocking comparisons ("you're about as useful as a chocolate teapot", "the emotional range of a teaspoon")
  {
    anchors: 'as range piss',
    pattern:
      "(?:you(?:'re| are)|you're) (?:about )?as (?:useful|helpful|sharp|bright|warm|fun|reliable|interesting|romantic|supportive|much use) as (?:a|an) (?:chocolate|wet|inflatable|brick|bag|sack|box|plank|rock|ashtray)\\b|(?:your|you've got|you have) the emotional range of (?:a|an)\\b|couldn't organi[sz]e a piss-?up",
  },
];
