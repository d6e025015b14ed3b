// phrase rules for messages that need a pointer to real help instead of coaching tips

import type { SafetyConcern } from '../../playbook.ts';
import type { RuleSpec } from '../matcher.ts';

export const SAFETY_RULES: Readonly<Record<SafetyConcern, readonly RuleSpec[]>> = {
  self_harm: [
    { anchors: 'myself', pattern: '(?:kill|hurt|harm|cut|end) myself' },
    {
      anchors: 'die dead',
      pattern:
        '(?:i )?(?:want|wanna|going|just want|wish i could|wish i was|wish i were) (?:to )?(?:die|be dead|disappear forever)',
    },
    { anchors: 'end', pattern: 'end (?:it all|my life|everything)' },
    { anchors: 'suicide suicidal', pattern: 'suicid(?:e|al)' },
    {
      anchors: 'live alive here wake',
      pattern: "(?:don't|do not) want to (?:live|be alive|be here anymore|wake up|exist)",
    },
    { anchors: 'off', pattern: '(?:better off|be better) (?:dead|without me)' },
    { anchors: 'reason', pattern: 'no reason to (?:live|go on|keep going)' },
    { anchors: 'life', pattern: 'take my (?:own )?life' },
    { anchors: 'overdose pills', pattern: '(?:overdose|take all (?:the|my) pills)' },
    {
      anchors: 'anymore',
      pattern: "can't (?:do this|go on|take (?:it|this)) anymore(?:[^.?!]{0,30}(?:die|end|gone|disappear))",
    },
    { anchors: 'bridge edge roof ledge', pattern: '(?:standing|sitting|up) on the (?:bridge|edge|roof|ledge)' },
    { anchors: 'stop', pattern: 'want (?:everything|it all) to stop' },
    { anchors: 'point', pattern: "(?:what's|whats|what is) the point of (?:anything|living|life|going on|me)" },
    { anchors: 'dark', pattern: 'dark thoughts' },
    { anchors: 'myself', pattern: "what i(?:'ll| will| might) do to myself" },
    { anchors: 'off', pattern: '(?:better|be) off without me' },
    { anchors: 'around', pattern: "(?:won't|will not|wouldn't) be around (?:much )?(?:longer|anymore|for long)" },
    { anchors: 'waking wake', pattern: 'not (?:waking|wake|to wake) up' },
    {
      anchors: 'thoughts',
      pattern: 'thoughts (?:about|of) (?:dying|death|ending|not being here|hurting myself|killing)',
    },
    {
      anchors: 'happier disappeared',
      pattern:
        "(?:everyone|you'd all|you all|everybody)(?: would|'d)? be (?:happier|better off) (?:if i|without me)|if i (?:just )?(?:disappeared|wasn't here|was gone)",
    },
    {
      anchors: 'pills',
      pattern:
        'pills (?:lined up|ready|in my hand|counted out)|(?:took|taken|swallowed) (?:all|a load of|too many|a bunch of) (?:the |my )?(?:pills|tablets)',
    },
    {
      anchors: 'letters notes note letter',
      pattern:
        '(?:written|wrote|writing|left) (?:goodbye )?(?:letters|notes|a note|a letter) (?:for|to) (?:everyone|you all|my family|each of you)',
    },
    {
      anchors: 'point',
      pattern:
        "(?:no|don't see the|not much|what's the) point (?:in |of )?(?:being here|living|going on|carrying on|being alive)",
    },
    { anchors: 'eating', pattern: "(?:i'll|i will|i'm going to) stop eating" },
    {
      anchors: 'pill pills tablets',
      pattern:
        '(?:swallow|take|taking|took) (?:every|all (?:of )?(?:my|the)|a load of|the whole (?:box|bottle) of) (?:pill|pills|tablets|meds)',
    },
    {
      anchors: 'easier around',
      pattern: "(?:easier|better) for everyone if i (?:just )?(?:wasn't|weren't|was not) (?:around|here)",
    },
    {
      anchors: 'point',
      pattern: "(?:don't|won't|can't) see the point (?:in|of) (?:anything|waking up|going on|carrying on|being here)",
    },
    { anchors: 'promise safe', pattern: "can't promise i(?:'ll| will) (?:be|stay) safe" },
    {
      anchors: 'reason here tomorrow',
      pattern: "(?:i(?:'m| am)|i won't be) not (?:here|around) tomorrow|the reason i(?:'m| am) not here",
    },
    { anchors: 'paper', pattern: 'reading about me in the (?:paper|news)' },
  ],
  danger: [
    {
      anchors: 'scared afraid terrified',
      pattern:
        "(?:i'm|i am|i feel) (?:so |really )?(?:scared|afraid|terrified) (?:of (?:you|him|her|them|what (?:you|he|she)(?:'ll| will| might))|for my (?:life|safety|kids|children))",
    },
    {
      anchors: 'threatened threatening threatens',
      pattern:
        '(?:you|he|she|they) (?:threatened|threatens|is threatening|are threatening|keeps threatening) (?:to|me)',
    },
    { anchors: 'gun knife weapon', pattern: '(?:has|have|got|with|grabbed) a (?:gun|knife|weapon)' },
    {
      anchors: 'kill hurt',
      pattern:
        "(?:i'm|i am|i'll|i will|i'm going to|i'm gonna|going to|gonna|he'll|she'll|he's going to|she's going to) (?:kill|hurt|beat) (?:you|me|him|her|them|myself)(?! (?:at|in) (?:cards|chess|mario|this game))",
    },
    {
      anchors: 'unsafe safe',
      pattern: "(?:i (?:don't|do not) feel safe|i'm not safe|not safe (?:at home|with (?:you|him|her)))",
    },
    {
      anchors: 'someone somebody',
      pattern:
        "(?:someone|somebody) (?:is |'s )?(?:trying to (?:get|break) in|breaking in|outside my door|following me)",
    },
    {
      anchors: 'drinks drunk drinking',
      pattern: '(?:had (?:a few |some |too many )?drinks|drunk|been drinking)[^.?!\\n]{0,40}driv',
    },
    {
      anchors: 'drinks pints beers drunk',
      pattern:
        '(?:drinks|pints|beers|glasses of wine|drunk)[^.?!\\n]{0,60}(?:driv(?:e|ing|er)|motorway|on the road|behind the wheel)|(?:driving|motorway|on the road|behind the wheel)[^.?!\\n]{0,60}(?:drinks|pints|beers|drunk)',
    },
    {
      anchors: 'trying outside banging followed following leave',
      pattern:
        "(?:someone|somebody|a man|a guy|a woman|my ex|he|she)(?:'s| is)? (?:trying to (?:get|break) in(?:to)?|outside (?:the|my) (?:house|flat|door|window)|banging on (?:the|my) door|followed me|following me|won't leave)",
    },
    {
      anchors: 'get stand move bleeding',
      pattern:
        "(?:can't|cannot) (?:get up|stand up|move my|feel my)|i'm bleeding|(?:slipped|fell|fallen|collapsed)[^.?!\\n]{0,40}(?:can't|hospital|hurt)",
    },
    {
      anchors: 'motorway driving road wheel',
      pattern: '(?:motorway|driving|behind the wheel|on the road)[^\\n]{0,80}(?:pints|drinks|beers|drunk)',
    },
    {
      anchors: 'broken hanging',
      pattern:
        "(?:broken into|break[- ]in)[^.?!\\n]{0,60}(?:still|hanging around|outside)|(?:man|guy|someone)(?:'s| is)? (?:still )?hanging around",
    },
    { anchors: 'following followed', pattern: "(?:a guy|a man|someone|somebody)(?:'s| has)? been following me" },
    {
      anchors: 'shoulder broken',
      pattern:
        '(?:broken down|stranded|stuck) (?:on|at|in) [^.?!\\n]{0,40}(?:dark|pitch black|motorway|hard shoulder|middle of nowhere)',
    },
    { anchors: 'scared afraid', pattern: "(?:i'm|i am) (?:scared|afraid|terrified) to go home" },
    {
      anchors: 'banging door',
      pattern: "(?:man|guy|someone|somebody|bloke)(?:'s| is)? banging on (?:our|the|my) (?:front |back )?door",
    },
    { anchors: 'sliding skidding', pattern: "(?:car|van)(?:'s| is) (?:sliding|skidding)" },
    {
      anchors: 'gas smoke fire',
      pattern: '(?:i can )?smell (?:gas|smoke|burning)|(?:the )?(?:house|flat|kitchen) is on fire',
    },
    { anchors: 'behind following', pattern: "(?:bloke|man|guy|someone)(?:'s| has)? been (?:behind|following) me" },
    {
      anchors: 'outside looking',
      pattern:
        "(?:car|van|man|someone)(?:'s| has)? (?:been )?(?:sat|sitting|parked|waiting) outside since|keeps looking (?:at|into) the (?:house|flat|window)",
    },
  ],
  abuse: [
    {
      anchors: 'hit slapped punched kicked choked strangled pushed shoved grabbed hurt',
      pattern: '(?:you|he|she|they) (?:hit|hits|slapped|punched|kicked|choked|strangled|pushed|shoved|grabbed|hurt) me',
    },
    { anchors: 'forced force', pattern: '(?:you|he|she) (?:forced|force|forces) me' },
    {
      anchors: 'let',
      pattern:
        "(?:you|he|she) (?:won't|doesn't|don't|wouldn't) let me (?:leave|see my|go out|have my|talk to|speak to|use)",
    },
    {
      anchors: 'controls checks tracks control',
      pattern: '(?:you|he|she) (?:controls?|checks?|tracks?|monitors?) (?:my|where i)',
    },
    { anchors: 'again', pattern: '(?:hurt|hit) me again' },
    { anchors: 'abuse abusive abusing', pattern: '(?:abuse|abusive|abusing)' },
    { anchors: 'password passcode', pattern: "(?:give me|tell me|what's) your (?:phone )?(?:password|passcode|pin)" },
    {
      anchors: 'tracked checked',
      pattern:
        'i (?:tracked|checked|went through|looked through|read) your (?:location|phone|messages|texts|emails|dms)',
    },
    { anchors: 'allowed going', pattern: "you(?:'re| are) not (?:going|allowed)(?: to| out| anywhere)" },
    { anchors: 'regret', pattern: "you(?:'ll| will) regret it if you (?:leave|walk|go)" },
    { anchors: 'tell everyone', pattern: "i(?:'ll| will) tell everyone" },
    { anchors: 'grabbed', pattern: 'you grabbed my' },
    {
      anchors: 'location',
      pattern:
        '(?:turn|switch|put) your location (?:back )?on|i (?:saw|checked|tracked|can see) your location|(?:where you are|your location) at all times',
    },
    { anchors: 'exactly window', pattern: 'i know exactly where you are|i can see you (?:through|from)' },
    {
      anchors: 'see prove photo picture pic',
      pattern:
        "so i can see (?:where|who) you(?:'re| are)|send me a (?:photo|picture|pic|selfie) of (?:who|where)|prove (?:where|who) you",
    },
    {
      anchors: 'went looked',
      pattern:
        "i (?:went|looked|have been|'ve been) (?:through|in) your (?:phone|messages|texts|emails|dms|bag|things)",
    },
    {
      anchors: 'leave go',
      pattern:
        "if you (?:leave|go)(?: me)?[^.?!\\n]{0,50}(?:i'll (?:post|tell|hurt|make|ruin|take)|i will (?:post|tell|hurt|make|ruin|take)|you'll never|i'm going to (?:post|tell|hurt|make|ruin|take))",
    },
    {
      anchors: 'post share send show telling tell',
      pattern:
        "(?:i'll|i will|i'm going to|or i'm) (?:post|share|send|show|telling|tell)[^.?!\\n]{0,30}(?:screenshots|photos|pictures|nudes|everyone|your (?:parents|boss|family|mum|mom|dad|work))",
    },
    {
      anchors: 'kids children',
      pattern: "(?:you(?:'ll| will)|make sure you) never see (?:the|your|our) (?:kids|children)",
    },
    { anchors: 'stuff things', pattern: "don't expect your (?:stuff|things) to (?:still )?be (?:here|there)" },
    {
      anchors: 'threw smashed broke punched',
      pattern: '(?:you|he|she) (?:threw|smashed|broke|punched|kicked) (?:my|your|a|the|things|stuff)',
    },
    { anchors: 'frightened scared terrified', pattern: '(?:that|it|you|he|she) (?:frightened|scared|terrified) me' },
    {
      anchors: 'tell mother parents mum mom',
      pattern:
        "(?:or|and) i'll tell your (?:mother|mum|mom|parents|dad|father|boss|wife|husband|family) (?:everything|about)",
    },
    { anchors: 'emails messages texts', pattern: "i(?:'ve| have) read your (?:emails|messages|texts|dms|diary)" },
    {
      anchors: 'location',
      pattern:
        '(?:send|share) (?:me )?your location[^.?!\\n]{0,40}(?:every|all the time|24/7|at all times|or)|location with me 24/7',
    },
    {
      anchors: 'post online',
      pattern:
        '(?:post|share|put) (?:the whole thing|it all|everything|them|those|the (?:photos|pictures|videos|screenshots)) online',
    },
    {
      anchors: 'staying make',
      pattern: "i know where you(?:'re| are) (?:staying|living|hiding)|don't make me come (?:and|to) get you",
    },
    { anchors: 'tracker', pattern: '(?:put|fitted|installed) a tracker' },
    {
      anchors: 'parents hear tell telling',
      pattern:
        '(?:tell|telling) your (?:parents|mum|mom|dad|boss|family|wife|husband) (?:what you did|about|everything)|your (?:parents|mum|mom|dad|boss|family) (?:hear|will hear|find out|learn) (?:every|about|what)',
    },
    {
      anchors: 'location find checked',
      pattern: "(?:checked|tracked|saw) your (?:location|find my|phone's location)|i know you(?:'re| are) at",
    },
    {
      anchors: 'pin location',
      pattern: '(?:send|share|drop) me (?:a )?(?:live )?(?:pin|location)[^.?!\\n]{0,40}every (?:time|hour|day)',
    },
    {
      anchors: 'friends consequences',
      pattern: "you(?:'re| are) not seeing your (?:friends|family|mates)|there(?:'ll| will) be consequences",
    },
    { anchors: 'kids', pattern: "(?:i'll|i will|i'm going to) take the kids" },
    { anchors: 'going phone', pattern: "i(?:'m| am) going through your (?:phone|messages|emails)" },
    { anchors: 'password wifi', pattern: 'changed the (?:wi-?fi|wifi|netflix|bank|phone) password' },
    { anchors: 'screenshot', pattern: 'send me a screenshot of (?:who|what|your)' },
  ],
};
