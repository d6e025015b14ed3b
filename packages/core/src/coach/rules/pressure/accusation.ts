// phrase rules for accusation: blame, absolutes and labels

import type { RuleSpec } from '../../matcher.ts';
import { unlessWarm } from '../vocabulary.ts';

export const ACCUSATION_RULES: readonly RuleSpec[] = [
  {
    anchors: 'ignored ignoring blank blanked checked awol silent quiet ghost sulk sulking sulks',
    pattern:
      "you(?:'ve| have|'re| are)? (?:still |just |emotionally |completely |totally |been )?(?:ignored me|been ignoring me|blank(?:ed)? my|checked out|gone (?:awol|silent|quiet|cold) on me|gone awol|went silent the|been a (?:proper |total )?ghost|sulk(?:ing|s)?(?: like)?)",
  },
  { anchors: 'rather', pattern: "you'd rather (?:sulk|ignore|hide|run|leave|go quiet)" },
  { anchors: 'sulking', pattern: '(?:^|[.!?,]\\s*)stop sulking' },
  { anchors: 'every', pattern: 'every\\.? single\\.? time(?= *(?:[.!?\\n]|$))' },
  { anchors: 'once', pattern: 'not once [^.?!\\n]{0,30}have you' },
  { anchors: 'manage', pattern: "couldn't even manage" },
  { anchors: 'noticed asked looked bothered', pattern: "you haven't even (?:noticed|asked|looked|bothered)" },
  { anchors: 'reason', pattern: "you(?:'re| are) the reason (?:my|i|we|this)" },
  { anchors: 'can', pattern: "so (?:you|u) can [^.?!\\n]{0,40} but (?:you|u) (?:can't|cant|won't|wont)" },
  {
    anchors: 'attitude treatment',
    pattern: "(?:what(?:'s| is|the f|tf)?|wtf) (?:is )?(?:with )?(?:this|the|your) (?:attitude|silent treatment)",
  },
  { anchors: 'forget', pattern: 'you forget (?:every|everything|all|what i|anything i)' },
  {
    anchors: 'become',
    pattern: "you(?:'ve| have) become (?:so |really |very )?(?:cold|distant|different|mean|hard|bitter|selfish)",
  },
  { anchors: 'shady secretive cagey defensive', pattern: 'always so (?:shady|secretive|cagey|defensive|touchy)' },
  { anchors: 'taking', pattern: "(?:you're|you are) taking it out on me" },
  { anchors: 'weight', pattern: "(?:stopped|haven't been|not been|haven't|never) pull(?:ing|ed)? your weight" },
  {
    anchors: 'practise practice expert',
    pattern: 'practi[sc]e being (?:this|so)|an expert at (?:disappearing|ignoring|avoiding|dodging)',
  },
  { anchors: 'talk', pattern: 'you talk to (?:your|the) \\w+ more than (?:you talk to )?me' },
  { anchors: 'changes', pattern: 'say sorry and (?:then )?nothing changes' },
  { anchors: 'one', pattern: "you(?:'re| are) never the one (?:who|to)" },
  { anchors: 'last', pattern: "i(?:'m| am) always the last to know" },
  {
    anchors: 'hear rings',
    pattern: '(?:i only hear from you|my phone only rings|you only (?:call|text|message)) when',
  },
  { anchors: 'through', pattern: 'what you put me through' },
  { anchors: 'anyway', pattern: 'and you do it anyway' },
  { anchors: 'glued', pattern: "(?:been )?glued to (?:your|that|ur|you're) phone" },
  {
    anchors:
      'dodge dodged duck ducked ghosted ghost cancelled canceled snapped dumped walk walked stonewalling hoard hide hiding vanishing disappeared blanked belittle belittled mock mocked laughed humiliated promises lifted lift',
    pattern:
      "you(?:'ve| have)? (?:\\w+ )?(?:dodge|dodged|duck|ducked|ghosted|cancell?ed on me|cancell?ed|snapped at me|dumped|walk(?:ed)? all over|(?:are |'re )?stonewalling|hoard|(?:are |'re )?hiding behind|done your vanishing act|disappeared on me|blanked me|belittle[ds]?|mock(?:ed)? me|laughed at me|humiliated me|make promises and (?:break|forget)|(?:haven't|have not|never) lifted a finger|not lifted a finger)",
    negatable: true,
    unlessAfter: '(?:a|the|that|this) (?:\\w+ )?bullet',
  },
  {
    anchors: 'selfish heartless cruel childish cold lazy useless horrible frosty difficult',
    pattern:
      "(?:selfish|heartless|cruel|childish|cold|lazy|useless|horrible|frosty|difficult)(?: as ever|,? that's what you are| from start to finish| of you| as always)",
  },
  {
    anchors: 'attention first',
    pattern:
      '(?:gets?|getting) more (?:attention|time|love) than (?:i do|me)|always your (?:mates|friends|work|job|phone|family|football) first',
  },
  {
    anchors: 'frosty snappy short off nasty',
    pattern:
      "you(?:'ve| have) been (?:really |so |a bit |pretty |very )?(?:frosty|snappy|short with me|off with me|nasty|horrible to me|mean to me)",
  },
  { anchors: 'teeth', pattern: 'like pulling teeth' },
  {
    anchors: 'colleague stranger lodger flatmate housemate nobody furniture hotel b&b hostel',
    pattern:
      "like (?:i'm|i am) (?:a |an )?(?:colleague|stranger|lodger|flatmate|housemate|nobody|furniture)|like (?:this|it|home|the house|the flat) (?:is|was) (?:a |an )?(?:hotel|b&b|hostel)",
  },
  { anchors: 'keep', pattern: '(?:^|[.!?,]\\s*)keep (?:ignoring|avoiding|blanking|ghosting) me' },
  { anchors: 'could', pattern: 'how could you(?= *(?:[.!?\\n]|$| do| say| forget| leave| let| treat))' },
  { anchors: 'wrong', pattern: "what(?:'s| is) (?:so )?wrong with you" },
  {
    anchors: 'excuses lies games attitude moods swings treatment',
    pattern:
      "(?:your|ur|you're|all (?:your|these)) (?:stupid |constant |endless |usual |same )?(?:excuses|lies|games|attitude|moods|mood swings|silent treatment)",
    unlessBefore:
      "(?:sorry (?:about|for)|no|don't worry about|forget|like|love|admire|appreciate|respect|great|good|positive|nice)",
  },
  {
    anchors: 'never',
    pattern:
      "you (?:never|never ever|hardly ever|barely ever)(?! (?:know|fail|cease|disappoint|forget|miss|told me (?:what time|when|where)|said (?:what time|when|where)|once complained|complain|believe (?:who|what|how|it)|let me down|have to (?:apologi[sz]e|explain|worry|thank)|need to (?:apologi[sz]e|worry|explain|thank)|stop (?:amazing|surprising|making me)|looked|look|seem to age|miss a beat|judge))(?: (?!and\\b|but\\b|or\\b)[a-z']+){0,3}",
    unlessAfter: '[^.?\\n]*(?:!!|😂|🤣|haha|lol|amazing|congrat|so happy|brilliant)',
  },
  {
    anchors: 'always',
    pattern:
      'you (?:always|constantly|keep|just keep) (?:(?:just|have to|seem to) )?(?:ignore|ignoring|forget|forgetting|do this|do that|doing this|make (?:it|everything) about|make (?:a (?:big |huge )?deal|a fuss|a drama|a scene|such a (?:fuss|drama|big deal))|put (?:yourself|your|work|them|your friends)|choose|pick (?:them|work|your)|have an excuse|cancel|cancelling|canceling|blame|leave|run away|shut (?:me|down)|walk away|turn (?:it|this|everything)|twist|get defensive|say that|act like|leave me|take (?:their|his|her|your)|criticize|criticise|interrupt|brush me off|blow me off|push me away|pull away|pulling away|avoid|avoiding|make excuses|lie|lying|let me down|change the subject|dismiss|play the victim|ruin|mess|shutting|pushing|disappear|go quiet|go silent|need space|want space)',
  },
  {
    anchors:
      'ignoring avoiding ghosting shutting pushing listening never selfish cold heartless impossible unbelievable liar lying childish immature toxic worst cruel mean useless hopeless ridiculous crazy insane coward lazy manipulative narcissist narcissistic inconsiderate thoughtless careless unavailable distant absorbed centered centred ungrateful hypocrite hypocritical obsessed married always clearly not punishing playing using stringing',
    pattern:
      '{YOURE} {INT}(?:ignoring me|avoiding me|ghosting me|shutting me out|pushing me away|not listening|not even listening|never there|never here|selfish|cold|heartless|impossible|unbelievable|a liar|lying|childish|immature|toxic|the worst|cruel|so mean|mean to me|useless|hopeless|ridiculous|crazy|insane|a coward|lazy|manipulative|a narcissist|narcissistic|inconsiderate|thoughtless|careless|emotionally unavailable|unavailable|distant|self-?absorbed|self-?centered|self-?centred|ungrateful|a hypocrite|hypocritical|obsessed with your phone|married to your job|always on your phone|clearly not interested|not even trying|not trying|punishing me|playing games|playing with me|using me|stringing me along)',
    negatable: true,
    unlessAfter: '(?:to (?:beat|resist|dislike|stay mad|be mad|say no|replace|top)|at (?:scrabble|cards|chess|games))',
    unlessBefore: '(?:why|how come) (?:are|r|were)',
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
    unlessBefore: "(?:i know|i noticed|i've noticed|i feel like|it feels like|it seems like|seems like|sorry if|sorry)",
  },
  {
    anchors: 'fault',
    pattern: "(?:it's|this is|that's|it is|its|all) (?:all |entirely |completely )?(?:your|ur|you're) fault",
    negatable: true,
  },
  {
    anchors: 'because',
    pattern: "(?:all )?because of you(?! (?:i|i'm|we))",
    negatable: true,
    // gratitude: "the world is a better place because of you"
    unlessBefore: '(?:better|happier|possible|smiling|smile|grateful|thankful|made it|here)[^.!?]{0,25}',
  },
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
      "\\b(?:he|she|they|he's|she's|they're|is|was|was being|is being|are being|'s being|guy|girl|i'm|i am|i was|i've been|someone|somebody|people|could be|despite)\\b.*",
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
  // general form: time and attention for others "but not" for them ("you had time to post four stories but not to
  // text me back", "you can remember every player's stats but not our anniversary")
  {
    anchors: 'but',
    pattern: `\\b(?:you|you've|you're)\\b[^.!?\\n]{0,40}?\\b(?:time|remember|post|posted|like|liked|story|stories|thank|thanked|online|instagram|tiktok|pub|gym|friends|mates|lads|boys|girls|group chat|bestie|football|everyone)\\b[^.!?\\n]{0,40}? but (?:not|never|no time|can't|couldn't|won't|didn't)\\b[^.!?\\n]{0,30}?\\b(?:me|my|us|our|reply|text|call|answer|talk)\\b`,
  },
  { anchors: 'hot', pattern: 'hot and cold' },
  {
    anchors: 'acting',
    pattern:
      "you(?:'re| are) (?:acting|behaving) like (?:a child|a kid|a teenager|a baby|an idiot|a stranger|i don't exist|i'm invisible|i'm not here|nothing happened)",
  },
  { anchors: 'online', pattern: '(?:online|active|on your phone|posting) all (?:day|night|evening) but' },
  { anchors: 'once', pattern: "(?:you|your|you're)\\b[^.!?\\n]{0,60}?for once(?! in)" },
  {
    anchors: 'tracked checked',
    pattern:
      'i (?:tracked|checked|went through|looked through|read) your (?:location|phone|messages|texts|emails|email|dms)',
  },
  { anchors: 'rather', pattern: "you'd rather (?:be on your phone|be with|talk to|spend time|go out|see)" },
  { anchors: 'home', pattern: "(?:you're|your|you are) never (?:home|here|around|there|present)" },
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
    pattern: 'if you were (?:a bit |a little )?more (?:organi[sz]ed|careful|thoughtful|present|attentive|considerate)',
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
    pattern:
      'you keep (?!making me (?:laugh|smile)|surprising|amazing|spoiling|getting better|helping|(?:it|them|your|yourself|going|grinding|working|trying|practi[cs]ing|improving|up|at it|safe|warm|busy|calm|on)\\b)[a-z]+',
    negatable: true,
    // a wish or advice ("if you keep grinding", "it helps you keep your …"), not blame
    unlessBefore: '(?:if|as long as|hope|hopefully|helps?|make sure|so|until|while|when)\\b[^.!?]{0,20}',
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
    pattern: 'you [^.?!\\n]{0,40}instead of (?:coming|being|spending|calling|texting|talking|showing|helping|picking)',
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

  {
    anchors: 'dare',
    pattern: 'how (?:fucking )?dare (?:you|u)\\b(?! (?:be|look) (?:this|so)\\b)',
    unlessAfter: '[^.!?\\n]{0,40}(?:good|cute|gorgeous|unfair|😂|🤣|😍|❤|/s)',
  },
  { anchors: 'ashamed', pattern: 'you should be (?:ashamed|embarrassed)(?: of yourself)?' },
  // general forms: a negative absolute with any verb, "you didn't even…", acting without asking, "once again you…"
  {
    anchors: 'always constantly forever keep kept',
    pattern:
      "you(?:'re| are)? (?:always|constantly|forever|keep|kept) (?:so |just )?(?!(?:making) me (?:laugh|smile|happy)|looking|helping|surprising|amazing|cheering|finding|managing|winning|dragging)[a-z]+ing\\b|you (?:constantly|always have to|keep on)\\b",
    unlessAfter:
      '[^.?!\\n]{0,50}(?:best|great|good|love|laugh|smile|happy|amazing|awesome|lovely|kind|sweet|beautiful|gorgeous|wonderful|fun|brilliant|perfect|nice|cute|proud|thank|😂|🤣|😭|😍|❤|lol|haha|hehe|lmao)',
    unlessBefore: '(?:(?:why|how come)(?: do| did| are| were)?|i love (?:how|that)|thank you for|thanks for)',
  },
  {
    anchors: 'even',
    pattern:
      "you (?:didn't|did not|couldn't|could not|can't|cannot|haven't|have not) even (?!need|have to|notice the|know how (?:good|great|amazing|lovely)|realise how (?:good|great|amazing|lovely)|tell (?:the|it's|its|that))[a-z']+",
    unlessBefore: '(?:if|unless|when|and)',
    unlessAfter: '[^.?!\\n]{0,40}(?:😂|🤣|😭|😍|❤|lol|haha|hehe|lmao)',
  },
  {
    anchors: 'without',
    pattern:
      "you(?:'ve| have)? (?:just |went and |gone and )?[a-z']+ [^.?!\\n]{0,50}without (?:even )?(?:asking|telling|checking with|consulting|talking to|a word)",
    unlessBefore: '(?:why|how come|why would|why did|thank you|thanks|love (?:how|that))',
  },
  {
    anchors: 'again always',
    pattern:
      "(?:once|yet) again,? you(?:'ve|'re| have| are)?|like you always do|as you always do|every (?:single )?time (?:we|i) [^.?!\\n]{0,30} you",
  },
  {
    anchors:
      'two-faced moody negative controlling unreliable unfair flaky flaking shady defensive irresponsible dishonest spiteful petty possessive condescending patronising patronizing',
    pattern:
      '{YOURE} {INT}(?:two-faced|moody|negative|controlling|unreliable|unfair|flaky|flaking|shady|defensive|irresponsible|dishonest|spiteful|petty|possessive|condescending|patronising|patronizing)\\b',
    negatable: true,
    // "your negative thoughts" are the reader's inner experience, not a charge against them
    unlessAfter:
      '(?:[^.?!\\n]{0,30}(?:to|on|with) yourself|[^.?!\\n]{0,40}(?:😂|🤣|😭|😍|❤|lol|haha|hehe|lmao)|\\s*(?:thoughts?|self-talk|beliefs?|feelings?|emotions?|thinking|patterns?|voice|spiral|cycle|experiences?)\\b)',
    unlessBefore: '(?:why|how come) (?:are|were)',
  },
  {
    anchors: 'lied flirted behind sat spent interrupt criticise criticize shouted yelled swore',
    pattern:
      'you (?:just )?(?:lied (?:to me|about)|flirted|went behind my back|sat there while|spent (?:our|my) |interrupt me|criticise|criticize|shouted at me|yelled at me|swore at me|made fun of me|took (?:her|his|their) side)',
    negatable: true,
  },
  {
    anchors: 'said told promised',
    pattern: "you (?:said|told me|promised) you(?:'d| would) [^.?!\\n]{0,40}(?:weeks|days|months|ages) ago",
  },
  {
    anchors: 'getting embarrassing humiliating',
    pattern:
      "you[^.?!\\n]{3,60}(?:,|and) (?:it's|it is|it was) (?:getting old|so embarrassing|embarrassing|humiliating)",
  },
  // general forms: an outcome blamed on them ("because of you we missed the train"), "you ruin everything"
  {
    anchors: 'because thanks cos cuz bc',
    pattern:
      '(?:because of you|thanks to you|cos of you|cuz of you|bc of you),? (?:now )?(?:we|the|our|my|everything|it|the whole)\\b[^.?!\\n]{0,40}\\b(?:missed|lost|ruined|wasted|late|cancell?ed|had to|went wrong|fell apart|(?:is|was|are|were) (?:a mess|ruined|wasted|over))\\b',
    negatable: true,
  },
  {
    anchors: 'ruin ruined ruins wreck wrecked wrecks',
    pattern:
      "you(?:'ve| have)? (?:always |just |really |completely )?(?:ruin|ruined|ruins|wreck|wrecked|wrecks) (?:everything|it all|every|my|our|the (?:whole|entire)|this|things)\\b",
    negatable: true,
    unlessAfter: '[^.?!\\n]{0,40}(?:😂|🤣|😭|😍|❤|lol|haha|hehe|lmao| for (?:me|other|anyone|everyone))',
  },
  // general forms: making something of theirs all about themselves ("you've made this whole week about you")
  {
    anchors: 'about',
    pattern:
      "(?:you(?:'ve| have)?|u) (?:made|make|making|turned|turn) (?:this|it|that|everything|every|the whole|our|my)[^.?!\\n]{0,25} about (?:you|yourself|u)\\b",
    unlessAfter: ' (?:and|&) (?:me|i|us)\\b',
  },
  // general forms: the sender's own outburst blamed on them ("you pushed me to it", "you drove me to say it")
  {
    anchors: 'pushed drove forced provoked goaded',
    pattern:
      '(?:you|u) (?:pushed|drove|forced|provoked|goaded) me (?:to it|to that|into it|into that|over the edge|to (?:do|say|shout|yell|snap|scream|lose))\\b',
    unlessAfter: '[^.?!\\n]{0,30}(?:glad|thank|grateful|best thing|proud)',
  },
  // a challenge put as a question, as in requests that readers rated rude (decision 218)
  ...unlessWarm([
    {
      anchors: 'calling accusing',
      pattern: 'are (?:you|u) (?:calling|accusing) me (?:of|a|an)\\b',
      unlessAfter:
        "(?:a |an )?(?:genius|hero|legend|star|cutie|angel|babe|the best|clever|smart|pretty|cute|beautiful|handsome|catch)\\b|[^\\n]{0,60}i'll take it",
    },
    {
      anchors: 'supposed',
      pattern:
        "(?:aren't|weren't) (?:you|u) supposed to (?:call|text|ring|message|reply|answer|pay|tell me|come (?:home|round|back|over)|be home|pick (?:me|us|the kids) up|pick up|sort|fix|do the|be (?:the one|on my side|helping|here|there for|banned|blocked|on (?:a )?break|retired|gone))",
      // a reminder the reader asked for, or a fond nudge
      unlessIn:
        '\\b(?:no worries|no problem|no stress|all good|just (?:reminding|checking|a reminder)|you asked me|i can (?:grab|get|do|bring|pick))\\b',
    },
    {
      anchors: 'really',
      pattern: 'did (?:you|u) really (?:need|have) to\\b',
      unlessAfter:
        ' be (?:this|so|that) (?:good|cute|funny|clever|talented|perfect|fast|lovely|kind)|[^\\n]{0,60}(?:😤|so cute|sweet|rematch)',
    },
    {
      anchors: 'believe',
      pattern:
        "(?:^|[.!?,]\\s*)i (?:just |simply )?(?:don't|do not|dont) believe (?:you|u|a word (?:you|u) say)(?= *(?:[.!?,\\n]|$))",
    },
    {
      anchors:
        'person human people individual soul reason wall child toddler baby five wrong attention sympathy victim',
      pattern:
        "(?:you(?:'re| are| were)|ur|you)(?: both| all| such)?(?: (?:a|an|the|so|really|truly|just|honestly|literally|most|absolute|complete|total|utter))* (?:(?:mean|awful|horrible|terrible|nasty|evil|miserable|toxic|selfish|arrogant|entitled|fragile|petty|bitter|cruel|heartless|spineless|lazy|despicable|rude|twisted|self[- ]?cent(?:er|re)d)(?:,? (?:and )?|\\s+))+(?:person|human(?: being)?|humans|people|individual|soul)\\b|(?:you(?:'re| are)|ur) the reason (?:people|everyone|nobody|no one|we|i) (?:hate|can't stand|don't|can't|never)|(?:like )?talking to a (?:brick )?wall|talking to a (?:child|toddler|baby|five[- ]year[- ]old)|(?:you(?:'re| are)|ur) always wrong|(?:you|u) (?:just|only) want(?:ed)? (?:attention|sympathy|to play the victim)",
      negatable: true,
      unlessBefore: "(?:i'm|i am|i was|i feel like|like|than)",
    },
    {
      anchors: 'fucked screwed stole trolling conveniently deliberately purposely intentionally',
      pattern:
        "(?:you|u) (?:really |totally |seriously |just )?(?:fucked|screwed) (?:up|it up|this up|everything up)(?= *(?:[.!?,\\n]|$))|(?:you|u) stole (?:this|that|it|my)\\b|(?:you(?:'re| are)|ur) (?:\\w+ )?trolling\\b|(?:you|u) (?:conveniently|deliberately|purposely|intentionally) (?:ignored|ignore|left out|forgot|skipped|missed|dodged)",
    },
    {
      anchors: 'troll trolling',
      pattern: '(?:you|u) (?:just |only )?(?:came|come|are) (?:here )?(?:to troll|trolling)\\b',
    },
    {
      anchors: 'ruining destroying wrecking',
      pattern:
        "(?:you|u)(?:'re| are) (?:(?:just|really|literally|actually|totally|seriously) )?(?:ruining|destroying|wrecking) (?:this|it|everything|the|my|our|things|every)\\b",
    },
    {
      anchors: 'excuse',
      pattern: '(?:was|is) (?:this|that|it) (?:all )?(?:just )?(?:an|your) excuse (?:to|for)\\b',
    },
    {
      anchors: 'understand see',
      pattern:
        "(?:don't|do not|can't|cannot|dont) (?:understand|see|get) why (?:you|u) (?:insist|keep|would even|always|even bother)",
    },
  ]),
];
