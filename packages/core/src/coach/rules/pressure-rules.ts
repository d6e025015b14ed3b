// phrase rules for the pressure categories (whole-message signals such as shouting live in structure.ts)

import type { PressureCategory } from '../../playbook.ts';
import type { RuleSpec } from '../matcher.ts';

const BEHAVIOUR =
  '(?:being|acting|ignoring|avoiding|doing this|doing that|like this|like that|so (?:distant|quiet|cold|off|weird|short|moody|mean|different|upset|angry|mad|secretive|dry|blunt|rude)|distant|quiet|cold|mad at me|upset with me|angry with me|angry at me|pulling away|shutting me out|giving me|treating me|talking to me like|not (?:answering|replying|talking|texting|responding|picking up|telling|speaking|listening)|always|never|ghosting|leaving me|hiding|lying|so weird)';

const REPLY =
  '(?:reply|replied|replying|answer|answered|answering|respond|responded|responding|text(?:ed)? (?:me )?back|call(?:ed)? (?:me )?back|get back to me|got back to me|write back|wrote back)';

const LEISURE =
  '[^.?!\\n]{0,40}?\\b(?:place|restaurant|cafe|café|bar|pub|show|series|movie|film|book|song|album|band|podcast|game|recipe|ramen|pizza|burger|sushi|tacos|dish|cake|spot|bakery|museum|beach|park|trail|shop|store|market|brunch|coffee|latte|flat white|wine|beer|gin|cocktail|episode|season|playlist|concert|menu|dessert|ice cream|trainers|jacket)\\b';

const FIX_VERB =
  '(?:quit|leave (?:your|that|the) (?:job|work|company|team)|talk to {PRON}|speak to {PRON}|tell {PRON}|ask {PRON}|ask for (?:a raise|help|time off)|see a (?:therapist|doctor|counsel+or|professional|gp)|get (?:some )?(?:help|therapy|sleep|rest|a new job|another job|over it|out more|a grip|organi[sz]ed)|go to (?:bed|the doctor|therapy|the gym|hr)|stop (?:worrying|stressing|overthinking|thinking about|letting|taking)|start (?:looking|exercising|meditating|journaling|saying no|running)|take (?:a break|some time off|time off|a day off|a walk|a bath|a holiday|a vacation|a nap)|meditate|exercise|relax|breathe|look for (?:a new|another)|apply (?:for|somewhere)|confront {PRON}|report {PRON}|report it|set (?:some )?boundaries|make a (?:list|plan)|write (?:it|things|everything) down|focus on|delegate|prioriti[sz]e|sleep (?:more|earlier)|work out|switch (?:jobs|teams|careers)|change (?:jobs|careers|your)|cut (?:them|him|her) off|block {PRON}|ignore (?:them|him|her|it)|push back|say no|stand up (?:to|for)|put yourself first|find (?:a new|another|a better)|move (?:out|on)|get off your phone|drink (?:more )?water|do yoga|try (?:meditating|yoga|therapy|exercising|journaling|running|to relax|to sleep)|be more (?:assertive|organi[sz]ed|positive))';

