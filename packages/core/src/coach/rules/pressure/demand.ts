// phrase rules for demand: demanding answers or explanations

import type { RuleSpec } from '../../matcher.ts';
import { BEHAVIOUR, REPLY, unlessWarm } from '../vocabulary.ts';

/** a question told as part of a sentence ("see what's going on with you"), not asked of the reader */
const EMBEDDED_QUESTION =
  '(?:recogni[sz]e|recogni[sz]ing|see|seeing|understand|understanding|figure out|figuring out|find out|finding out|work out|explore|exploring|know|knowing|notice|noticing|identify|identifying|learn|learning|ask yourself|wonder|wondering|sense of|about|look at|looking at|aware of|realise|realize)';

export const DEMAND_RULES: readonly RuleSpec[] = [
  {
    anchors: 'why',
    pattern: `why (?:are|were|r) you (?:(?:always|still|even|suddenly|just|being|so) )*${BEHAVIOUR}`,
  },
  {
    anchors: 'why',
    pattern:
      "why (?:won't|don't|didn't|can't|haven't|wouldn't|do|did|would) you (?:(?:just|even|ever|never|always|keep|actually) )*(?:talk|tell|answer|reply|respond|text|call|open up|say|explain|care|listen|look at me|bother|pick up|get back|want to (?:talk|see me|be with me)|trust me|let me in|include me|make time|act like|treat me|ignore|avoid|keep)",
    unlessAfter: '[^\\n]{0,80}(?:proud|congrat|amazing|brilliant|😂|🤣|😍)',
  },
  { anchors: 'why', pattern: 'why (?:is it|does it) (?:always|so hard|like pulling teeth)' },
  { anchors: 'why', pattern: 'why (?:the|so much) (?:silence|silent treatment|attitude|cold shoulder)' },
  {
    anchors: 'tell',
    pattern:
      "tell me (?:what(?:'s| is| the hell is)? (?:wrong|going on|up|happening|the problem|your problem)|why|what i did|the truth|what happened|now|right now|what's really going on|what's actually going on|what is actually going on|straight)",
    unlessBefore:
      '(?:can|could|you can|feel free to|whenever you want to|if you want to|you could|want to|free to|(?:can|could|would|will) (?:anyone|someone|somebody|anybody|you guys|any of you|one of you))',
  },
  {
    anchors: 'need want deserve owe',
    pattern:
      '(?:i need|i want|i deserve|you owe me|i demand|i expect|i would appreciate)(?: (?:a real|an actual|some|real))? (?:an? )?(?:answer|answers|explanation|explanations|to know why|to know what|the truth|you to explain|you to tell me|closure|a straight answer)(?! (?:on|about|for|re|regarding) (?:the|a|this|that|our|my))',
    unlessBefore: "(?:don't|no)",
  },
  {
    anchors: 'answer explain',
    pattern:
      '(?:just )?(?:answer|explain) (?:me|yourself|the question|my question|why|this)(?! this:?| (?:this|that) (?:one|riddle|quiz|question):?)',
    unlessBefore:
      "(?:no need to|don't need to|don't have to|you don't have to|don't|never have to|(?:tried|time|try|trying|able|how|wanted|want|going|here) to|i'll|i will|let me|can|cannot|can't|could|couldn't|will|would)",
  },
  {
    anchors: 'explain justify',
    pattern: '(?:explain|justify) (?:this|that|yourself|your behaviou?r)',
    unlessBefore:
      "(?:no need to|don't need to|don't have to|you don't have to|don't|never have to|(?:tried|time|try|trying|able|how|wanted|want|going|here) to|i'll|i will|let me|i can|i could)",
  },
  {
    anchors: 'did done',
    pattern: 'what (?:did|have|have i|the hell did) i (?:do|done)(?: (?:wrong|now|this time|to you))?(?: to deserve)?',
  },
  {
    anchors: 'talk',
    pattern: 'we need to talk(?: (?:now|right now|tonight|today|asap|immediately))?(?= *(?:[.!?\\n]|$))',
  },
  {
    anchors: 'talk speak',
    pattern: '(?:just |please |please just )?(?:talk|speak) to me(?= *(?:[.!?\\n]|$|please|now|already))',
    unlessBefore: "(?:can|could|you can|free to|to|ready to|you'd like to|you want to|you can always|always)",
  },
  {
    anchors: 'who where',
    pattern:
      '(?:who (?:were|are|was|r) you (?:with|texting|talking to|messaging|seeing)|where (?:were|have) you been(?! all my life))',
  },
  {
    anchors: "what's what wrong going",
    pattern: "what(?:'s| is| the hell is) (?:wrong|going on|up|the matter|your problem|the problem) with you",
    unlessBefore: EMBEDDED_QUESTION,
  },
  { anchors: "what what's", pattern: "what(?: is|'s) (?:your|ur) problem" },
  {
    anchors: 'why',
    pattern: `why (?:haven't|didn't|aren't|won't|don't) you (?:just )?${REPLY}`,
  },
  {
    anchors: 'how',
    pattern:
      "how come you (?:haven't|didn't|don't|won't|never|are|can't) (?:reply|answer|respond|text|call|talk|tell|said|say|been)",
  },
  {
    anchors: 'owe',
    pattern: 'you owe me',
    unlessAfter: '(?:a |an |one |\\d|£|\\$|€|some |money|lunch|dinner|a drink|coffee|big time|for|back)',
  },
  {
    anchors: 'stop quit',
    pattern: '(?:stop|quit) (?:ignoring|avoiding|ghosting|shutting me out|pushing me away)(?: me)?',
  },
  {
    anchors: 'read listen watch',
    pattern: 'please (?:read|listen to|watch) (?:all of it|the whole thing|it all|everything|all of them)',
  },
  {
    anchors: 'sorting sort',
    pattern:
      "(?:we(?:'re| are) (?:sorting|talking about|having|discussing) this(?: out)? (?:now|tonight|face to face|whether|right now|today)|we (?:have|need|'ve got|got) to sort (?:this|it|things|us) out)",
  },
  { anchors: 'did', pattern: 'did i (?:say|do) something(?: wrong)?' },
  {
    anchors: 'mad angry upset annoyed pissed',
    pattern: '(?:are|r) you (?:mad|angry|upset|annoyed|pissed|cross) (?:at|with) me',
  },
  {
    anchors: 'want need',
    pattern:
      'i (?:just |really )?(?:want|need) you to (?:talk to me|tell me|answer|explain|be honest|open up|say something|respond|reply|look at me|listen)',
  },
  {
    anchors: 'know',
    pattern: '(?:let me know|tell me) (?:tonight|today|right now|now|by (?:tonight|tomorrow|\\w+day|the weekend|\\d))',
  },
  { anchors: 'said', pattern: "i(?:'ve| have) said no" },
  {
    anchors: 'going allowed',
    pattern: "you(?:'re| are) not (?:going|allowed)(?: to| out| anywhere)",
    unlessBefore: '(?:feel like|feeling like|feel|felt|think|thought|know|knew|sure|hope|hoping|promise|trust)',
  },
  { anchors: 'tell', pattern: '(?:^|[.!?,]\\s*)(?:just |now )?tell me(?= *(?:[.!?\\n]|$|now|already))' },
  { anchors: 'choose decide', pattern: '(?:^|[.!?,]\\s*)(?:choose|decide|pick)(?= *(?:[.!?\\n]|$))' },
  {
    anchors: 'pick answer',
    pattern: '(?:^|[.!?,]\\s*)(?:pick up|answer)(?: (?:the|your) phone)?(?= *(?:[.!?\\n]|$))',
  },
  {
    anchors: 'answer pick',
    pattern: '(?:answer|pick up) (?:your|the) (?:phone|calls?)',
    unlessAfter: ' when (?!i |you get)(?:\\w+ )?(?:rings|calls|phones)',
  },
  {
    anchors: 'admit',
    pattern: '(?:just )?admit (?:it|that|you)',
    unlessBefore: "(?:to|can|could|will|would|i|he|she|they|we|at least|i'll|i'd|gotta|got to|have to)",
  },
  {
    anchors: 'know',
    pattern:
      "i (?:just |really )?(?:need|want|have|deserve) to know (?:exactly )?(?:what(?:'s| is) (?:going on|happening|wrong|up)|what's really|why|where you (?:were|was|are|been|went)|who|what i did|what happened|if we're|whether we're|the truth|now|(?=[.!?]|$))",
  },
  {
    anchors: 'got',
    pattern: "you(?:'ve| have)? got (?:an|one|two|three|\\d+|24|48) (?:more )?(?:hour|hours|minutes|days?) to",
  },
  {
    anchors: "what's what",
    pattern:
      "what(?:'s| is) (?:up )?with (?:the|all the|your|this) (?:one word|one-word|short|attitude|silence|mood|face|cold|dry|radio silence)",
  },
  { anchors: 'honest', pattern: 'be honest with me' },
  { anchors: "what's what going", pattern: "what(?:'s| is) (?:actually|really|honestly) going on" },
  {
    anchors: 'dare',
    pattern: "(?:don't|dont) you dare",
    unlessAfter: ' (?:spoil|tell me (?:how|what happens)|eat|touch|finish|start|watch|drink|laugh)',
  },
  { anchors: 'until', pattern: "until we(?:'ve| have)? (?:talked|sorted|spoken|discussed)" },
  { anchors: 'give', pattern: 'give me your (?:phone|password|passcode|pin)' },
  {
    anchors: "what's what problem",
    pattern: "(?:so )?what(?:'s| is) the (?:problem|issue)(?: then)?(?= *(?:[.!?\\n]|$))",
  },
  {
    anchors: 'explanation',
    pattern: '(?:appreciate|want|need|expect|deserve|owe me|get) (?:an|some|a proper|a real) explanation',
  },
  {
    anchors: 'come',
    pattern: '(?:^|[.!?,]\\s*)come (?:down|out|outside|to the door|home now|home right now|home this instant)',
  },
  {
    anchors: 'why',
    pattern: "why (?:won't|don't|didn't|can't) you (?:just )?(?:look|talk|speak|open|tell|answer|reply)",
    unlessAfter: '[^\\n]{0,80}(?:proud of (?:you|u)|congrat|😂|🤣|😍)',
  },
  { anchors: 'who', pattern: 'who (?:was|is) (?:that|she|he|it)\\?' },
  {
    anchors: 'going',
    pattern: "what(?:'s| is) going on(?: with you| with us)?(?= *(?:\\?{2,}|[.!]))",
    unlessBefore: EMBEDDED_QUESTION,
  },

  // interrogation: "why did you…", "why didn't you…", "why won't you…"
  {
    anchors: 'why',
    pattern:
      "why (?:the (?:fuck|hell|heck) |on earth |in the world )?(?:did|didn't|won't|wouldn't|would|can't|couldn't|haven't|hadn't) (?:you|u)(?: guys)? (?:(?:even|just|ever|always|still|have to|need to|fucking|really|actually|never|not|bother to) )*(?!(?:think|mean|say that|ask|ask that|like|love|enjoy|recommend|pick|choose|prefer|want to know|be|feel)\\b)[a-z']+",
    unlessAfter:
      '[^\\n]{0,60}(?:curious|genuinely|just wondering|out of interest|i wonder|proud of (?:you|u)|congrat|😊|😄|❤|🥰|😂|🤣)',
  },
  {
    anchors: 'why',
    pattern:
      'why (?:the (?:fuck|hell|heck) )?(?:are|were|r) (?:you|u)(?: guys)? (?:(?:even|so|always|still|being|fucking|really|actually|just) )*(?:like this|the way|doing this|doing that|acting|talking|trying|comparing|speaking|making|saying|okay with|ok with|here|on this|visiting|ignoring|avoiding|complaining|getting|lying|yelling|shouting|mad|angry|upset|pissed|defending|arguing|commenting|posting|replying|concerned|worried about (?:what|my)|so (?:\\w+))',
    unlessAfter:
      '[^\\n]{0,60}(?:curious|genuinely|just wondering|out of interest|i wonder|😊|😄|❤|🥰|😂|🤣|😭|happy|excited|proud|cute|good at|so good|gorgeous|handsome|pretty|smart|clever|funny|talented|nice|sweet|kind|unfair|not fair)',
  },
  {
    anchors: 'why',
    pattern:
      'why do (?:you|u)(?: guys)? (?:(?:even|always|still|fucking|really|actually|just) )*(?:keep|care|bother|insist|hate|feel the need|have to|need to|think you|get to|always|never)\\b',
    unlessAfter: '[^\\n]{0,60}(?:curious|genuinely|just wondering|out of interest|i wonder)',
  },
  {
    anchors: 'reason',
    pattern: 'what (?:was|is|was even|is even) the (?:reason|point) (?:for|of|behind) (?:that|this|doing)',
  },
  { anchors: 'care', pattern: '(?:^|[.!?,]\\s*)care to explain' },
  // general forms: asking them to justify what they did, whatever the verb (rule 20), and closing off a no
  {
    anchors: "why why'd how",
    pattern:
      "(?:why|how come)(?:'d| (?:did|didn't|would|were|weren't|was|have|haven't|has|hasn't|does|is|are|won't|can't|couldn't|do))? you(?: (?:are|were|always|never|just|even|actually|still|keep|no))* (?!(?:think|reckon|guess|suppose|know|mean|ask|like|love|feel|need|look|sound|be|so good|always so|up so|want to (?:go|come|get|eat|watch)|so (?:happy|excited|sweet|kind|cute|nice|lovely|clever|funny|calm|good))\\b)[a-z']+",
    unlessBefore:
      "(?:asked|asking|wonder|wondering|wondered|know|knows|idea|understand|understanding|exactly|reason|that's|thats|that is|it's|its|it is|this is|which is|which was|that was|likely|probably|partly|precisely|tell (?:her|him|them)|told (?:her|him|them|me)|on|about|explore|exploring|figure out|figuring out|find out|work out|look at|looking at|recogni[sz]e|recogni[sz]ing|notice|noticing|identify|identifying|learn|learning|realise|realize)",
    unlessAfter:
      '[^\\n]{0,80}(?:😂|🤣|😭|😍|❤|lol|haha|hehe|lmao|genuinely|curious|just wondering|proud|amazing|brilliant|congrat|love (?:it|you|that|this)|looks? (?:great|amazing|good|lovely|gorgeous)|!!)',
  },
  { anchors: 'everything', pattern: 'why does everything (?:have to|need to)' },
  {
    anchors: 'explain',
    pattern: '(?:please |just )?explain (?:to me )?(?:why|how) you\\b',
    unlessBefore:
      "(?:no need to|don't need to|don't have to|you don't have to|don't|never have to|(?:tried|time|try|trying|able|how|wanted|want|going|here) to|i'll|i will|let me|i can|i could|can you|could you)",
    unlessAfter: '[^.?!\\n]{0,60}(?:again|😂|🤣|😭|😍|❤|lol|haha|hehe|lmao)',
  },
  { anchors: 'reason', pattern: "give me one (?:good |single )?reason why|what(?:'s| is) the real reason" },
  {
    anchors: 'expect',
    pattern: 'i expect (?:you|an? (?:answer|explanation|apology)|answers)',
    unlessAfter: "(?:'ll| will| would| to (?:love|enjoy|like|be (?:tired|exhausted|hungry|busy)))",
  },
  {
    anchors: 'discussion story excuses',
    pattern: "end of (?:discussion|story)|like it or not|no excuses|and don't (?:say|tell me)\\b",
  },
  { anchors: 'deal issue problem', pattern: "what (?:exactly )?(?:is|'s) (?:your|you're) (?:deal|issue|problem)\\b" },
  {
    anchors: 'thinking',
    pattern: 'what (?:were|was) you thinking',
    unlessAfter: '[^\\n]{0,80}(?:😂|🤣|😭|😍|❤|lol|haha|hehe|lmao)',
  },
  { anchors: 'tell', pattern: "(?:^|[.!?,]\\s*)tell me\\.? *$|you(?:'ll| will) tell me (?:what|why|when|everything)" },
  {
    anchors: 'sorting talking',
    pattern:
      "we(?:'re| are) (?:sorting this out|sorting it out|talking about this|having this (?:out|conversation))(?: (?:tonight|now|today|when you get (?:in|home)))?(?= *(?:[.!?,\\n]|$))",
  },
  // a challenge put as a question, as in requests that readers rated rude (decision 218)
  ...unlessWarm([
    {
      anchors: 'care',
      pattern: '(?:^|[.!?,]\\s*)care to (?:explain|elaborate|justify|enlighten|provide|share|tell|clarify)',
    },
    {
      anchors: 'mean',
      pattern:
        "what (?:do|did) (?:you|u) mean,? (?:[\"“']|(?:it|you|you're|they|they're|he|he's|she|she's|that|that's|this|i|i'm|we|we're) (?!by\\b|with\\b)(?=[a-z]))",
      // asked with worry or a laugh: "what do you mean you're not feeling great? want me to bring anything?"
      unlessIn:
        '\\b(?:are you ok(?:ay)?|you ok(?:ay)?|are you alright|you alright|want me to|do you need|need anything|can i (?:bring|get|help)|is it the|feel better|poor you|rematch)\\b|🥺',
    },
    {
      anchors: 'exactly',
      pattern:
        "what exactly (?:is|was|'s) (?:the|your|ur) (?:problem|issue)|what exactly (?:is|are|was) (?:not|wrong)|what exactly (?:do|did) (?:you|u) (?:mean|expect|think|type|want from me)|what exactly are (?:you|u) (?:trying to|asking|saying)",
    },
    {
      anchors: 'reason',
      pattern:
        "is there (?:any|a) (?:particular |specific |good )?reason (?:why )?(?:you|u) (?:(?:just|even|still|always|never|suddenly|keep) )*(?:haven't|hasn't|didn't|don't|won't|can't|couldn't|wouldn't|never|always|keep|kept|ignor|avoid|liked|unfollowed|blocked|deleted|removed|left|lied|hid|felt the need|(?:are|were) (?:ignoring|avoiding|being|acting|so|still|always))",
    },
    {
      anchors: 'come',
      pattern:
        "how come (?:you|u) (?:(?:just|even|suddenly|went ahead and) )?(?:removed|deleted|reverted|changed|undid|ignored|blocked|unfollowed|cancell?ed|lied|hid|skipped|forgot|missed|left without|didn't|did not)",
    },
    { anchors: 'why', pattern: "\\b(?:you|your|you're|you've)\\b[^.!?\\n]*[.!?]+\\s+why\\?+\\s*$" },
    {
      anchors: 'guess',
      pattern: '(?:are|am|do) (?:we|i) (?:supposed|meant|expected|going|having|have) to (?:just )?guess',
      // a riddle, a surprise or a choice of clothes is a game, not a jab
      unlessAfter: '[^.?!\\n]{0,30}\\bor (?:do|is|are|will|should|can) ',
      unlessIn: '\\b(?:crossword|clue|quiz|riddle|surprise)\\b',
    },
    {
      anchors: 'exactly',
      pattern: 'how exactly (?:is|was|are|were) (?:it|that|this|any of this|i)\\b',
    },
    // more challenges put as questions (decision 220)
    {
      anchors: 'intend intended expect expected happen',
      pattern:
        'what (?:did|were) (?:you|u) (?:intend(?:ing)?(?: to do)?|expect(?:ing)?|think would happen)(?= *(?:[.!?,]|$))',
    },
    {
      anchors: 'why',
      pattern:
        'why (?:was|were|has|have|is|are|did) (?:my|i|our)\\b[^.?!\\n]{0,40}?\\b(?:removed|deleted|reverted|blocked|ignored|left out|unfollowed|cancell?ed|blanked|undone|taken down|hidden|kicked out|uninvited)\\b',
    },
    {
      anchors: 'reason',
      pattern:
        '(?:^|[.!?,]\\s*)any (?:particular |good |specific )?reason (?:why )?(?:you|u) (?!(?:might|would|could|can)\\b)',
    },
    {
      anchors: 'show',
      pattern:
        '(?:^|[.!?,]\\s*)(?:just |now |so )?show (?:me |us )?(?:some|the|your|any) (?:proof|evidence|receipts|source|code)\\b',
    },
  ]),
];