export const PRESSURE_RULES: Readonly<Record<PressureCategory, readonly RuleSpec[]>> = {
  demand: [
    {
      anchors: 'why',
      pattern: `why (?:are|were|r) you (?:(?:always|still|even|suddenly|just|being|so) )*${BEHAVIOUR}`,
    },
    {
      anchors: 'why',
      pattern:
        "why (?:won't|don't|didn't|can't|haven't|wouldn't|do|did|would) you (?:(?:just|even|ever|never|always|keep|actually) )*(?:talk|tell|answer|reply|respond|text|call|open up|say|explain|care|listen|look at me|bother|pick up|get back|want to (?:talk|see me|be with me)|trust me|let me in|include me|make time|act like|treat me|ignore|avoid|keep)",
    },
    { anchors: 'why', pattern: 'why (?:is it|does it) (?:always|so hard|like pulling teeth)' },
    { anchors: 'why', pattern: 'why (?:the|so much) (?:silence|silent treatment|attitude|cold shoulder)' },
    {
      anchors: 'tell',
      pattern:
        "tell me (?:what(?:'s| is| the hell is)? (?:wrong|going on|up|happening|the problem|your problem)|why|what i did|the truth|what happened|now|right now|what's really going on|what's actually going on|what is actually going on|straight)",
      unlessBefore: '(?:can|could|you can|feel free to|whenever you want to|if you want to|you could|want to|free to)',
    },
    {
      anchors: 'need want deserve owe',
      pattern:
        '(?:i need|i want|i deserve|you owe me|i demand|i expect|i would appreciate)(?: (?:a real|an actual|some|real))? (?:an? )?(?:answer|answers|explanation|explanations|to know why|to know what|the truth|you to explain|you to tell me|closure|a straight answer)(?! (?:on|about|for|re|regarding) (?:the|a|this|that|our|my))',
      unlessBefore: "(?:don't|no)",
    },
    {
      anchors: 'answer explain',
      pattern: '(?:just )?(?:answer|explain) (?:me|yourself|the question|my question|why|this)',
    },
    {
      anchors: 'explain justify',
      pattern: '(?:explain|justify) (?:this|that|yourself|your behaviou?r)',
      unlessBefore: "(?:no need to|don't need to|don't have to|never have to|you don't have to|don't)",
    },
    {
      anchors: 'did done',
      pattern:
        'what (?:did|have|have i|the hell did) i (?:do|done)(?: (?:wrong|now|this time|to you))?(?: to deserve)?',
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
        '(?:who (?:were|are|was|r) you (?:with|texting|talking to|messaging|seeing)|where (?:were|have) you been)',
    },
    {
      anchors: "what's what wrong going",
      pattern: "what(?:'s| is| the hell is) (?:wrong|going on|up|the matter|your problem|the problem) with you",
    },
    { anchors: 'what', pattern: "what (?:is|'s) (?:your|ur) problem" },
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
      pattern:
        '(?:let me know|tell me) (?:tonight|today|right now|now|by (?:tonight|tomorrow|\\w+day|the weekend|\\d))',
    },
    { anchors: 'said', pattern: "i(?:'ve| have) said no" },
    { anchors: 'going allowed', pattern: "you(?:'re| are) not (?:going|allowed)(?: to| out| anywhere)" },
    { anchors: 'tell', pattern: '(?:^|[.!?,]\\s*)(?:just |now )?tell me(?= *(?:[.!?\\n]|$|now|already))' },
    { anchors: 'choose decide', pattern: '(?:^|[.!?,]\\s*)(?:choose|decide|pick)(?= *(?:[.!?\\n]|$))' },
    {
      anchors: 'pick answer',
      pattern: '(?:^|[.!?,]\\s*)(?:pick up|answer)(?: (?:the|your) phone)?(?= *(?:[.!?\\n]|$))',
    },
    { anchors: 'answer pick', pattern: '(?:answer|pick up) (?:your|the) (?:phone|calls?)' },
    { anchors: 'admit', pattern: '(?:just )?admit (?:it|that|you)' },
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
    },
    { anchors: 'who', pattern: 'who (?:was|is) (?:that|she|he|it)\\?' },
    { anchors: 'going', pattern: "what(?:'s| is) going on(?: with you| with us)?(?= *(?:\\?{2,}|[.!]))" },
  ],
  accusation: [
    {
      anchors: 'never',
      pattern:
        "you (?:never|never ever|hardly ever|barely ever)(?! (?:know|fail|cease|disappoint|forget|miss|believe (?:who|what|how|it)|let me down|have to (?:apologi[sz]e|explain|worry|thank)|need to (?:apologi[sz]e|worry|explain|thank)|stop (?:amazing|surprising|making me)|looked|look|seem to age|miss a beat|judge))(?: (?!and\\b|but\\b|or\\b)[a-z']+){0,3}",
      unlessAfter: '[^.?\\n]*(?:!!|😂|🤣|haha|lol|amazing|congrat|so happy|brilliant)',
    },
    {
      anchors: 'always',
      pattern:
        'you (?:always|constantly|keep|just keep) (?:(?:just|have to|seem to) )?(?:ignore|ignoring|forget|forgetting|do this|do that|doing this|make (?:it|everything) about|put (?:yourself|your|work|them|your friends)|choose|pick (?:them|work|your)|have an excuse|cancel|cancelling|canceling|blame|leave|run away|shut (?:me|down)|walk away|turn (?:it|this|everything)|twist|get defensive|say that|act like|leave me|take (?:their|his|her|your)|criticize|criticise|interrupt|brush me off|blow me off|push me away|pull away|pulling away|avoid|avoiding|make excuses|lie|lying|let me down|change the subject|dismiss|play the victim|ruin|mess|shutting|pushing|disappear|go quiet|go silent|need space|want space)',
    },
    {
      anchors:
        'ignoring avoiding ghosting shutting pushing listening never selfish cold heartless impossible unbelievable liar lying childish immature toxic worst cruel mean useless hopeless ridiculous crazy insane coward lazy manipulative narcissist narcissistic inconsiderate thoughtless careless unavailable distant absorbed centered centred ungrateful hypocrite hypocritical obsessed married always clearly not punishing playing using stringing',
      pattern:
        '{YOURE} {INT}(?:ignoring me|avoiding me|ghosting me|shutting me out|pushing me away|not listening|not even listening|never there|never here|selfish|cold|heartless|impossible|unbelievable|a liar|lying|childish|immature|toxic|the worst|cruel|so mean|mean to me|useless|hopeless|ridiculous|crazy|insane|a coward|lazy|manipulative|a narcissist|narcissistic|inconsiderate|thoughtless|careless|emotionally unavailable|unavailable|distant|self-?absorbed|self-?centered|self-?centred|ungrateful|a hypocrite|hypocritical|obsessed with your phone|married to your job|always on your phone|clearly not interested|not even trying|not trying|punishing me|playing games|playing with me|using me|stringing me along)',
      negatable: true,
      unlessAfter:
        '(?:to (?:beat|resist|dislike|stay mad|be mad|say no|replace|top)|at (?:scrabble|cards|chess|games))',
    },
    {
      anchors:
        'ignored abandoned forgot lied hurt broke left blew bailed ditched stood embarrassed humiliated betrayed promised',
      pattern:
        'you(?: just| clearly| obviously| honestly| literally)? (?:ignored|abandoned|forgot (?:about )?(?:me|my|our)|lied|hurt me|broke your promise|left me on read|blew me off|bailed|ditched me|stood me up|embarrassed me|humiliated me|betrayed|promised)',
      negatable: true,
    },
    {
      anchors: 'ignoring avoiding ghosting shutting blowing pushing cold distant acting mia awol',
      pattern:
        "you(?:'ve| have)? (?:been )?(?:(?:completely|totally|just) )?(?:ignoring|avoiding|ghosting|shutting me out|blowing me off|pushing me away|cold|distant|acting (?:weird|cold|distant|different|off)|MIA|awol)(?! (?:today|lately)?\\s*(?:and|,)? *(?:i get it|that's ok|which is fine|and that's fine))",
      negatable: true,
      unlessBefore:
        "(?:i know|i noticed|i've noticed|i feel like|it feels like|it seems like|seems like|sorry if|sorry)",
    },
    {
      anchors: 'fault',
      pattern: "(?:it's|this is|that's|it is|its|all) (?:all |entirely |completely )?(?:your|ur|you're) fault",
      negatable: true,
    },
    { anchors: 'because', pattern: "(?:all )?because of you(?! (?:i|i'm|we))", negatable: true },
    { anchors: 'did made', pattern: 'you (?:did this|made me (?:do|say|feel|like|this|so|act))', negatable: true },
    {
      anchors: "don't doesn't",
      pattern:
        "you (?:clearly |obviously |just |simply )?(?:don't|do not) (?:even )?(?:care|listen|try|make (?:any )?effort|appreciate|respect|value|think about (?:me|anyone)|put (?:any )?effort)(?! (?:about (?:the|that|this|it)|what (?:they|people) think))",
      negatable: true,
    },
    {
      anchors: 'only just care think',
      pattern: 'you (?:only|just) (?:ever )?(?:care|think) about (?:yourself|you|your(?:self| job| work| friends))',
    },
    {
      anchors: 'selfish rude inconsiderate',
      pattern:
        '(?:so|how|that was|this is|such|really|incredibly) (?:selfish|rude|inconsiderate|cruel|disrespectful|hurtful)(?! of me)',
      negatable: true,
      unlessBefore:
        "\\b(?:he|she|they|he's|she's|they're|is|was being|is being|are being|guy|girl|i'm|i am|i was|i've been)\\b.*",
    },
    {
      anchors: 'such',
      pattern: '(?:such|what) an? (?:liar|jerk|child|baby|coward|hypocrite|narcissist)',
      negatable: true,
      unlessBefore: "(?:i'm|i am|i was|i feel like|i've been|he's|she's|he is|she is)",
    },
    {
      anchors: 'treat treated',
      pattern: 'the way you (?:treat|treated|talk to|talked to|speak to|spoke to) me',
      unlessAfter: '(?:means|makes me feel (?:safe|loved|special|good)|is (?:so )?(?:lovely|sweet|kind))',
    },
    { anchors: 'keep', pattern: 'you keep (?:doing|saying|promising|breaking|letting)', negatable: true },
    {
      anchors: 'stop quit',
      pattern: '(?:stop|quit) (?:ignoring|avoiding|ghosting|shutting me out|pushing me away)(?: me)?',
    },
    {
      anchors: 'time',
      pattern:
        '(?:have|got|find|make|plenty of|loads of) (?:plenty of |enough |all the |loads of )?time for (?:everyone|everybody|your (?:friends|mates|work|phone|job)|them|her|him|the football|the gym)(?: (?:else|but|except))?',
    },
    { anchors: 'still', pattern: "and you still (?:do it|did it|do that|did that|don't|won't|didn't)" },
    { anchors: 'read', pattern: '(?:left|leaving|leave) (?:me )?on read' },
    { anchors: 'hot', pattern: 'hot and cold' },
    {
      anchors: 'acting',
      pattern:
        "you(?:'re| are) (?:acting|behaving) like (?:a child|a kid|a teenager|a baby|an idiot|a stranger|i don't exist|i'm invisible|i'm not here|nothing happened)",
    },
    { anchors: 'online', pattern: '(?:online|active|on your phone|posting) all (?:day|night|evening) but' },
    { anchors: 'once', pattern: 'for once(?! in)' },
    {
      anchors: 'tracked checked',
      pattern:
        'i (?:tracked|checked|went through|looked through|read) your (?:location|phone|messages|texts|emails|email|dms)',
    },
    { anchors: 'rather', pattern: "you'd rather (?:be on your phone|be with|talk to|spend time|go out|see)" },
    { anchors: 'home', pattern: "(?:you're|your|you are) never (?:home|here|around|there)" },
    {
      anchors: 'one',
      pattern:
        "i(?:'m| am) (?:always )?the (?:only )?one (?:who|that) (?:always )?(?:has to|makes|puts|does|tries|reaches|texts|calls)",
    },
    { anchors: 'walked', pattern: 'you (?:walked|went) (?:straight |right )?past me' },
    { anchors: 'only', pattern: 'you only (?:ever )?(?:call|text|message|talk to me|want me|come|reply) when' },
    { anchors: 'typical', pattern: '(?:^|[.!?]\\s*)typical(?: you| of you)?,' },
    {
      anchors: 'more',
      pattern:
        'if you were (?:a bit |a little )?more (?:organi[sz]ed|careful|thoughtful|present|attentive|considerate)',
    },
    {
      anchors: 'most',
      pattern:
        '(?:the|such a) (?:most )?(?:self-?absorbed|selfish|inconsiderate|cold|heartless|lazy) (?:person|man|woman|boyfriend|girlfriend|husband|wife|partner)',
    },
    { anchors: 'exactly', pattern: 'this is (?:exactly|just) what you (?:did|do|always do)' },
    { anchors: "couldn't", pattern: "you couldn't even (?:say|text|call|bother|be bothered|remember|look)" },
    { anchors: 'forgot', pattern: 'you forgot (?:my|our|about (?:me|us|my|our))' },
    { anchors: 'answer', pattern: 'you never (?:answer|reply|text back|call back)' },
    { anchors: 'posted', pattern: 'you (?:just )?posted (?:a|an|on|your|something)' },
    {
      anchors: 'keep',
      pattern: 'you keep (?!making me (?:laugh|smile)|surprising|amazing|spoiling|getting better|helping)[a-z]+',
      negatable: true,
    },
    {
      anchors: "you've have been",
      pattern:
        "you(?:'ve| have) been (?!spoiling|helping|supporting|looking|taking care|making me (?:laugh|smile))[a-z]+ing me",
      negatable: true,
    },
    {
      anchors: "haven't didn't never",
      pattern:
        "you (?:haven't|have not|didn't|did not|never once|never even|couldn't even)(?: even| once)? (?:said|asked|texted|called|messaged|shown|thanked|apologi[sz]ed|noticed|bothered|checked|made) (?:me|one|a single|anything|how i|once|even|any|the effort)",
    },
    {
      anchors: 'flaky closed glued useless laziest selfish worst brick unreliable fake stonewall',
      pattern:
        "(?:you(?:'re| are)?|that's you) (?:so |such an? |honestly |literally |the |a )*(?:flaky|closed book|glued to (?:that|your) phone|useless|laziest|most selfish|worst (?:partner|boyfriend|girlfriend|husband|wife)|brick wall|unreliable|fake|two-faced|impossible to talk to|all take and no give)",
      negatable: true,
    },
    {
      anchors: 'put choose prioritise prioritize',
      pattern:
        'you (?:put|choose|pick|prioriti[sz]e) (?:everyone|everything|everybody|work|them|your (?:friends|mates|job|phone|family)|him|her)(?: else)? (?:before|over|above|ahead of) me',
    },
    {
      anchors: 'but except before over',
      pattern: '(?:everyone|everything|everybody)(?: else)? (?:but|except|before|over) me',
    },
    {
      anchors: 'instead',
      pattern:
        'you [^.?!\\n]{0,40}instead of (?:coming|being|spending|calling|texting|talking|showing|helping|picking)',
    },
    {
      anchors: 'terms about',
      pattern: "(?:always|only ever|everything's|it's always) (?:on your terms|about you)|all about you",
    },
    {
      anchors: 'stop quit',
      pattern:
        '(?:stop|quit) (?:pretending|acting like|changing the subject|hiding|dodging|lying|making excuses|deflecting|playing games|twisting|blaming|brushing me off|shutting me out)',
    },
    {
      anchors: 'stonewall stonewalled talked talk switched shut brushed fobbed blanked',
      pattern:
        'you (?:stonewall(?:ed)?|talk(?:ed)? over me|switch(?:ed)? off|shut(?:s)? (?:me )?(?:down|out)|brush(?:ed)? (?:me|it) off|fob(?:bed)? me off|blank(?:ed)? me)',
    },
    { anchors: 'hard', pattern: 'why is it so hard (?:for you )?to' },
    { anchors: 'because', pattern: "because you (?:won't|can't|never|don't|refuse|wouldn't)" },
    { anchors: 'delivered seen', pattern: '(?:left|leaving|leave) (?:me )?on (?:delivered|seen|opened)' },
    { anchors: 'notice care', pattern: "and you (?:don't|do not|didn't) even (?:notice|care|ask|see)" },
    { anchors: 'treat', pattern: 'the way you treat me' },
  ],
  assuming_worst: [
    {
      anchors: "don't do no",
      pattern:
        "you (?:clearly |obviously |just |probably |must )?(?:don't|do not|no longer|dont) (?:even )?(?:love|care about|want|like|need|miss|find me|think about) (?:me|us)(?! (?:to worry|to (?:pick|bring|get|come|cook|wait)))",
      negatable: true,
      unlessBefore: "(?:i know|i'm sure|i'm not saying|not that)",
    },
    {
      anchors:
        "moved found met fallen lost stopped done bored tired sick over want wanting leaving going gonna planning cheating seeing talking with into regret hate can't just don't never",
      pattern:
        "you(?:'ve| have|'re| are)? (?:already |probably |clearly |obviously |just )?(?:moved on|found someone|met someone|fallen out of love|lost interest|stopped (?:loving|caring|wanting)|done with (?:me|us)|bored (?:of|with) me|tired of me|sick of me|over (?:me|us)|want(?:ing)? out|want(?:ing)? to (?:leave|break up|end (?:it|things|this))|leaving me|going to leave|gonna leave|planning to leave|cheating|seeing someone|talking to someone else|with someone else|into someone else|regret (?:us|being with me|this|me)|hate me|can't stand me|are (?:using|stringing) me|just using me|don't (?:even )?like me anymore|never (?:really )?(?:loved|cared about|wanted) me|never loved me)",
      negatable: true,
      unlessBefore: "(?:i know|not that|i don't think|i'm not saying)",
    },
    {
      anchors: 'someone somebody else',
      pattern: "(?:is there|there's|there is|is it|it's) (?:someone|somebody) else",
      unlessBefore: '(?:i know|not that)',
    },
    { anchors: 'who', pattern: "who(?:'s| is) (?:she|he)\\?" },
    { anchors: 'rather', pattern: "you(?:'d| would) (?:rather|prefer to) be (?:with|alone|anywhere|single)" },
    {
      anchors: 'over done finished dead dying doomed',
      pattern:
        "(?:this|it|we)(?:'s| is|'re| are)? (?:really |just |basically |already )?(?:over|done|finished|dead|dying|doomed)(?:,| now)? (?:isn't it|aren't we|right|huh|then|i guess|already)",
    },
    {
      anchors: 'over dead doomed',
      pattern: "(?:i guess|guess|so) (?:this|it|we)(?:'s| is|'re| are) (?:over|done|finished|dead|doomed)",
    },
    { anchors: 'relationship', pattern: 'this relationship is (?:dead|dying|doomed|over|a joke|going nowhere)' },
    {
      anchors: 'falling drifting',
      pattern: "we(?:'re| are) (?:falling apart|finished|doomed|drifting apart)(?! and i)",
      unlessBefore: '(?:scared|afraid|worried|feel like|worry)',
    },
    { anchors: 'point', pattern: "what(?:'s| is) (?:even )?the point (?:of us|of this|anymore|of trying|in trying)" },
    {
      anchors: 'know obvious clear',
      pattern:
        "(?:i know|it's obvious|it's clear|it is obvious|clearly) you(?:'re| are) (?:lying|hiding something|done|bored|unhappy|not (?:interested|happy|in love))",
    },
    { anchors: 'guess', pattern: "i guess (?:you(?:'re| are)|you've) (?:busy with|happier|better off|moved|done)" },
    { anchors: 'mean', pattern: "i (?:must )?(?:don't|do not|no longer) mean anything to you" },
    {
      anchors: 'replaced replace',
      pattern: "you(?:'ve| have)? (?:replaced|found a replacement for|forgotten about) me",
    },
    { anchors: 'seem', pattern: "you (?:don't|do not|no longer) (?:even )?seem to (?:care|want|love|miss|notice)" },
    { anchors: 'know', pattern: "i know you (?:don't|do not|no longer) (?:feel|love|want|care|like)" },
    {
      anchors: 'attractive',
      pattern: "you (?:don't|do not) (?:find me|think i'm) (?:attractive|pretty|hot|sexy|interesting)",
    },
    { anchors: 'enough', pattern: "i(?:'m| am) (?:just )?not (?:enough|good enough) for you(?: anymore)?" },
    {
      anchors: 'going',
      pattern:
        "(?:i know|we (?:both )?know|i can see|i guess we know|i see) where (?:this|it|we)(?:'s| is| are)? (?:going|heading)",
    },
    {
      anchors: 'bet glad relieved happier',
      pattern:
        "(?:i bet|i'm sure|probably|you're probably|you were probably) (?:you(?:'re| are| were)? )?(?:glad|relieved|happier|happy|pleased|better off) (?:i|that i|without me|i'm|when i)",
    },
    { anchors: 'time', pattern: "(?:i'm sure |i bet )?you had a (?:much |way |far )?better time without me" },
    { anchors: 'over', pattern: "(?:so )?that's it(?: then)?,? we(?:'re| are) (?:over|done|finished)" },
    { anchors: 'guessing', pattern: "i(?:'m| am) (?:guessing|assuming|betting) (?:something|you|that you|there's)" },
    { anchors: 'pity', pattern: '(?:out of|because of) pity|feel sorry for me' },
    { anchors: 'last', pattern: "i(?:'m| am) the last (?:person|one|thing) you (?:want|care|think)" },
    {
      anchors: 'leave',
      pattern:
        "(?:i know |i just know )?you(?:'re| are) (?:going to|gonna|about to|planning to) (?:leave|dump|end|break up)",
    },
    {
      anchors: 'needy clingy',
      pattern:
        "you(?:'ll| will)? (?:just )?think i(?:'m| am) (?:being )?(?:needy|clingy|crazy|dramatic|too much|annoying)",
    },
    { anchors: 'made', pattern: "you(?:'ve| have)? (?:already )?made up your mind(?: about (?:us|me))?" },
    { anchors: 'regret', pattern: 'you regret (?:moving|meeting|marrying|us|being|getting|it|this|me)' },
    {
      anchors: 'checked',
      pattern: "you(?:'ve| have)? (?:completely |totally )?checked out(?: of (?:this|us|the relationship))?",
    },
    { anchors: 'care', pattern: "i feel like you (?:don't|do not) (?:care|love|want|like)" },
    {
      anchors: 'something',
      pattern: 'something (?:happened|went on) (?:there|on that trip|at the party|with (?:her|him|them))',
    },
    { anchors: 'somewhere', pattern: "you(?:'ve| have) been somewhere else" },
  ],
  chasing: [
    {
      anchors: 'see get read receive',
      pattern:
        '(?:did|have|d) you (?:even )?(?:see|get|read|receive|look at|check|seen|gotten) (?:my|this|that|any of my|all my|what i) (?:last |previous |earlier )?(?:message|messages|text|texts|msg|email|voicemail|calls?|missed calls?|dm|snap|post|sent)',
    },
    { anchors: 'get see', pattern: '(?:did|d) you (?:get|see) (?:this|that|it|them)\\?' },
    {
      anchors: 'checking making',
      pattern: '(?:just )?(?:checking|making sure) (?:if|that|whether|in case)? ?you (?:got|saw|read|received|see|get)',
    },
    {
      anchors: 'online active typing seen posting',
      pattern:
        "(?:i |we )?(?:can )?(?:see|saw|know) (?:that )?you(?:'re| were| are|'ve been| have been)? (?:online|active|on (?:instagram|whatsapp|insta|facebook|snapchat|here|your phone)|typing|posting|liking)",
    },
    {
      anchors: 'online active',
      pattern:
        "you(?:'re| were| are|'ve been) (?:literally |clearly |just )?(?:online|active)(?: (?:just now|earlier|all day|a minute ago|an hour ago))?",
    },
    { anchors: 'read seen', pattern: '(?:left|leaving|leave) (?:me )?on (?:read|seen|delivered|opened)' },
    { anchors: 'read', pattern: 'you read (?:it|my message|my messages|my text)(?! (?:yet|out))' },
    {
      anchors: 'why how',
      pattern: `(?:why|how come) (?:haven't|didn't|aren't|won't|don't|are you not|do you not|have you not) (?:you )?(?:just )?${REPLY}`,
    },
    { anchors: 'answer pick', pattern: "(?:answer|pick up) (?:your|the|ur|you're) (?:phone|calls?|texts?)" },
    {
      anchors: 'call text',
      pattern: '(?:call|text|message|ring) me back(?: (?:now|already|asap|please|pls))?(?= *(?:[.!?\\n]|$))',
      unlessBefore: '(?:can you|could you|pls|please|when you can|whenever you)',
    },
    {
      anchors: 'reply respond answer',
      pattern:
        '(?:please |just |pls )?(?:reply|respond|answer)(?: (?:me|to me|already|asap|now|back|please|pls|for once))?(?= *(?:[.!?\\n]|$))',
      unlessBefore:
        "(?:to|no need to|don't|you don't have to|before you|when you|no rush to|no pressure to|don't need to|a|the|your|my|owe me a)",
    },
    {
      anchors: 'waiting',
      pattern: "(?:i'm |still |i am |been )+waiting(?: (?:for|on) (?:a|your|an) (?:reply|answer|response|text|call))?",
      unlessBefore: "(?:i'll be|happy|no problem|i don't mind)",
      unlessAfter: ' (?:on|for) (?:the|a|my|our|his|her|an?) (?!reply|answer|response|text|call)',
    },
    {
      anchors: 'called texted messaged',
      pattern:
        "i(?:'ve| have)? (?:called|texted|messaged|rung|tried calling|tried texting|tried to call) (?:you )?(?:like )?(?:\\d+|two|three|four|five|six|ten|so many|a hundred|a million|several|multiple) times",
    },
    { anchors: 'ignoring', pattern: '(?:stop|quit) ignoring (?:me|my)' },
    {
      anchors: 'there alive',
      pattern: '(?:are|r) (?:you|u) (?:still )?(?:there|alive|even there|awake|getting these|ignoring me)\\?+',
      unlessAfter: '\\s*[a-z]',
    },
    {
      anchors: 'there',
      pattern: '(?:you|u|anyone|anybody|hello|helloo) (?:still )?there\\?+',
      unlessAfter: '\\s*[a-z]',
    },
    { anchors: 'earth', pattern: 'earth to \\w+' },
    { anchors: 'hello hey hi helloo yo hellooo', pattern: '(?:hello|helloo|hey|hi|yo|oi)+\\s*\\?{2,}' },
    { anchors: 'hello helloo', pattern: 'hel+o+\\s*[!.]*\\?[?!.]*' },
    {
      anchors: 'been',
      pattern:
        "it(?:'s| has) been (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|so many|hours|days)(?: \\w+)? (?:since|and you|and no|and nothing|and still|with no)",
    },
    {
      anchors: 'going',
      pattern: '(?:are you|r you) (?:ever )?(?:going to|gonna) (?:answer|reply|respond|text|call|get back|talk to me)',
    },
    {
      anchors: 'replied answered responded',
      pattern:
        "you (?:still )?(?:haven't|didn't|never) (?:replied|answered|responded|texted back|called back|got back|gotten back)",
    },
    { anchors: 'ping bump', pattern: '(?:^|\\n)\\s*(?:ping|bump)(?:ing)?' },
    { anchors: 'keep', pattern: "i(?:'ll| will) keep (?:calling|texting|messaging) (?:until|till)" },
    { anchors: 'bumping bump', pattern: 'bump(?:ing)? (?:this|it|my message)(?: up)?' },
    {
      anchors: 'case',
      pattern:
        "in case (?:it got (?:buried|lost)|you missed (?:it|this|my)|you didn't see|the (?:first|last|other|previous) one (?:didn't|did not) (?:go through|send|arrive))",
    },
    { anchors: 'sending again', pattern: '(?:sending|resending) (?:this|it|that) again' },
    { anchors: 'recieved recieve received', pattern: '(?:have|did) you (?:recieved|recieve|received) my' },
    {
      anchors: 'never reply',
      pattern: '(?:never|not) (?:going to|gonna) (?:reply|answer|respond|text back|call back|get back to me)',
    },
    { anchors: 'getting', pattern: '(?:are|r) you (?:even )?getting my (?:messages|texts|calls|msgs)' },
    {
      anchors: 'answer reply respond',
      pattern: "if you (?:don't|won't|do not|can't) (?:answer|reply|respond|call|text|pick up|get back)",
    },
    { anchors: 'phone', pattern: '(?:waiting|sat|sitting|stared at) by (?:my|the) phone' },
    {
      anchors: 'receipts receipt saw seen opened',
      pattern:
        "(?:read receipts?|you(?:'ve)? (?:saw|seen|opened) (?:it|my message|this)(?: hours| \\w+ hours| ages| a while)?)",
    },
    {
      anchors: 'called texted messaged rang',
      pattern:
        "i (?:literally |already |just |have |'ve )?(?:called|texted|messaged|rang) (?:you )?(?:like )?(?:\\d+|two|three|four|five|six|seven|ten|so many|several|multiple) times",
    },
    {
      anchors: 'tried',
      pattern: "(?:i've |i have |i )?tried (?:ringing|calling|texting|messaging|to call|to reach) you",
    },
    {
      anchors: 'back',
      pattern: '(?:call|text|ring) me back',
      unlessBefore: "(?:can you|could you|when you can|whenever you|no need to|don't need to)",
      unlessAfter: "(?: when(?:ever)? you (?:can|get|have|are|'re)|,? no rush|,? it's about)",
    },
    { anchors: 'reply answer respond call', pattern: '(?:reply|answer|respond|call me|text me) by' },
    { anchors: 'calling texting messaging ringing', pattern: '(?:calling|texting|messaging|ringing|trying) you again' },
    { anchors: 'posted', pattern: 'you (?:just )?posted (?:a|an|on|your|something)' },
    {
      anchors: 'been',
      pattern: "it's (?:only )?been (?:two|three|four|five|\\d+|a few|several|so many) (?:days|hours|weeks)",
    },
    {
      anchors: 'messaging',
      pattern: "i(?:'m| am|'ll| will) (?:going to |gonna )?keep (?:messaging|texting|calling) (?:until|till)",
    },
    { anchors: 'breathing alive', pattern: '(?:are|r) (?:you|u) (?:still )?(?:breathing|alive)' },
    { anchors: 'status active', pattern: '(?:your )?status says (?:active|online)' },
    { anchors: 'tick', pattern: 'tick[ ,-]?tock' },
    {
      anchors: 'sent',
      pattern: '(?:not sure|did) (?:this|that|it|my message) (?:one )?(?:sent|send|go through|went through)',
    },
    { anchors: 'ticks', pattern: '(?:two )?blue ticks' },
    { anchors: 'still', pattern: '(?:^|[.!?,]\\s*)still nothing' },
    { anchors: 'knock', pattern: 'knock knock' },
    { anchors: 'update', pattern: '(?:^|[.!?,]\\s*)any (?:update|news|reply|word)\\?' },
    { anchors: 'busy', pattern: 'busy again' },
    { anchors: 'floating top', pattern: '(?:floating|bringing|pushing) this (?:back )?(?:up|to the top)' },
    {
      anchors: 'whatsapp online instagram',
      pattern: "(?:you're|ur|you are) (?:on|online on) (?:whatsapp|insta|instagram|snapchat|facebook)(?: tho| though)?",
    },
    { anchors: 'wakey', pattern: 'wakey wakey' },
    { anchors: 'missed', pattern: '\\d+ missed calls?' },
    { anchors: 'there', pattern: '(?:^|[.!?,]\\s*)(?:are|r) (?:you|u) there(?= *(?:[.!?\\n]|$))' },
    { anchors: 'asleep', pattern: 'did (?:you|u) fall asleep' },
    { anchors: 'call', pattern: '(?:^|[.!?,]\\s*)call me(?= *(?:[.!\\n]|$|now|asap|back))' },
    { anchors: 'picking', pattern: "(?:why )?(?:aren't|arent|are you not) (?:you |u )?picking up" },
  ],
  fixing: [
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
      anchors: 'should need must gotta could',
      pattern:
        'you (?:really |probably |definitely |honestly |just |seriously )?(?:should|need to|have to|must|gotta|ought to|could always|might want to) (?:just |really |honestly |seriously |probably |definitely )?(?!(?:have|sign|pay|book|send|bring|submit|collect|renew|register|fill|print|buy|order|confirm|check in|leave by|come|join|see (?:the|this|that|it)|try (?:the|this|that|some|it)|watch|read|check out|grab|pick|get (?:some )?(?:food|dinner|lunch|breakfast|tickets|the)|book (?:the|a) table|wear|text me when|let me know|know|tell me|hear|meet|taste|visit|come|have (?:seen|heard|been)|be (?:proud|here|there)|totally|smell|feel (?:proud|good about)|go (?:see|watch)|do (?:it|that) again)\\b)[a-z]+',
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
      unlessAfter: '(?:me|us)\\b|(?:a |the )?(?:minute|sec|second|moment|checking|wanted)',
    },
    { anchors: 'why', pattern: "why (?:not|don't you|dont you) just" },
    {
      anchors: 'get',
      pattern: '(?:^|[.!?,]\\s*)get some (?:sleep|rest|fresh air|exercise|help|therapy)',
      unlessBefore: "(?:no need to reply|no rush|don't reply|don't answer)[^.!?]*",
    },
    { anchors: 'stop', pattern: '(?:^|[.!?,]\\s*)stop (?:checking|looking at|reading|doing|drinking|scrolling)' },
    { anchors: 'think', pattern: "(?:^|[.!?,]\\s*)(?:just )?(?:don't|dont) think about it" },
  ],
  minimizing: [
    {
      anchors: 'big bad worth just only end head minor nothing silly',
      pattern:
        "(?:it's|that's|it is|that is|this is) (?:not (?:a|that) big (?:of a )?deal|no big deal|not that bad|not worth (?:getting upset|being upset|crying|stressing|worrying)|just (?:a|one) (?:bad day|job|test|exam|thing|game|phase|silly)|only (?:a|one) (?:job|test|day|game)|not the end of the world|all in your head|so minor|nothing to (?:cry|worry|get upset|be upset|stress) about|silly to (?:worry|cry|be upset))",
      unlessAfter:
        "(?:,? ?(?:if|for me|to me|i'll|i will|we can|honestly,? i|at all,? (?:i|we)|but (?:we|i|the|can|could|you)))",
    },
    {
      anchors: 'calm',
      pattern: 'calm (?:down|tf down|the f down)',
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
  ],
  ultimatum: [
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
      pattern: "if you(?:'re| are) not (?:home|back|here|there)[^.?!\\n]{0,30} (?:i(?:'m| am|'ll| will))",
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
  ],
  guilt: [
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
    { anchors: 'mind', pattern: "(?:don't|dont|never) mind me", unlessAfter: ',? just (?!be |sit|wait|talk)[a-z]+ing' },
    { anchors: 'used', pattern: "i(?:'m| am) used to (?:being|it|this)" },
    {
      anchors: 'know',
      pattern: 'you know how (?:anxious|upset|worried|sad|hurt|much|insecure|stressed) i (?:get|feel|am)',
    },
    {
      anchors: 'alone',
      pattern:
        "i(?:'ll| will) (?:just )?(?:eat|sit|go|stay|be|sleep|watch)[^.?!\\n]{0,30}(?:alone|on my own|by myself)",
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
      pattern:
        "i(?:'m| am) the only one (?:in this |here )?(?:who|that) (?:still )?(?:cares|tries|tries|bothers|makes)",
    },
    {
      anchors: 'list afterthought second',
      pattern: '(?:bottom|last) (?:of|on) your list|an afterthought|second (?:best|place|fiddle)',
    },
    { anchors: 'nobody else', pattern: "i(?:'ve| have)? got nobody else|i have no one else" },
    { anchors: 'way', pattern: 'way to make me feel' },
    { anchors: 'breaking', pattern: 'you are breaking me' },
  ],
  overwhelming: [
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
        "(?:it's|its|it is) (?:like )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) (?:minutes|pages|paragraphs)(?: long)?",
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
  ],
  contempt: [
    {
      anchors: 'nice thanks thank great good glad',
      pattern:
        '(?:(?:wow|oh wow|well|gee|oh|wow ok|okay)[,.!]* )?(?:nice|thanks|thank you|great|good|glad|so nice|how nice|lovely) (?:of you )?(?:to |for |that you )?(?:finally|for finally|so much for finally)(?! (?:(?:got|getting) (?:some )?(?:rest|sleep|home|a break|time off)|did it|finished))',
    },
    {
      anchors: 'nice',
      pattern:
        '(?:so |how |really )?nice of you to (?:finally )?(?:reply|show up|answer|respond|text|call|remember|join|grace|bother|notice|let me know)',
    },
    {
      anchors: 'look',
      pattern:
        "look who(?:'s| is)? (?:finally )?(?:decided|remembered|showed up|is alive|alive|awake|back|here|talking)",
    },
    {
      anchors: 'mature',
      pattern: '(?:real|very|so|how|super) mature',
      unlessAfter: ' of (?:the|my|his|her|that|our|their)',
    },
    { anchors: 'grow', pattern: '(?:just )?grow up' },
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
    { anchors: 'wow', pattern: '(?:^|[.!?\\n]\\s*)wow\\.(?= *(?:just wow|$|\\n|really|ok))' },
    { anchors: 'sure', pattern: 'sure,? (?:jan|you (?:are|were|did|do)|because that makes sense)' },
    { anchors: 'love', pattern: 'love that for you(?= *(?:[.!🙄\\n]|$))' },
    {
      anchors: 'congrats congratulations',
      pattern: '(?:congrats|congratulations) on (?:remembering|finally|replying|deciding|noticing|gracing)',
    },
    {
      anchors: 'mind',
      pattern: "(?:oh )?(?:don't|dont|never) mind me",
      unlessAfter: ',? just (?!be |sit|wait|talk)[a-z]+ing',
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
    { anchors: 'can', pattern: '(?:^|[.!?,]\\s*)(?:oh,? )?so you can\\b' },
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
      pattern: '(?:funny|interesting|amazing|strange|weird) how (?:you|your)',
    },
    { anchors: 'some', pattern: '(?:^|[.!?,]\\s*)some of us' },
    { anchors: 'guess', pattern: 'let me guess' },
    { anchors: 'remind', pattern: 'remind me,? when (?:did|was|have) you' },
    {
      anchors: 'thumbs fingers broken lost',
      pattern: '(?:thumbs|fingers|phone|hands) (?:broken|not working|fallen off)|lost the use of',
    },
    { anchors: 'aww bless', pattern: '(?:^|[.!?,]\\s*)(?:aww+|bless(?: you| him| her)?)[,.!]' },
    { anchors: 'little', pattern: 'your little (?:night|friends|mates|job|trip|party|hobby|game|drinks|phone)' },
    {
      anchors: 'overdo wear',
      pattern: "(?:don't|careful|try not to)[^.?!\\n]{0,20}(?:overdo it|wear (?:you|yourself) out)|might wear you out",
    },
    { anchors: 'knew', pattern: 'who knew(?= *(?:[.!?\\n]|$))' },
    { anchors: 'boo', pattern: 'boo hoo' },
    {
      anchors: 'groundbreaking riveting fascinating spoiling oscar clap press speaks',
      pattern:
        "(?:groundbreaking|riveting|fascinating|you're spoiling me|oscar[- ]worthy|slow clap|stop the press(?:es)?|(?:he|she|it) speaks)",
    },
    { anchors: 'gentleman catch hero', pattern: 'what a (?:gentleman|catch|hero|keeper)(?:[.!]|,? (?:truly|really))' },
    { anchors: 'manage', pattern: 'how do you manage to be' },
    { anchors: 'appointment', pattern: '(?:book|make) an appointment to (?:speak|talk|see)' },
    { anchors: 'whole', pattern: '(?:two|three|a few|one) whole (?:words|emojis|letters|minutes|seconds)' },
  ],
};
