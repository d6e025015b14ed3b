// English safety rules: self-harm, abuse and danger in any tense and person, with their idioms kept out

import type { RuleTable } from './rule.ts';

/** after "without me": a time away, not for good ("this weekend", "for a few days", "while i'm at mum's") */
const AWAY_FOR_A_WHILE =
  /^(?: for (?:a|the|one|two|three|few|couple)\b| (?:this|next) (?:weekend|week|evening|afternoon|morning|time)\b| (?:tonight|today|tomorrow|at the|on the)\b| (?:while|until|till) \b)/;
const IM = "i(?:'?m| am)";
const WANT =
  "(?:want(?:ed|s)?|wanna|wish(?:ed)?|going|gonna|ready|planning|plan|need|deserve|(?:would|'?d) rather|'?d like|about)";
const BE_GONE =
  '(?:die|be dead|not (?:be )?(?:alive|here|around|exist|wake up)|stop (?:existing|breathing|living)|disappear (?:forever|for good|for ever)|never wake up|sleep (?:forever|and never wake up)|end (?:it|my life|everything|this)(?: all)?|go to sleep forever|not be a burden|vanish forever)';
const SELF = '(?:my ?self|him ?self|her ?self|them ?selves|them ?self)';
const PILLS =
  '(?:pills|tablets|meds|medication|medicine|sleeping pills|paracetamol|tylenol|ibuprofen|aspirin|xanax|valium|painkillers|benzos|antidepressants|insulin|oxy|opioids|co-codamol|codeine|tramadol|acetaminophen|panadol|nurofen|advil|sertraline|fluoxetine|citalopram|prozac|zoloft|diazepam|lorazepam|zopiclone|ambien|amitriptyline|quetiapine|seroquel|lithium|morphine|oxycodone|percocet|vicodin|fentanyl|painkiller)(?! batter)';
const LOTS =
  '(?:all|every|the whole|a whole|a bottle of|the bottle of|a box of|a pack(?:et)? of|a handful of|handfuls of|a load of|loads of|a bunch of|too many|so many|lots of|a lot of|[0-9]{2,}|twenty|thirty|fifty)';
const RELATIONS =
  '(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmom|brother|uncle|son|boss|flatmate|roommate)';
const WHO = `(?:he|she|they|you|u|him|her|my ${RELATIONS}|her ${RELATIONS}|his ${RELATIONS})`;
const HURT_VERB =
  '(?:hit|hits|hitting|beat|beats|beating|beaten|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|smack(?:s|ed|ing)?|headbutt(?:s|ed|ing)?|bites|biting|burn(?:s|ed|t|ing)?|drag(?:s|ged|ging)?|threw|throws|throwing|rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|assault(?:s|ed|ing)?|spat on|spits on|twist(?:s|ed)? my arm|pull(?:s|ed)? my hair|pinn?(?:s|ed)? me (?:down|against))';
/** weapons and what is held as one */
const WEAPON = '(?:knife|knives|gun|rifle|pistol|machete|bat|crowbar|axe|blade)';
const VICTIM = '(?:me|us|her|him|my (?:mum|mom|mother|sister|kids|children|son|daughter|baby)|the kids|the children)';
const GAME_AFTER =
  '(?: (?:at|in|on) (?:chess|cards|poker|tennis|golf|pool|darts|scrabble|monopoly|mario|fifa|the game|a game|games|every game|the race|a race|the quiz|trivia|squash|ping ?pong|table tennis|arm ?wrestling|badminton)| to (?:it|the punch|the door|the bus|the top|first place|the finish)| up\\b| back\\b| with (?:the|some|that|this|a) (?:news|idea|truth|question|facts|joke|song|pun|details)| (?:again )?(?:at|in) (?:uno|catan|mario ?kart|smash|overwatch|fortnite|league)| (?:a|an) (?:life ?(?:jacket|line|vest|raft|saver)|lifeline|bone|curve ?ball|party|surprise party|compliment|wink|smile|kiss)\\b| under the bus| for a loop)';
const KILL_IDIOM_AFTER =
  '(?: (?:with|by) (?:kindness|love|your (?:cuteness|jokes|puns|smile|laugh))| laughing| with laughter)';

/** a jump or a death promised if the partner leaves: self-harm, and a hold on them (decision 214) */
const LEAVING_JUMP =
  "\\b(?:if|when|the day) (?:you|u) (?:ever )?(?:leave|go|walk out|break up with|dump)\\b[^.?!]{0,40}\\b(?:i'?ll|ill|i will|i'?m (?:gonna|going to)|im (?:gonna|going to)|we(?:'?ll| will)?(?: both)?) (?:jump (?:off|from|in front of|out (?:of )?(?:the |a )?window)|jump(?=\\s*(?:[,.!?]|$| i swear| i mean it))|kill (?:myself|us)|end it|end my life|go off (?:the|a) (?:roof|bridge|balcony|cliff|ledge)|throw myself|drive (?:into|off))";
/** shut out on the balcony or in the cold: abuse and danger (decision 214) */
const SHUT_OUT =
  '\\b(?:locked|locks|locking|shut|shuts) me out (?:on|in|onto) (?:the )?(?:balcony|garden|yard|porch|street|terrace)\\b|\\b(?:locked|locks|shut|shuts) me out\\b[^.?!]{0,40}\\b(?:freezing|cold|snow|rain|all night|overnight|minus)\\b';
/** a phone thrown out, and the reader after it: abuse and danger (decision 214) */
const THROWN_AFTER =
  '\\b(?:or|and) (?:your|ur) (?:phone|stuff|things|clothes) (?:goes|go|is going) (?:off|out|through|over) (?:the )?(?:balcony|window|bridge)\\b[^.?!]{0,20}\\b(?:and )?(?:you|u) (?:after it|with it|too|next)\\b';

/** taking oneself out in front of traffic or a train: self-harm, unless it is "rather … than" hyperbole */
const THROWN_UNDER =
  '\\b(?:throw(?:ing)?|threw|fling(?:ing)?|hurl(?:ing)?) myself (?:in front of|under|off|from) (?:a |the |an )?(?:train|bus|car|truck|lorry|traffic|tube|bridge|building|roof|balcony|cliff)\\b(?![^.?!]{0,40}\\bthan\\b)|\\b(?:walk|walking|step|stepping|run|running) (?:out )?into (?:the )?(?:traffic|oncoming traffic|the motorway)\\b(?![^.?!]{0,40}\\bthan\\b)';
/** the act already done, told by its amount and its time: "the whole bottle, twenty minutes ago", "took the lot" */
const ALREADY_TAKEN =
  '\\b(?:swallowed|downed) (?:them all|all of them|the lot|the whole (?:bottle|box|strip|pack|packet)|a handful)\\b|\\b(?:took|taken) (?:the lot|the whole (?:bottle|box|strip|pack|packet)|a handful)\\b(?! (?:to|of (?:wine|water|juice|beer)|home|back|with|out|along|for|in))|\\bthe whole (?:bottle|strip|box|pack|packet)\\b[^]{0,30}\\b(?:minutes?|mins?|hours?|an hour) ago\\b|\\balready did\\b[^a-z]{1,4}(?:the whole (?:bottle|strip|box|pack|packet)|all of them|the lot)\\b';
/** the means made ready: charcoal and sealed windows, a belt tied to the banister, a car running in a shut garage */
const MEANS_READY =
  '\\bcharcoal\\b[^]{0,40}\\b(?:taped|sealed|seal|tape)\\b|\\btied (?:the |a |my )?(?:belt|rope|cord|cable|scarf|sheet)s? (?:to|around|on) (?:the )?(?:bannister|banister|railing|beam|hook|ceiling|loft hatch)\\b|\\bin the garage\\b[^.?!]{0,40}\\b(?:engine|motor) (?:running|on)\\b|\\b(?:engine|motor) running in the garage\\b';
/** a goodbye left for the children: love told as "always" or "whatever happens" */
const KIDS_GOODBYE =
  '\\b(?:make sure|tell|let) (?:the |my |our )?(?:kids|children|boys|girls|son|daughter)(?: know)? (?:that )?i (?:love|loved) (?:them|him|her)\\b[^]{0,30}\\b(?:always|whatever happens|forever|no matter what)\\b|\\bgive (?:the |my )?(?:kids|children|boys|girls) a (?:big )?(?:kiss|hug|cuddle) from me\\b[^]{0,60}\\b(?:every night|always|whatever happens|promise me|need to know)\\b|\\bsorry\\b[^]{0,30}\\blove (?:you|u)\\b[^]{0,30}\\b(?:look after|take care of) (?:the|my|our) (?:kids|children)\\b';
/** not being there by a near date, or the reader told not to look for them */
const NOT_THERE_BY =
  "\\b(?:don'?t|dont|do not) (?:think|see) (?:i'?ll|i will|ill|myself) (?:be )?(?:around|here|alive|being here) (?:for|by|at|next|until|till)\\b|\\b(?:idk|not sure|dunno|don'?t know) if (?:i'?ll|ill|i will) (?:be )?(?:here|around|alive) (?:next|by|for|tomorrow)\\b|\\bif i(?:'?m| am)? (?:not|don'?t|dont)\\b[^.?!]{0,40}\\b(?:don'?t|dont) (?:come|go) looking\\b|\\bcoming back from this one\\b";
/** thanks and a farewell together: "thank you for everything. you were the best part. goodbye" */
const THANKS_FAREWELL =
  "(?<=\\bthank(?:s| you) for (?:everything|trying(?: with me)?|the last \\w+ years|all the years)\\b[^]{0,80})\\b(?:goodbye|don'?t blame yourself|sorry it has to be|you were the best (?:part|thing))\\b|\\b(?:bye|goodbye|goodnight)\\b[^a-z]{1,6}(?:thanks|thank you) for trying\\b";
/** a note or letter to be read only later */
const READ_IT_AFTER =
  "\\b(?:letter|note)\\b[^]{0,60}\\b(?:read|open) it (?:after\\b(?! (?:work|school|dinner|lunch|the|you|we|i|class))|(?:only )?tomorrow[^a-z]{0,3}(?:not before|not now|not yet|please)|after i'?m gone)|\\b(?:written|wrote|writing) (?:down )?who gets what\\b";
/** what someone will no longer need, or a code handed over "in case" */
const WONT_NEED =
  "\\b(?:left|leaving|put|dropped) (?:my|the) (?:keys?|spare key)\\b[^]{0,40}\\b(?:won'?t|wont|will not) need (?:them|it)\\b(?! (?:this|next|today|tomorrow|till|until|for|on|at|while|if))|\\b(?:my pin|pin code|pin number)\\b[^]{0,40}\\byou'?ll need it\\b|\\bcode for my phone is [0-9]+\\b[^a-z]{0,4}(?:just )?in case\\b|\\bcancel my\\b[^.?!]{0,30}\\bif anything happens\\b";
/** decided, and asking not to be stopped */
const DECIDED_DONT_STOP =
  "\\b(?:i'?ve decided|my mind is made up|ending it|doing it)\\b[^]{0,60}\\b(?:don'?t|dont|do not) (?:try (?:to|and) )?stop me\\b|\\bnot a cry for help\\b|\\basked (?:me )?if i (?:had|have) a plan\\b|\\bhow to make it (?:painless|quick)\\b|\\btallest (?:building|car ?park|bridge|multi-?storey)s?\\b[^.?!]{0,30}\\b(?:near|in town|around here|for no reason)\\b";
/** harm to one's own skin, told with what it does for them */
const OWN_SKIN =
  '\\b(?:scratched|scratching|clawed|clawing) (?:my (?:legs?|arms?|skin|wrists?|thighs?|stomach)|myself)\\b[^.?!]{0,30}\\b(?:bled|bleed|bleeding|blood|marks|raw|edge off|quiet|helps)\\b|\\bhate myself\\b[^]{0,30}\\b(?:rip|claw|tear) my skin off\\b|\\b(?:the )?urge (?:to (?:cut|hurt myself) )?is back\\b|\\burge to (?:cut|hurt myself) (?:again|tonight|right now)\\b|\\bused to (?:cut|self-harm|self harm|selfharm)\\b[^]{0,60}\\b(?:urge|again|back)\\b';
/** the writer's own life weighed: "tired of fighting to stay alive", "rather be dead than go through another year" */
const WEARY_OF_LIFE =
  "\\btired of (?:fighting|trying) to (?:stay alive|live|keep going|stay here)\\b|\\b(?:worn out|exhausted|sick) (?:from|of) being alive\\b|\\btired of being a person\\b|\\b(?:want|wanna|wish i could|going to|gonna) (?:to )?stop existing\\b|\\b(?:rather be dead|rather die) than (?:go through|live through|spend|face) (?:another|this|one more)\\b|\\bwaiting for it (?:all )?to be over\\b|\\bwant (?:everything|it all) to (?:just )?stop\\b|\\bswitch (?:everything )?off\\b[^]{0,30}\\b(?:for good|forever|not sleep)\\b|\\b(?:would|will) (?:any ?one|any ?body) (?:even )?(?:notice|care|miss me)\\b[^.?!]{0,20}\\bif i (?:died|was gone|disappeared|was dead|wasn'?t here)\\b|\\bonly (?:thing|reason|one) (?:stopping|holding|keeping) me(?: here| back| alive)? (?:is|are) (?:the|my) (?:dog|cat|kids|children|mum|mom|dad|son|daughter|family|pets?)\\b|\\b(?:go|going|gonna go) (?:and )?be with (?:grandma|grandad|grandpa|nan|nana)\\b[^]{0,80}\\b(?:died|funeral|passed|miss (?:him|her) too much)\\b|\\b(?:gonna|going to|will|wanna|want to|i'?ll|im|i'?m) ctb\\b|\\bctb (?:tonight|tn|today|soon|now)\\b";
/** someone else's goodbye and then silence: "posted 'see you on the other side' and his phone is off" */
const GOODBYE_THEN_SILENCE =
  "\\b(?:see (?:you|u|y'?all|ya) on the other side|sorry for everything|love (?:u|you) all|i love them,? always|goodbye)\\b[^]{0,60}\\b(?:(?:his|her|their) phone(?:'s| is)? (?:off|dead|switched off)|(?:she|he|they)(?:'s| is| are)? not (?:picking up|answering)|phone'?s off)\\b|\\b(?:thinks|talks|talked|thought) about (?:killing|hurting) (?:herself|himself|themselves)\\b";

/** the partner's location demanded back: "why is your location off. turn it back on. now." */
const LOCATION_DEMAND =
  "\\b(?:(?:your|ur) location(?:'?s| is| was)? (?:off|stopped|went off)|location'?s off|why did (?:you|u) turn (?:it|your location|ur location) off|turn (?:your|ur) location (?:back )?on|why did your location stop)\\b[^]{0,60}?\\b(?:now|again|hiding|who with|don'?t (?:do that|lie|turn it off)|or (?:don'?t|dont) bother|for [0-9]+ (?:min|mins|minutes|hours))\\b";
/** money taken in hand: a card cancelled or kept, an allowance, every spend asked for */
const MONEY_HELD =
  "\\bi'?ve (?:cancell?ed|taken|frozen|blocked|cut up) (?:your|ur) (?:bank |credit |debit )?card\\b|\\b(?:hold on to|keep|look after) (?:your|ur) (?:bank |credit |debit )card\\b|\\bchanged the pin on the (?:joint |shared )?(?:card|account)\\b|\\b(?:your|ur) allowance (?:this|for the|is)\\b|\\byou can have [£$€]?[0-9]+ (?:a|per|for the|this) week\\b[^]{0,40}\\breceipts\\b|\\bevery (?:penny|cent|pound|dollar|euro) goes through me\\b|\\b(?:spend|spent|buy|bought)\\b[^.?!]{0,40}[.?!]?\\s*you ask me (?:first|before)\\b|\\b(?:have to|has to|had to|got to|must) (?:ask|beg) (?:him|her|them|me) for (?:bus fare|money|cash|every)\\b|\\btoo stupid to handle money\\b|\\b(?:made|makes) me (?:transfer|hand over|give (?:him|her)) my (?:whole )?(?:paycheck|paycheque|wages|salary|bank app login|login)\\b|\\bhand over my (?:bank )?(?:app )?login\\b";
/** sleep kept from someone to make them talk */
const SLEEP_WITHHELD =
  '\\b(?:you\'?re|you are|ur|youre) not (?:sleeping|going to sleep|going to bed) (?:till|until|til|before)\\b|\\byou sleep when i say\\b|\\bwak(?:e|es|ing) me (?:up )?(?:every hour |at [0-9]+ ?am |in the night )?(?:at night )?to "?talk\\b|\\bpours? water on (?:me|you|her)\\b';
/** friends and family cut away: blocked on the partner's phone, seen only when earned, "you've got me" */
const CUT_AWAY =
  "\\b(?:i'?ve|i have|he'?s|she'?s|he has|she has) blocked (?:him|her|them|your \\w+|my \\w+) on (?:your|my) phone\\b|\\byou (?:don'?t|dont|do not) need (?:\\w+ ){0,3}?(?:friends|family|therapy|a therapist)\\b[^]{0,30}\\byou'?ve got me\\b|\\b(?:see|visit|call) (?:your|ur) (?:friends|family|mum|mom|parents|sister)\\b[^.?!]{0,20}\\bwhen (?:you'?ve|you have|u'?ve) earned it\\b|\\b(?:delete|unfollow|block|unfriend) (?:him|her|them)\\b[^]{0,40}\\bi(?:'?m| am|'?ll| will)? (?:be )?(?:watching|checking)\\b|\\bmade me delete (?:all )?(?:the )?(?:guys|men|boys|girls|friends|contacts|people)\\b|\\b(?:men|guys) (?:there )?(?:look|stare|looking|staring) at (?:you|u)\\b[^.?!]{0,10}[.!]?\\s*(?:decided|not happening)\\b|\\b(?:don'?t|dont) want (?:other )?(?:men|guys) (?:looking|staring) at (?:you|u)\\b";
/** a phone demanded open: "who were you texting at 2am. unlock it. now" */
const PHONE_DEMANDED =
  '\\bwho (?:were|was|are|r) (?:you|u) texting\\b[^]{0,40}\\b(?:unlock|show me|give me|hand (?:it|me))\\b|\\bput (?:it|me|the phone) on speaker so i can hear\\b';
/** sex pressed for or taken: "if you loved me you wouldn't say no", "you owe me", "i said no and he did it anyway" */
const SEX_PRESSED =
  "\\bif (?:you|u|she|he) (?:really )?lov(?:ed|es) (?:me|her|him)\\b[^.?!]{0,20}\\b(?:(?:you|u|she|he|i)(?:'?d| would) (?:do it|let me|sleep with)|(?:you|u|she|he|i) (?:wouldn'?t|would not|wouldnt) say no)\\b|\\b(?:said (?:you were )?tired|said no|paid for (?:dinner|everything))\\b[^]{0,40}\\byou owe me\\b|\\bif (?:you|u) (?:don'?t|won'?t|dont) do it tonight\\b[^]{0,40}\\bfind someone (?:else )?who will\\b|\\b(?:i|she) said no\\b[^.?!]{0,20}\\b(?:and|but) (?:he|she|they) (?:did it|kept going|went ahead|carried on|didn'?t stop)\\b|\\bwoke (?:up )?(?:with|to) (?:him|her) (?:on top of|inside|touching) me\\b|\\b(?:you|u) said no\\b[^.?!]{0,30}\\bdidn'?t (?:really )?mean it\\b|\\bnot (?:really )?rape if\\b|\\bi (?:said|told (?:him|her)) i (?:didn'?t|did not|don'?t) want to\\b[^]{0,40}\\b(?:gave in|did it anyway|went ahead)\\b";
/** intimate images held over someone */
const IMAGES_HELD =
  "\\b(?:post|send|show|share|leak|upload|forward)\\b[^.?!]{0,30}\\b(?:the ones|pics|pictures|photos|nudes|videos?)\\b[^.?!]{0,30}\\b(?:already (?:have|sent|got)|you sent)\\b|\\b(?:pics|pictures|photos|nudes|videos?) (?:are )?ready to go to\\b|\\b(?:pity|shame) if (?:your|ur) (?:new )?(?:boss|dad|mum|mom|family|parents|work|colleagues)\\b[^.?!]{0,10}\\b(?:saw|sees|seen)\\b|\\bif (?:you|u) (?:don'?t|dont|won'?t) send (?:me )?(?:one|nudes|pics|pictures|photos|a video|the video|the pictures)\\b[^]{0,60}\\bi'?ll\\b|\\bsend me (?:the |a )?(?:nudes|video|pics|pictures)\\b[^.?!]{0,10}\\bor i'?ll\\b|\\bi posted the (?:video|pics|photos)\\b[^.?!]{0,40}\\b(?:learn|answer|teach)\\b";
/** a stay in the country held over someone */
const PAPERS_HELD =
  "\\b(?:your|ur) (?:visa|papers|residency|green card|permit|status)(?:'s| is)? (?:tied to|depends on|linked to) me\\b|\\bwithout (?:me|a green card|your papers|my sponsorship)\\b[^.?!]{0,40}\\b(?:deported|on a plane|you'?re gone)\\b|\\bone (?:phone )?call (?:from me )?and (?:you'?re|you are|ur) (?:gone|on a plane|deported)\\b|\\bhid your (?:papers|passport|documents)\\b";
/** the children held over someone */
const CHILDREN_HELD =
  "(?<=\\bif (?:you|u)\\b[^.?!]{0,40})\\b(?:forget about seeing|never see|never seeing|don'?t get to see) (?:the|your) (?:kids|children)\\b|\\bif (?:you|u) want to see (?:the|your|our) (?:kids|children)\\b[^.?!]{0,30}\\byou'?ll\\b|\\bthe kids stay with me if (?:you|u) (?:go|leave)\\b|\\b(?:tell|convince) (?:the )?(?:judge|court|social services|everyone)\\b[^.?!]{0,20}\\b(?:you'?re|you are) (?:unstable|crazy|mad|unfit|a bad mother|a bad father)\\b";
/** pregnancy forced: contraception taken or sabotaged */
const PREGNANCY_FORCED =
  '\\bpok(?:ing|ed|es) holes in (?:the |my |his )?condoms\\b|\\b(?:moved|hid|took|threw away|flushed) (?:your|my|her) (?:pills|birth control|contraceptives?|the pill)\\b[^.?!]{0,60}\\b(?:baby|pregnant|trying)\\b|\\b(?:go|come|stop) (?:off|taking) (?:the pill|your pill|birth control|mine)\\b[^.?!]{0,40}\\b(?:baby|whether you like it|because i said)\\b';
/** keys, phone or a doctor kept back as punishment */
const KEPT_BACK =
  "\\b(?:i'?m|i am|i'?ll be) (?:taking|keeping) (?:your|ur) (?:car )?keys\\b[^.?!]{0,30}\\buntil\\b|\\bnot getting (?:the|your) (?:car )?keys back until\\b|\\bno phone (?:for you )?tonight\\b|\\b(?:don'?t|dont) take (?:the|my) (?:car )?keys again\\b|\\b(?:don'?t|dont) lock me out again\\b|\\b(?:you'?ll|you will) (?:go to|see) (?:the|a) doctor when i (?:say|decide)\\b|\\bi'?ll decide when you need (?:a doctor|help|medicine)\\b|\\brations? (?:my|her|your) (?:insulin|meds|medication|medicine|food)\\b";
/** scorn that says no one else would have them */
const NO_ONE_ELSE =
  '\\b(?:useless|pathetic|fat|lazy|stupid|worthless|ugly|disgusting|nothing)\\b[^.?!]{0,30}[.,!]?\\s*(?:no ?one|nobody) else (?:would|will) (?:ever )?(?:put up with|have) (?:you|u)\\b';
/** threats of harm to the reader or someone close, in everyday words */
const PLAIN_THREAT =
  "\\b(?:make|making) (?:you|u|him|her) disappear\\b|\\b(?:you'?ll|you will) end up in (?:the )?(?:hospital|a wheelchair|a ditch)\\b|\\bpicking (?:your|ur|his|her) teeth (?:up )?off the floor\\b|\\bif (?:he|she|you|they) wants? a broken (?:jaw|nose|leg|arm)\\b|\\bmake sure (?:he|she|you|they) (?:can'?t|cannot|won'?t) (?:walk|talk|see)\\b|\\bmake sure you can'?t walk out\\b|\\b(?:don'?t|dont) make me do what i did (?:last time|before)\\b|\\block the door all you want\\b|\\bi have the spare key,? you know\\b|\\bgot a (?:piece|strap) now\\b|\\b(?:bought|got) a gun (?:today|yesterday|now)\\b|\\b(?:you|u) won'?t like what happens\\b|\\bneither of (?:you|u) will be (?:smiling|laughing|walking)\\b|\\byou don'?t want me to come (?:and )?find out\\b|\\bhope (?:your|ur) (?:mum|mom|sister|dad|family) locks? (?:her|his|their) doors?\\b|\\bsharpened the (?:big )?knife\\b|\\bleft a bullet\\b|\\bdrag(?:ging)? (?:you|u) out (?:of here|in front of)\\b|\\bdrag (?:you|u) (?:out )?by (?:your|ur) hair\\b";

/** threats said as set phrases, aimed at the reader: "watch ur back", "ill make u regret this", "if i can't have you nobody can" */
const SET_THREAT =
  "\\bwatch (?:your|ur|yo) back\\b|\\b(?:i'?ll|ill|i will|imma|i'?m gonna|im gonna) make (?:you|u) regret (?:this|it|that|everything|every)\\b|\\b(?:i'?ll|ill|i will|imma) find (?:you|u)\\b[^.?!]{0,20}\\b(?:always do|wherever|i always)\\b|\\btell (?:anyone|anybody|the police|the cops|someone)\\b[^.?!]{0,10}\\band (?:you'?re|ur|youre) (?:done|dead|finished)\\b|\\bshut up before i shut (?:you|u) up\\b|\\bif i can'?t have (?:you|u),? (?:no ?one|nobody) (?:can|will)\\b|\\b(?:call|ring) the (?:cops|police)\\b[^.?!]{0,6} and see what (?:i do|happens)\\b|\\bbetter hope the (?:police|cops) get (?:there|here) before i do\\b|\\b(?:ur|you'?re|youre) next ?(?:🔪|🔫)|\\b(?:screaming|shouting|yelling|saying|says|said) (?:that )?(?:i'?m|im|you'?re|ur) next\\b|\\bcome (?:out|down|outside) or (?:i'?m|im) coming (?:in|up|inside|for you)\\b|\\b(?:hang up|ignore me|block me)(?: on me)? again and (?:i'?m|im) coming (?:over|round|there)\\b|\\bif (?:you|u)\\b[^.?!]{0,60}\\b(?:i'?ll|i will|ill) act accordingly\\b|\\bhow long (?:your|ur) (?:family|kids|mum|mom|sister) (?:stays|stay|will stay) safe\\b|(?<=\\b(?:we|they|my \\w+) (?:know|knows) )where (?:your|ur) (?:father|dad|mum|mom|mother|sister|brother|family|kids|parents) (?:lives|live)\\b|\\bprotection order\\b[^.?!]{0,60}\\b(?:find|hurt|kill|come after)\\b|\\bi have (?:friends|people|eyes) everywhere\\b|\\b(?:knife|gun|bat|crowbar|hammer|axe)\\b[^]{0,40}\\bkeep pushing me\\b|\\bshut (?:her|his|your|ur) mouth for good\\b";
/** harm promised to someone else: "he's dead if i see him again", "i'm putting him in the ground", a weapon brought along */
const HARM_PROMISED =
  "\\b(?:he'?s|she'?s|hes|shes|they'?re|he is|she is) dead if i (?:see|catch|find)\\b|\\bis dead if i see (?:him|her|them|you|u) again\\b|\\b(?:catch|get) (?:him|her|them) alone\\b[^.?!]{0,10}\\b(?:he'?s|she'?s|hes|shes|they'?re) dead\\b|\\b(?:putting|put) (?:him|her|them|you|u) in the ground\\b|\\b(?:loaded|loading) (?:the|my|a|his) (?:shotgun|gun|rifle|pistol)\\b(?![^.?!]{0,40}\\b(?:game|range|hunt|hunting|season|clay|match))|\\bif\\b[^.?!]{0,60}\\b(?:i'?m bringing|bringing|going round with|coming round with|i'?ll bring) (?:my |his |the |my dad'?s |a )?(?:gun|crowbar|machete|shotgun|rifle|pistol)\\b|\\bpull up on (?:him|her|them|you|u)\\b[^.?!]{0,20}\\b(?:strap|gun|blade|knife|piece|bat)\\b|\\bthreatened to (?:shoot|stab|kill|burn|hurt)\\b";
/** shots or a stabbing nearby, told as it happens: "there's shooting on our street", "there was a stabbing at the party, run" */
const ATTACK_NEARBY =
  "(?<!\\b(?:news|film|movie|game|show|series|documentary|read|heard on the radio)\\b[^.?!]{0,40})\\b(?:there'?s|there is|someone'?s|someones|somebody'?s|somebodys|people are) (?:shooting|a shooting|shots|gunfire|a stabbing)\\b(?! (?:a|the|photos|pics|video|scene|in the (?:film|movie|game|news)))(?![^.?!]{0,40}\\b(?:news|film|movie|game|series|documentary|tv)\\b)|\\b(?:was|there was) a (?:stabbing|shooting)\\b[^.?!]{0,30}[,.!]?\\s*(?:run|get out|hide|stay inside|lock the door)\\b|\\bshots fired\\b|\\bactive shooter\\b(?! (?:drill|scenario|training|exercise|game))";

/** a weapon pointed at someone: "he took his hunting rifle and pointed it at me" */
const WEAPON_POINTED =
  '(?<=\\b(?:gun|rifle|shotgun|pistol|knife|crossbow|machete|bat|blade)\\b[^.?!]{0,60})\\b(?:pointed|aimed) (?:it|that|the thing) at (?:me|us|my \\w+|the kids|her|him)\\b|\\b(?:pointed|aimed) (?:a|the|his|her|their) (?:gun|rifle|shotgun|pistol|knife|crossbow) at (?:me|us|my \\w+|the kids|her|him)\\b';

/** what leaving will cost, told as the writer's body found: "leave tonight and the next call you get will be from the police" */
const LEAVING_BODY =
  "\\b(?:leave|go|walk out|walk away|go out that door|go on)\\b[^]{0,60}\\b(?:(?:you'?ll|you will|u'?ll|ull) (?:be (?:the one (?:who|that) finds? me|planning my funeral|identifying my body|finding me)|find me (?:dead|in the morning|hanging|in the bath))|the next call (?:you get )?(?:will be|is) from the police)\\b|\\b(?:wrap|wrapping) (?:the|my) car (?:round|around) a (?:tree|pole|wall)\\b|\\bcrash (?:the|my) (?:car|ute|truck|van|bike) on purpose\\b|\\bput my foot down\\b[^.?!]{0,30}\\bnot brake\\b";
/** harm to oneself told by its shape rather than its name */
const SELF_HARM_FORMS =
  "\\b(?:half|part of me|kind of|kinda|secretly|quietly) (?:wish|wishes|hope|hopes|hoping|wants?)\\b[^.?!]{0,40}\\b(?:hit me|hits me|not to stop|doesn'?t stop|doesn'?t land|go(?:es)? under|swerves? into me)\\b|\\bhope (?:a|the) (?:lorry|truck|bus|car|train) swerves into me\\b|\\b(?:stopped|stop|not) eating on purpose\\b|\\bif it finishes me\\b|\\bmy body (?:just )?gives up\\b|\\b(?:went|climbed|got|stepped) (?:down )?(?:onto|on to) the (?:line|tracks|rails)\\b|\\b(?:i'?m|im|i am|i was|i|he'?s|she'?s|he is|she is|he was|she was) (?:standing|stood|lying|lay|sat|sitting) (?:between|on) the (?:rails|tracks)\\b(?![^.?!]{0,40}\\b(?:signal|delay|failure|broke down|stuck))|\\bstepped off the platform edge\\b|(?<=\\b(?:won'?t be (?:back|home)|not coming (?:home|back)|don'?t wait up)\\b[^]{0,80}\\b(?:sea|river|water|lake|canal|harbour|harbor|quay|jetty|pier)\\b[^]{0,40})\\b(?:peaceful|very still|so still|dark and quiet|so dark|looks like sleeping)\\b|\\b(?:banging|smacking|hitting) my head (?:on|off|against)\\b[^.?!]{0,40}\\b(?:so (?:the|it) (?:noise|voices?|thoughts?)|till|until|since [0-9]|bleed)|\\bpunch(?:ing|ed)? (?:the|a) wall\\b[^.?!]{0,30}\\b(?:knuckles (?:bleed|bled|are bleeding)|till (?:my knuckles|it bleeds|they bleed))|\\b(?:needed|need|wanted) (?:something|it) to hurt more than\\b|\\bblood on the (?:bath ?mat|towel|sink|sheets)\\b[^]{0,60}\\b(?:needed|feel|sorry)\\b|\\bdid it again\\b[^.?!]{0,20}\\b(?:just a bit|only a bit)\\b|\\bfor my send-?off\\b|\\bplay (?:my|these) songs at (?:the thing|my funeral|my send-?off)\\b|\\b(?:helium|nitrogen|argon)\\b[^.?!]{0,30}\\b(?:bag|hood)\\b(?![^.?!]{0,20}balloon)|\\b(?:bought|ordered|got) a rope and (?:picked|chose|found)\\b|\\b(?:tank|canister) and a (?:bag|hood)\\b|\\berase myself\\b|\\blog(?:ging)? off (?:permanently|for good|forever)\\b[^.?!]{0,20}[.!]?\\s*(?:not the app|me\\b)|(?<=🔫\\s*(?:\\S+\\s*)?)to my head\\b";
/** control and degradation told by their shape */
const ABUSE_FORMS =
  "\\b(?:went (?:thru|through)|unlocked|scrolled|read) (?:ur|your) (?:phone|whatsapp|messages|texts|dms|insta)\\b[^]{0,40}\\b(?:while (?:you|u) (?:slept|were (?:asleep|sleeping))|at [0-9]+ ?am|with your thumb)\\b|(?<=\\b(?:told|telling|warned|had a word with)\\b[^.?!]{0,60})\\b(?:you'?re|your|ur|you are|i'?m|i am) (?:unstable|not right in the head|having (?:a )?breakdowns?|mentally ill)\\b|\\b(?:good luck|try) (?:getting anyone to (?:listen|believe)|telling (?:them|anyone) anything)\\b|\\bnot to believe (?:you|u|a word)\\b|(?<=\\b(?:sign|put your name to)\\b[^.?!]{0,60}\\b(?:or|otherwise)\\b[^.?!]{0,40})\\b(?:forget (?:about )?seeing|(?:don'?t|won'?t) expect to see|(?:grandkids|grandchildren|kids) stop visiting|never see (?:the|your) (?:kids|grandkids|grandchildren|children))\\b|\\b(?:put|hid|installed|found|there'?s) (?:a |an |little |a little )?(?:camera|cam|cameras|cams)\\b[^.?!]{0,30}\\b(?:bedroom|our room|lounge|bathroom)\\b|\\bstop turning off (?:ur|your) location\\b|\\bi check it whenever i (?:like|want)\\b|\\b(?:stops|stopped|won'?t|doesn'?t) giv(?:e|ing) me (?:any )?money for (?:food|groceries)\\b|\\bno (?:housekeeping|grocery|food) money\\b|\\b(?:yells|screams|shouts|roars) at (?:her|my \\w+|him)\\b[^.?!]{0,30}\\b(?:that (?:she|he)'?s|she'?s|he'?s) (?:stupid|useless|worthless|good for nothing|an idiot)\\b";
/** harm to the body told by its shape: a cushion held over the face, sex while asleep */
const HARM_FORMS =
  "\\b(?:pressed|held|put|pushed) (?:a|the) (?:cushion|pillow) (?:on|over|onto|against) my face\\b|\\b(?:does it|did it|on top of me|has sex with me|touches me|touched me)\\b[^]{0,50}\\b(?:while|when) (?:i'?m|i was|i am) (?:asleep|sleeping|out cold|passed out|unconscious)\\b|\\bi never said yes,? i was (?:asleep|drunk|out cold|passed out)\\b";
/** threats of coming for the reader, and harm done with things thrown */
const THREAT_FORMS =
  "(?<=\\b(?:you'?ve got|you have|u got|u have) [0-9a-z]+ (?:min|mins|minutes|seconds)\\b[^.?!]{0,40})\\bor (?:i'?m|im|i'?ll|ill|i will) (?:coming|walking|come|drive|driving)\\b|\\bor (?:i'?m|im|i'?ll|ill) (?:come|coming) (?:and )?(?:find|get|pull|drag|fetch) (?:you|u)\\b|\\b(?:one more time|do it again|hang up (?:on me )?again)\\b[^.?!]{0,30}\\b(?:i'?ll|ill|i will) be at (?:your|ur) (?:door|work|house|place)\\b|\\b(?:hang up|u do it)\\b[^.?!]{0,30}\\b(?:im|i'?m) driving (?:round|over)\\b|\\bi (?:wont|won'?t) be gentle\\b|\\b(?:i )?never told (?:him|her|them|either of them|anyone) where i (?:work|live|was|am)\\b|\\bi (?:didn'?t|didnt|did not) (?:even )?tell (?:him|her) (?:where|i was)\\b|\\b(?:tailing|been following|walking (?:a little way )?behind|driving behind|sitting behind) me\\b(?! on (?:strava|insta\\w*|twitter|tiktok|facebook|spotify|youtube|twitch|x)\\b)[^.?!]{0,40}\\b(?:since|the whole way|all the way)\\b|\\b(?:he|she|my (?:wife|husband|girlfriend|boyfriend|partner|ex)) (?:glassed|bottled|scalded) me\\b|\\b(?:smashed|broke) (?:a|the) (?:mug|bottle|glass|plate|cup|vase) (?:on|over) my (?:arm|head|face|hand|back)\\b|\\bthrew (?:a|the) (?:bottle|glass|mug|plate|pan) at me\\b[^.?!]{0,30}\\b(?:cut|bleed|stitches|hospital|a&e)\\b|\\bi know exactly where (?:it|she|he|they) (?:is|lives|live)\\b|\\b(?:drove|walked|went) past (?:your|ur) (?:mum|mom|dad|brother|sister|parents)'?s?\\b[^]{0,60}\\bi know\\b|\\b(?:brake (?:cable|lines?|pipe)s?|wheel to come loose)\\b[^]{0,60}\\b(?:snip|cut|easy|drive|still can)\\b|\\bnot in cash\\b|\\bpays? with more than money\\b";
/** coming to haul the reader back, which people also say in play ("don't make me come over there and drag you home 😂") */
const COME_OVER_THERE =
  "\\b(?:don'?t|dont) make me (?:drive|come) (?:over|down|round) there and (?:haul|drag|pull|fetch) (?:you|u)\\b";
/** harm promised to someone else in everyday words */
const HARM_THIRD_FORMS = "\\bwon'?t be walking (?:straight|right|properly)\\b|\\bkeeps? all (?:his|her|their) teeth\\b";

/** saying one is not safe with oneself: "i'm not safe tonight", "i don't trust myself on my own right now" */
const NOT_SAFE_WITH_SELF =
  "\\bi'?m not safe (?:tonight|right now|rn|on my own|alone|by myself|with myself|around myself|in my (?:own )?head)\\b|(?<=\\b(?:don'?t|do not|dont|can'?t|cannot|cant)\\b )(?:feel safe (?:with|around|by) myself|trust myself (?:alone|on my own|by myself|tonight|right now|rn|not to)(?! with)\\b)";
/** the ways looked into: "i've been planning how to end things", "researching ways to do it that look like an accident" */
const WAYS_LOOKED_INTO =
  '(?<=\\b(?:planning|planned|researching|researched|looking up|looked up|googling|googled|reading up on|working out|worked out) (?:how|ways|the (?:best|quickest|easiest|least painful) ways?|methods?) to )(?:end (?:it|things|my life|everything|it all)(?! (?:with|between)\\b)|kill myself|not wake up|go without (?:anyone|anybody) (?:knowing|noticing)|make it look like an accident|do it (?:so (?:it|nobody|no one)|quietly|properly|that looks? like an accident))';
/** not minding never waking: "if i didn't wake up tmrw i wouldn't mind", "wouldn't be mad if i just didn't wake up" */
const NOT_MIND_NOT_WAKING =
  "\\bif i (?:didn'?t|don'?t|did not|do not|never|didnt|dont) wake up\\b(?! (?:till|until|before|on time|in time))[^.?!]{0,24}\\bi (?:wouldn'?t|would not|wouldnt) (?:mind|be (?:mad|sad|upset|sorry|bothered)|care|complain)\\b|\\b(?:wouldn'?t|would not|wouldnt) (?:mind|be (?:mad|sad|upset|sorry|bothered)|care) if i (?:just )?(?:didn'?t|did not|didnt|never) wake up\\b(?! (?:till|until|before|on time|in time))";
/** wanting to vanish for good, said with a break between: "i want to disappear. permanently. not like a holiday" */
const GONE_FOR_GOOD =
  "(?<=\\b(?:i|to|wanna|gonna|just|could|i'?ll|i'?d) )(?:disappear|vanish|stop existing|not exist)(?=\\s*[.,;!-]+\\s*(?:permanently|forever|for good|for real this time)\\b)";
/** an earlier attempt told as one: "i tried last month and i'm kinda mad it didn't work", "that wasn't appendicitis. i tried to end it" */
const TRIED_BEFORE =
  "\\bi tried(?: (?:last (?:month|year|week|time|night)|before|once|twice|in (?:19|20)[0-9]{2}|to (?:die|end it|kill myself)))?(?:[.,;!]+\\s*| and | so | but )[^.?!]{0,24}\\b(?:mad|annoyed|angry|sad|disappointed|sorry|gutted|wish) (?:that )?it (?:didn'?t|did not|didnt) work\\b|\\b(?:wasn'?t|was not|wasnt) (?:appendicitis|an accident|food poisoning|a fall)\\W{1,4}i (?:tried|took|did it)\\b";
/** hurting oneself to feel: "punching walls till my knuckles bleed just to feel something" */
const TO_FEEL_SOMETHING =
  '(?<=\\b(?:punch(?:ing|ed)?|hit(?:ting)?|scratch(?:ing|ed)?|burn(?:ing|ed|t)?|bit(?:ing|e)?|bang(?:ing|ed)?|slam(?:ming|med)?) (?:walls?|myself|my (?:head|arms?|legs?|skin|wrists?|thighs?|hands?|knuckles))\\b[^.?!]{0,40})\\b(?:just )?to feel (?:something|anything|real)\\b|(?<=\\b(?:punch(?:ing|ed)?|hit(?:ting)?|bang(?:ing|ed)?|slam(?:ming|med)?) (?:walls?|myself|my (?:head|fists?|hands?|knuckles))\\b[^.?!]{0,40})\\b(?:till|until) (?:they|it|i|my (?:knuckles|hands|head)) (?:bleed|bleeds|bled)\\b';
/** medicine gathered in secret: "been hoarding my pain meds since the op", "pharmacies in three towns so nobody would notice how many" */
const MEDS_GATHERED =
  '\\b(?:hoard(?:ing|ed)?|stockpil(?:ing|ed|e)|squirrel(?:ling|ing)? away) (?:my|her|his) (?:pain ?)?(?:meds|pills|tablets|painkillers|medication|sleeping pills|prescriptions?)\\b(?![^.?!]{0,30}\\b(?:away from|before the|for the (?:trip|holiday|flight)))|\\b(?:different|several|three|four|two) (?:pharmacies|chemists|towns|shops)\\b[^.?!]{0,40}\\bso (?:nobody|no one|noone) (?:would )?(?:notice|know|see) how many\\b';
/** voices telling one to do it */
const VOICES_SAY =
  '\\b(?:the voices|the voice in my head) (?:say|says|said|tell|tells|told|keep telling|are telling|is telling) (?:me )?(?:i should|to|that i should|i need to|i have to) (?:do it|die|kill|end|hurt|jump)\\b';
/** a note practised, a funeral planned in earnest: "every night i practise what i'd write in the note" */
const NOTE_PRACTISED =
  "\\bwhat i'?d (?:write|say|put) in (?:the|my) note\\b|\\bplanning my (?:own )?funeral\\b[^.?!]{0,30}\\b(?:for real|seriously|not joking|i mean it)\\b";
/** the reader spared worry from now on: "you won't have to worry about me anymore", "after this weekend" */
const NO_MORE_WORRY =
  "\\b(?:won'?t|will not|wont|never) (?:have|need) to worry about me (?:any ?more|again|after (?:this|tonight|today|tomorrow)|much longer|for (?:much|very) longer)\\b";
/** a long life closed: "i've lived long enough", "no more dialysis after friday" */
const LIVED_ENOUGH =
  "\\b(?:i'?ve|i have) lived long enough\\b(?! (?:to|for|in|here|there))|\\btold (?:the|my) (?:nurse|doctor|consultant|gp) no more dialysis\\b";

export const EN: RuleTable = {
  self_harm: [
    { re: LEAVING_JUMP },
    { re: LEAVING_BODY },
    { re: SELF_HARM_FORMS },
    { re: THROWN_UNDER },
    { re: ALREADY_TAKEN, urgent: true },
    { re: MEANS_READY, urgent: true },
    { re: KIDS_GOODBYE },
    { re: NOT_THERE_BY },
    { re: THANKS_FAREWELL },
    { re: READ_IT_AFTER },
    { re: WONT_NEED },
    { re: DECIDED_DONT_STOP },
    { re: OWN_SKIN },
    { re: WEARY_OF_LIFE },
    { re: GOODBYE_THEN_SILENCE },
    // "not safe on my own in that kitchen" is about a place
    { re: NOT_SAFE_WITH_SELF, unlessAfter: /^ in (?:that|the|this|a|my) \w+/ },
    { re: WAYS_LOOKED_INTO },
    { re: NOT_MIND_NOT_WAKING },
    { re: GONE_FOR_GOOD },
    { re: TRIED_BEFORE },
    { re: TO_FEEL_SOMETHING },
    { re: MEDS_GATHERED },
    { re: VOICES_SAY },
    { re: NOTE_PRACTISED },
    // good news is not a goodbye: "got the job!! you won't have to worry about me anymore"
    {
      re: NO_MORE_WORRY,
      unlessIn:
        /\b(?:got the job|new job|promotion|passed|graduat\w*|moving|moved|new flat|new place|saved up|paid off)\b/,
    },
    { re: LIVED_ENOUGH },
    // someone begged to come down from a height
    {
      re: '\\bcome (?:down|back) (?:off|from) (?:the |that )?(?:roof|bridge|ledge|balcony|edge|railing|cliff)\\b(?![^.?!]{0,30}\\b(?:dinner|lunch|food|ready|cat|dog|kitten))',
    },
    {
      re: "\\b(?:don'?t|dont|do not) (?:think|feel like|know if) i (?:want|wanna|can) (?:to )?(?:be here|be alive|live|exist|keep going|go on|wake up|do this) ?(?:anymore|any more|much longer)?\\b",
    },
    {
      re: "\\b(?:every(?:one|body)|you(?: all)?|u|y'?all|they|the world|my family)(?: would|'?d| will|'?ll)(?: \\w+){0,2} (?:be )?(?:better off|happier|fine|relieved|easier)\\b[^.?!]{0,40}\\b(?:without me|w/o me|if i (?:just )?(?:wasn'?t|weren'?t|was not|were not|wasnt|werent|died|disappeared|was gone|were gone)|with me gone)",
      // a weekend away: "you'd all manage fine without me this weekend, the freezer's full"
      unlessAfter: AWAY_FOR_A_WHILE,
    },
    {
      re: '\\b(?:better off|happier|easier|better)\\b[^.?!]{0,30}\\b(?:w/o|without) me\\b|\\bone less (?:mouth|mess|problem|burden)\\b',
      unlessAfter: AWAY_FOR_A_WHILE,
      // a better time, day or trip without me is a sulk, not a wish to be gone
      unlessWithin: /\bbetter (?:time|day|night|weekend|evening|trip|holiday|party)\b/,
    },
    {
      re: '\\b(?:thinking|think|thought|thoughts) (?:abt|about|bout|of) (?:ending it|ending things|ending my life|killing myself|not being here|dying|jumping|ending everything)\\b',
    },
    {
      re: '\\b(?:kill|shoot|stab|end) (?:you|him|her|them)\\b[^.?!]{0,20}\\b(?:and )?then (?:myself|me|kill myself)\\b|\\b(?:take|taking) (?:him|her|you|them) (?:out )?with me\\b|\\bif i go,? (?:he|she|you|they) go(?:es)? too\\b|\\bone for (?:him|her|my \\w+) and one for me\\b',
    },
    {
      re: "\\b(?:password|passcode|pin|login|bank (?:stuff|details|card))\\b[^]{0,100}\\b(?:just so someone knows|so someone knows|for after|when i'?m gone|if anything happens|if something happens)\\b|\\b(?:just so someone knows|if anything happens to me)\\b",
      urgent: true,
    },
    {
      re: "\\b(?:saving|saved|saving up|stockpiling|hoarding|counted) (?:up )?(?:my |all my |the )?(?:prescription|meds|medication|pills|tablets)\\b|\\bi think it'?s enough\\b|\\b(?:picked|chose|chosen|set) a date\\b|\\b(?:long sleeves|the lines on my (?:arm|arms|wrist|thighs?)|box of plasters|plasters this week)\\b|\\bimagining (?:the|my) funeral\\b|\\b(?:researching|looked up|googling|googled|searched) (?:the |a )?(?:\\w+ ){0,2}(?:method|methods|ways to die|how to die|painless)\\b|\\bnot (?:going to|gonna) be around (?:for|at|by)\\b|\\bif i just stopped\\b|\\bstopped everything\\b",
    },
    {
      re: "\\b(?:giving|gave|given) (?:all )?(?:his|her|their|my) (?:stuff|things|belongings) away\\b|\\bsoon it won'?t matter\\b|\\b(?:everything'?s|everything is) (?:squared away|sorted|taken care of|in order)\\b[^]{0,60}\\b(?:sorry|goodbye|love you|x)\\b|\\bi won'?t be able to anymore\\b",
    },
    { re: '\\bgo (?:and )?kill (?:yourself|urself)\\b|\\btold me to (?:go )?kill myself\\b' },

    {
      re: '\\b(?:thinking|think|thought|thoughts|picturing|imagining|fantasi[sz]ing|dreaming|obsessing) (?:about|of) (?:\\w+ ){0,2}?(?:jumping|dying|not waking up|driving into|crashing into|ending it|killing myself|overdosing|hanging myself|disappearing for good|stepping in front)',
    },
    {
      re: '\\b(?:saving|saved|stockpil\\w*|hoard\\w*|collecting) (?:up )?(?:all )?(?:my |the |of my )?(?:pills|tablets|meds|sleeping pills|painkillers)\\b|\\bhow many (?:of )?(?:my |the |these )?(?:pills|tablets|meds|paracetamol|painkillers)\\b[^.?!]{0,30}\\b(?:take|kill|enough|die)|\\blooked up how (?:many|much)\\b[^.?!]{0,40}\\b(?:take|die|kill|enough|lethal)',
    },
    {
      re: '\\brazor blades?\\b[^.?!]{0,40}\\bnot for\\b|\\btired of (?:existing|living|being alive|life|being here|breathing)\\b|\\b(?:everything|it all) to (?:stop|end)\\b|\\brather be dead\\b|\\bwish i could (?:just )?(?:disappear|vanish|not exist|stop existing|fall asleep and)',
    },
    {
      re: '\\bif i (?:died|were dead|was dead|disappeared|was gone|were gone)\\b[^.?!]{0,60}\\b(?:relieved|better|nobody|no ?one|easier|care|notice)',
    },
    {
      re: '\\b(?:wrote|written|writing|left) (?:\\w+ )?(?:letters?|notes?) (?:for|to) (?:everyone|you all|each of you|my family|all of you|my kids)\\b',
      urgent: true,
    },
    {
      re: '\\b(?:on|at) (?:the )?(?:bridge|roof|rooftop|ledge|tracks|platform edge)\\b[^.?!]{0,80}\\b(?:(?:for the|one) last time|goodbye|hear your voice (?:one more|one last|a last) time|always love you)',
      urgent: true,
      // a song's title: "busking on the platform playing goodbye my lover"
      unlessWithin: /\b(?:playing|plays|played|singing|sings|sang|song|busk\w*) goodbye$/,
    },
    {
      re: '\\bthank(?:s| you) for everything\\b[^]{0,160}\\b(?:take care of yourself|look after (?:yourself|\\w+ for me)|give \\w+ my|feed the|keys are)',
    },
    {
      re: "\\bsoon (?:you|u|y'?all|everyone) (?:won'?t|will not|wont) have to (?:deal with|worry about|put up with|see) me\\b|\\b(?:such|being) a burden\\b",
    },
    {
      re: '\\b(?:says|said|told me|texted|posted)\\b[^.?!]{0,30}\\b(?:going to|gonna|wants? to|will) (?:kill|hurt|end) (?:himself|herself|themselves|it all)\\b|\\bposted (?:something|a message|a note) (?:that )?(?:reads|sounds) like a goodbye\\b',
    },

    {
      re: `\\b(?:kill(?:s|ed|ing)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|cut(?:s|ting)?|off(?:ed|ing)?|unalive(?:d|s)?|shoot(?:ing)?|shot|hang(?:ed|ing)?|hung|drown(?:ed|ing)?|starv(?:e|ed|ing)|burn(?:ed|t|ing)?|poison(?:ed|ing)?|end(?:ed|ing)?) ${SELF}\\b`,
      unlessWithin: /(?:him|her|them) ?sel/,
      unlessBefore: /(?:nearly|almost|practically|basically|accidentally|literally) $/,
      unlessAfter:
        /^(?: (?:laughing|shaving|cooking|chopping|at the gym|lifting|running|playing|skiing|on (?:the|a) (?:stairs|knife|glass|fence|ice|step)|in the (?:kitchen|garden)|with (?:the|a) (?:knife|scissors|saw)|while|when i (?:fell|slipped|tripped)|working|studying|trying to|to get|to make|for (?:this|that|you|the)|over (?:this|that|nothing|a|the)))/,
      jokable: true,
    },
    {
      // not kilometres: "200 kms", "how many kms on a used car"
      re: '(?<![0-9] ?|\\b(?:for|how many|few|many|more|less|low|high|the|of|extra|some) )\\bkms\\b|\\bunalive\\b(?! (?:my|the|this|that|these|those|his|her|a|an|every|all|old|some)\\b)|\\b(?:sewer ?slide|self[- ]?harm(?:ing|ed)?|selfharm)\\b',
    },
    {
      re: '\\b(?:kill(?:s|ed|ing)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|cut(?:s|ting)?|hang(?:ed|ing)?|hung|drown(?:ed|ing)?|poison(?:ed|ing)?|end(?:ed|ing)?|shot|shoot(?:s|ing)?) (?:him ?self|her ?self|them ?selves|them ?self)\\b',
      mention: true,
    },
    { re: '\\bsuicid(?:e|al|ally)\\b', mention: true },
    {
      re: `\\b(?:i|i'?d|i'?ll|i'?ve|${IM}|just|really|honestly|sometimes|still|so|truly|literally)\\b[^.?!]{0,24}?\\b${WANT}\\b(?: to)?(?: just| really| simply)? ${BE_GONE}`,
      unlessAfter:
        /^(?: \(?(?:of|from|with) (?:embarrassment|shame|laughter|laughing|happiness|cringe|boredom|cuteness)| laughing| happy| in your arms| for you| on (?:that|this) hill| old| a happy| of old age| (?:this|on|all|till|until|tomorrow) (?:sunday|saturday|weekend|morning|day|week|noon|lunch))/,
      jokable: true,
      unlessWithin:
        /\b(?:don'?t|do not|dont|never|not|no longer|wouldn'?t|won'?t|didn'?t|doesn'?t)\b(?: \w+)? (?:want|wanna|wish|going|gonna|plan|planning|need|ready|deserve)\b|\b(?:thought|felt like|felt as if|swore) (?:i|we)(?: was| were| would|'d)\b/,
    },
    {
      re: `\\b(?:she|he|they|my (?:sister|brother|friend|mum|mom|dad|son|daughter|partner|boyfriend|girlfriend|husband|wife)) (?:wants?|wanted|is going|was going|keeps saying (?:she|he|they) wants?|said (?:she|he|they) wants?|says (?:she|he|they) wants?|talks? about wanting|tried|has tried|attempted|is planning) to ${BE_GONE}`,
    },
    {
      re: "\\b(?:wish(?:ed)?|if only) (?:i|i'?d) (?:was|were|had) (?:dead|never been born|not (?:here|alive|born)|gone|died)\\b",
    },
    {
      re: "\\b(?:don'?t|do not|dont|no longer|didn'?t|never) (?:want|wanna|wish|feel like) (?:to )?(?:be )?(?:alive|live|living|exist|existing|be here|wake up|go on|keep going|carry on|be around|see tomorrow|breathe)\\b",
      unlessAfter:
        /^(?: (?:in|with|near|at|on|there|together|abroad|alone|like that|under|next|by|without (?:you|him|her)|here (?:in|with|anymore with)|to see|this)\b)/,
    },
    {
      re: "\\b(?:every(?:one|body)|you(?: all)?|y'?all|they|the world|my family|my kids|the kids|you guys|u)(?: would|'?d| will|'?ll| are| is| were| will all) (?:be )?(?:better off|happier|fine|ok(?:ay)?|relieved|easier)(?: all)? (?:without me|if i (?:was|were|wasn'?t|weren'?t|am|died|disappeared|left for good)|with me gone|when i'?m gone|once i'?m gone)",
      unlessAfter: AWAY_FOR_A_WHILE,
    },
    {
      re: "\\b(?:better off|happier|easier) (?:without me|if i (?:was|were) (?:dead|gone)|if i (?:wasn'?t|weren'?t) (?:here|around|alive)|with me gone)\\b",
    },
    {
      re: "\\b(?:no ?one|nobody|noone|not a single person|who)(?: would| will|'?d|'?ll| is going to| even) (?:even )?(?:miss me|notice (?:if|when) i(?:'?m| was| am)? (?:gone|dead|not here|disappeared)|care (?:if|when) i(?:'?m| was| am)? (?:gone|dead|died|not here)|come to my funeral)",
    },
    {
      re: "\\b(?:won'?t|will not|wont) (?:be )?(?:a (?:problem|burden|bother)|around|here|bothering (?:you|anyone)|in your way) (?:for )?(?:much longer|for long|anymore|any ?more|after tonight|after today|by tomorrow)",
      // a move, not a goodbye: "i won't be here much longer, moving to leeds in march!"
      unlessIn:
        /\b(?:moving|move to|moved|relocat\w*|new job|new flat|new house|emigrat\w*|visa|lease|contract ends)\b/,
    },
    {
      re: "\\b(?:i am|i'?m|i feel like) (?:such )?a burden (?:to|on) (?:every(?:one|body)|you all|my family|everybody)",
    },
    {
      re: `\\b(?:took|taken|swallowed|downed|ate|take|taking|swallow|gonna take|going to take|about to take)\\b[^.?!]{0,14}?\\b${LOTS}\\b[^.?!]{0,14}?\\b${PILLS}\\b`,
      unlessAfter:
        /^(?:[^.?!]{0,30}\b(?:like (?:the|my) doctor|as prescribed|prescribed|with food|before bed as usual|vitamins))/,
    },
    {
      re: `\\b(?:took|taken|swallowed|downed)\\b[^.?!]{0,14}?\\b${LOTS}\\b[^.?!]{0,14}?\\b${PILLS}\\b`,
      urgent: true,
      unlessAfter: /^(?:[^.?!]{0,30}\b(?:like (?:the|my) doctor|as prescribed|prescribed|with food|vitamins))/,
    },
    { re: "\\b(?:overdos(?:e|ed|ing)|od'd|od'ing)\\b", mention: true },
    { re: "\\b(?:i'?ve|i have|i|just) (?:overdosed|od'd)\\b", urgent: true },
    {
      re: `\\b${PILLS} (?:are |is )?(?:lined up|counted out|ready|in (?:my|front of me|my hand)|saved up|stockpiled)`,
      urgent: true,
    },
    {
      re: '\\b(?:cut|cutting|cuts|slit|slice[ds]?|slicing|razor(?:ed)?)\\b[^.?!]{0,10}?\\b(?:my (?:wrists?|arms?|thighs?|legs?|skin|veins?|stomach)|myself|again)\\b',
      unlessAfter: /^(?: (?:on|with|shaving|cooking|chopping|while|by accident|accidentally|in the kitchen))/,
      unlessBefore:
        /\b(?:hair|nails|coupon|losses|ties|class|carbs|sugar|back|down|corners|cake|bread|onions?|grass) (?:\w+ )?$/,
    },
    {
      re: "\\b(?:(?:on|off|from|at the edge of|up on|standing on|sitting on) (?:the |a |this )?(?:bridge|roof|rooftop|ledge|edge|cliff|tracks|railway|platform)|jump(?:ing)? (?:off|from|in front of)|step(?:ping)? in front of (?:a|the) (?:train|bus|car|truck|lorry))\\b[^.?!]{0,40}\\b(?:jump(?:ing)?\\b(?! (?:in|into) (?:the )?(?:sea|water|lake|pool|river|ocean))|(?:want to|wanna|going to|gonna|ready to|let me) die|die (?:tonight|today|now)|goodbye|let go|forever|sorry for (?:everything|all of (?:it|this)|all this|being)|can'?t (?:do this|go on|take (?:it|this|any ?more)|keep going|live|cope|anymore)|(?:it'?s|its|it is) (?:all )?over (?:for me|now)|end (?:it|this|my life|everything|things)\\b|(?:no one|nobody) (?:will|would|cares|loves|needs|is going to|gonna)|(?:for the|one) last time|last (?:message|text|goodbye|words)|bye (?:forever|everyone|for good|world))",
      urgent: true,
      unlessWithin: /\b(?:playing|plays|played|singing|sings|sang|song|busk\w*) goodbye$/,
    },
    {
      re: '\\b(?:jump(?:ing)? (?:off|from) (?:the |a |this )?(?:bridge|roof|building|balcony|cliff|tower|window|car park)|jump(?:ing)? in front of (?:a|the) (?:train|bus|car|truck|lorry|traffic)|step(?:ping)? in front of (?:a|the) (?:train|bus|car|truck|lorry)|hang(?:ing)? myself|a noose|tied a rope|the rope is (?:ready|up))',
      unlessBefore: /\b(?:bungee|cliff|the dog|the cat|kids) $/,
    },
    {
      re: "\\b(?:this is (?:my )?(?:last|final) (?:message|goodbye|text|time you'?ll hear from me)|(?:the )?last time you'?ll (?:ever )?(?:hear from|see|talk to) me|by the time you (?:read|see|get) this|goodbye (?:forever|for good|everyone|world|cruel world)(?! to (?:that|this|the|my|our|those|these) (?!life|world|family|kids|children|mum|mom|dad|parents|friends))|i(?:'?m| am) saying goodbye (?:to everyone|for good|forever)|(?:wrote|written|writing|left) (?:a |my )?(?:goodbye|suicide|last|final) (?:notes?|letters?|messages?)|when i'?m gone,? (?:please )?(?:take care|look after|feed|give))",
      // a phone or a trip that cuts the chat short: "this is my last text before my phone dies", "battery on 2%"
      unlessIn:
        /\b(?:battery|batt|charger|charging|signal|tunnel|wifi|wi-fi|no data|phone'?s? (?:dying|about to die|on \d+|dead|going to die|gonna die)|my phone dies|\d+ ?%|board(?:ing)?|take ?off|airplane mode|flight mode|on the plane|my flight|(?:i'?m|im) going to (?:bed|sleep)(?! forever)|bedtime|night night)\b/,
      urgent: true,
    },
    {
      re: '\\b(?:giv(?:e|ing|en)|gave) (?:away )?(?:all )?(?:my|of my) (?:things|stuff|belongings|clothes|possessions|guitar|books|cat|dog) away\\b|\\b(?:giv(?:e|ing|en)|gave) away (?:all )?my (?:things|stuff|belongings|possessions)\\b',
    },
    {
      re: "\\b(?:no|not any|don'?t see (?:a|any|the)|can'?t see (?:a|any|the)|what'?s the|what is the|there'?s no|lost (?:all|any|my)) (?:reason|point|will) (?:to|in|of|for) (?:live|living|be alive|being alive|go on|going on|keep going|carry on|carrying on|wake up|waking up|being here|life|anything anymore|existing|me being here)",
    },
    {
      re: '\\b(?:thoughts|thinking|think|thought|dreams?|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:dying|death|suicide|killing myself|ending (?:it|my life|things|everything)|not (?:being here|waking up|existing)|hurting myself|disappearing forever|taking my (?:own )?life)',
    },
    {
      re: '\\b(?:take|taking|took|end|ending|ended) my (?:own )?life\\b|\\b(?:end|ending|ended) it (?:all|tonight|today|now|for good|once and for all|this week)\\b|\\bend (?:everything|things) (?:tonight|today|now|for good)\\b',
      unlessBefore: /\b(?:relationship|friendship|call|meeting|date|season|game|contract|lease|this) (?:\w+ )?$/,
    },
    {
      re: "\\b(?:i(?:'?m| am)|i feel) (?:so )?(?:done|finished|tired|over) (?:with )?(?:life|living|being alive|existing|this life|it all)\\b",
      unlessAfter: /^(?: (?:admin|stuff|chores|this week|today))/,
    },
    {
      re: "\\b(?:can'?t|cannot|can not) (?:do this|go on|take (?:it|this)|keep going|live like this|carry on)(?: any ?more)?[^.?!]{0,60}\\b(?:die|dead|end (?:it|my life)|kill|gone|disappear|pills|goodbye|not wake up|hurt myself)",
    },
    {
      re: '\\b(?:i|she|he|they) (?:tried|attempted|tries|try) (?:to )?(?:kill|end|take|hurt) (?:myself|herself|himself|themselves|my (?:own )?life|her (?:own )?life|his (?:own )?life)\\b|\\b(?:suicide|suicidal) attempt\\b|\\battempted suicide\\b',
    },
    // the writer said to be better off dead ("honestly i'd be better off dead than without you"), not someone else
    {
      re: "\\b(?:i'?d|i would|i'?m|i am|i'?ll|i will|i was)(?: \\w+){0,2} (?:be )?better off dead\\b",
      unlessWithin: /\b(?:not|never|no longer)\b/,
    },
    // not knowing what one will do to oneself, or not trusting oneself to stay safe, told as the crisis words go
    {
      re: "\\bwhat i(?:'?ll| will| might| may| could|'?d| would) do to myself\\b|\\b(?:can'?t|cannot|can not|won'?t|couldn'?t) (?:promise (?:i'?ll|i will|to|that i'?ll) (?:be|stay|keep myself) safe|keep myself safe|be trusted (?:on my own|alone))\\b|\\b(?:don'?t|do not|can'?t) trust myself (?:tonight|to be alone|alone|on my own|with (?:the |my )?(?:pills|tablets|meds|knives|razors?))\\b",
    },
    // the writer saying they will not live on ("i'm not gonna live anymore"), not how they will live ("like this")
    {
      re: "\\b(?:i'?m|i am)(?: \\w+)? not (?:gonna|going to|gunna|goin to) (?:live|be alive|stay alive) (?:any ?more|any longer|much longer)\\b",
    },
  ],
  abuse: [
    {
      // contraception taken away or spoiled to force a pregnancy
      re: "(?<=\\b(?:he|she|they|i|i'?ve)\\b[^.?!]{0,12})\\b(?:hid|hidden|hides|threw away|binned|flushed|swapped|moved) (?:all )?(?:your|my|her) (?:pills|birth control|contraceptives?|contraceptive pills?|the pill|condoms|implant)\\b[^.?!]{0,60}\\b(?:baby|pregnant|trying for)\\b",
    },
    {
      // the phone demanded with "nothing to hide"
      re: "(?<=\\b(?:phone|password|passcode|messages|texts|dms|chats|celular|telefone|senha|whats|whatsapp|mensagens|conversas|movil|telefono|contrasena|mensajes|handy|passwort|nachrichten|telephone|portable|tel|mot de passe|code)\\b[^]{0,80})(?:\\bif (?:you|u) (?:had|have|got) nothing to hide\\b(?=,? (?:you|u|then|so|why)\\b)|\\b(?:you|u) (?:wouldn'?t|would not|wouldnt) (?:mind|care) if (?:you|u) (?:had|have) nothing to hide\\b)|(?:\\bif (?:you|u) (?:had|have|got) nothing to hide\\b(?=,? (?:you|u|then|so|why)\\b)|\\b(?:you|u) (?:wouldn'?t|would not|wouldnt) (?:mind|care) if (?:you|u) (?:had|have) nothing to hide\\b)(?=[^]{0,80}\\b(?:phone|password|passcode|messages|texts|dms|chats|celular|telefone|senha|whats|whatsapp|mensagens|conversas|movil|telefono|contrasena|mensajes|handy|passwort|nachrichten|telephone|portable|tel|mot de passe|code)\\b)",
      unlessIn:
        /\b(?:my phone|meu celular|meu telefone|mi telefono|mi movil|mi celular|mein handy|mon portable|mon telephone|mon tel)\b/,
    },
    {
      // a tracker found hidden on one: "found an airtag taped under my car seat"
      re: "\\b(?:found|there'?s|there is|discovered) an? (?:airtag|tracker|gps tracker|tile tracker|tracking device)\\b[^.?!]{0,30}\\b(?:under|taped|stuck|hidden|glued|sewn|zip-?tied)\\b[^.?!]{0,12}\\b(?:my|the) (?:car|seat|bag|handbag|coat|bike|wheel|bumper|jacket|lining)\\b(?![^.?!]{0,40}\\b(?:in case|airline|luggage|suitcase|lose|loses|lost|so i can find|it'?s (?:\\w+'s|mine|ours|the one))\\b)",
    },
    {
      // accounts opened behind one's back: "he logged into my icloud", "took out loans in my name"
      re: '(?<=\\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee))\\b[^.?!]{0,20})\\b(?:logged|logs|logging|got|gets) into my (?:icloud|email|gmail|insta|instagram|facebook|snapchat|whatsapp|bank|banking|accounts?)\\b(?=[^]{0,80}\\b(?:without (?:asking|telling|permission|me knowing)|behind my back|reads? (?:all|everything|my)|reading (?:all|everything|my)|spying|tracking|all my (?:messages|emails|chats))\\b)|(?<=\\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee))\\b[^.?!]{0,20})\\b(?:took out|takes out|taken out|opened|put) (?:a |another |two |three )?(?:loans?|credit cards?|overdrafts?|debts?|contracts?) (?:in|on|under) my name\\b',
    },
    {
      // a wage or pension taken: "move your whole wage into my account", "she takes my pension every week"
      re: '\\b(?:your|ur) (?:whole |entire |full )?(?:wage|wages|salary|paycheck|pay|pension|benefits) (?:goes |go |comes )?into my account\\b|(?<=\\b(?:he|she|they)\\b )(?:takes|took|keeps|kept) (?:all of )?my (?:pension|wages|salary|benefits|paycheck)\\b(?![^.?!]{0,40}\\b(?:post office|to the bank|pays? my|for me|bills)\\b)[^.?!]{0,20}\\b(?:every|each|and)\\b',
    },
    { re: HARM_FORMS },
    { re: SHUT_OUT },
    { re: LEAVING_BODY },
    { re: ABUSE_FORMS },
    { re: THREAT_FORMS },
    { re: COME_OVER_THERE, jokable: true },
    { re: WEAPON_POINTED },
    { re: LOCATION_DEMAND },
    { re: MONEY_HELD },
    { re: SLEEP_WITHHELD },
    { re: CUT_AWAY },
    { re: PHONE_DEMANDED },
    { re: SEX_PRESSED },
    { re: IMAGES_HELD },
    { re: PAPERS_HELD },
    { re: CHILDREN_HELD },
    { re: PREGNANCY_FORCED },
    { re: KEPT_BACK },
    { re: NO_ONE_ELSE },
    { re: PLAIN_THREAT },
    { re: SET_THREAT },
    { re: LEAVING_JUMP },
    { re: THROWN_AFTER },
    {
      re: "\\b(?:from now on|starting today|end of discussion|end of story)\\b[^.?!]{0,60}\\b(?:you|u|ur|your)\\b|\\b(?:you|u)\\b[^.?!]{0,60}\\b(?:end of discussion|i decided|i'?ve decided|that'?s final)\\b",
    },
    {
      re: "\\b(?:you|u) (?:don'?t|dont|do not|won'?t|will not|aren'?t|are not) (?:go(?:ing)?|wear|eat|see|leave|sleep|talk)\\b[^.?!]{0,50}\\b(?:or|unless|until)\\b",
    },
    {
      re: '\\b(?:bruises?|black eye|marks on (?:my|her|his) (?:arms?|neck|wrists?|legs?)|finger ?marks|split lip)\\b[^]{0,80}\\b(?:he|she|him|her|husband|boyfriend|wife|girlfriend|dad|stepdad)\\b|\\b(?:he|she|husband|boyfriend|wife|girlfriend)\\b[^]{0,80}\\b(?:bruises?|black eye|marks on (?:my|her) (?:arms?|neck))\\b',
    },
    {
      re: "\\b(?:wouldn'?t|didn'?t|did not|would not|never) stop (?:when|after|even when|even though) i (?:said|told|asked)\\b|\\bcame into my (?:room|bed) at night\\b|\\bmade me (?:send|take|do|have)\\b[^.?!]{0,30}\\b(?:nudes|pics|photos|sex|stuff|things|it)\\b|\\b(?:my|her|his) (?:private|intimate|naked) (?:pics|photos|pictures|videos)\\b",
    },
    {
      re: '\\b(?:keeps? (?:turning|showing) up (?:at|outside)|(?:waiting|waits) (?:for me )?(?:outside|by) my (?:work|car|house|flat|door)|follows me (?:to|everywhere|around|home)|fake accounts?|new numbers?) ?',
    },
    {
      re: "\\b(?:if|when) (?:you|u) (?:ever )?(?:leave(?: me| us| this family| the family)?|break up with me)(?= *[,.!?]| *$| (?:i|i'?ll|ill|and|then|you|u|the kids|the children))[^.?!]{0,60}\\b(?:kids|children|never see|regret|sorry|pay|dead|alive)\\b|\\b(?:you'?ll|you will) never see (?:the|your|our) (?:kids|children|son|daughter)\\b",
    },
    {
      re: "\\b(?:change|changes|changed|changing) the locks\\b|\\bsleep (?:in|on) the (?:street|floor|hallway|landing|car)\\b|\\bwon'?t let me (?:sleep|eat|go to bed)\\b|\\bwakes? me (?:up )?every (?:hour|night)\\b",
    },

    {
      re: '\\b(?:after|when|even though|though|even after|even when) i (?:said|say|told (?:him|her|you)|kept saying) (?:no|stop)\\b|\\bforced (?:himself|herself) on\\b|\\b(?:touch(?:ed|es|ing)?|abus\\w+) me when i was (?:little|a kid|small|young|a child|\\d+)\\b|\\bused to touch me\\b',
    },
    {
      re: '\\b(?:tracker|tracking app|spy ?ware|stalkerware|location sharing|find my)\\b[^.?!]{0,60}\\b(?:my|without|on (?:my|her|his))\\b|\\b(?:installed|put|hid|planted)\\b[^.?!]{0,30}\\b(?:tracker|tracking|spy)',
    },
    {
      re: "\\b(?:changed|change) (?:your|my|her) (?:\\w+ )?password\\b|\\bdelete (?:every|all)\\b[^.?!]{0,30}\\b(?:contacts|friends|followers|numbers)\\b|\\bdo what i (?:tell|say)\\b|\\byou don'?t get (?:an opinion|a say)\\b|\\bi decide (?:who|what|where|when)\\b|\\bi (?:don'?t|do not) want you (?:seeing|to see|talking to|going)\\b",
    },
    {
      re: '\\b(?:beats?|beating|hits?|hitting|chok\\w+|punch\\w*|slap\\w*|shov\\w+|push\\w*|pinned|kick\\w*)\\b (?:his|her|my|their) (?:wife|girlfriend|gf|mum|mom|mother|sister|daughter|kids|son|partner|husband|boyfriend|bf|children)\\b',
    },
    {
      re: "\\bsend me (?:a )?(?:pic|photo|picture|selfie|video)\\b[^.?!]{0,40}\\b(?:every|where you are|who you'?re with|who ur with)|\\bwho said you could (?:buy|spend|go|leave|have (?:people|friends|anyone|guests)|see|talk to|text|message|wear|invite|meet|visit|dress|eat|sleep|sit|use|shower|rest|stop)\\b|\\byou need my permission\\b|\\b(?:come home|be home) (?:right )?now or\\b",
    },
    {
      re: "\\b(?:take|takes|took|keep|keeps|kept) (?:my|her|your) (?:whole )?(?:paycheck|paycheque|wages|salary|passport|sim|bank card)\\b|\\bi make the money\\b[^.?!]{0,40}\\bask me\\b|\\byou (?:don'?t|dont) need a job\\b",
    },
    {
      re: '\\b(?:go|goes|went) through my (?:messages|phone|texts)\\b|\\bpinned me\\b|\\bsmashed (?:her|my|his) phone\\b',
    },

    {
      re: `\\b${WHO}\\b(?: (?:always|sometimes|often|still|just|even|again|really|never stops|keeps|kept|has|had|have|would|used to|started|starts|tried to|tries to|was|is|were|got|gets|has been|had been|been|then|and|literally|actually|once|twice|also)){0,3} ${HURT_VERB}\\b(?: ${VICTIM}\\b| (?:me )?(?:again|so hard|really hard|in the (?:face|stomach|head)|every))`,
      unlessAfter: new RegExp(`^${GAME_AFTER}`),
    },
    {
      re: `\\b(?:i|i'?ve|i was|i got|i get|i'?m|i am|i'?ve been|i keep|we|she|he) (?:been |getting |being |got |was |get )?(?:hit|beaten(?: up)?|punched|slapped|kicked|choked|strangled|pushed|shoved|raped|assaulted|sexually assaulted|molested|attacked|battered|abused) (?:by (?:him|her|them|my ${RELATIONS})|again|last night|every (?:day|night|week|time))`,
      unlessAfter: /^(?: by (?:a|the) (?:car|bus|ball|truck|bike|wave|flu|cold))/,
    },
    {
      re: `\\b${HURT_VERB.replace('(?:', '(?:hurt(?:s|ing)?|')} (?:me|her)\\b[^.?!]{0,12}?\\bwhen (?:he|she|they)(?:'?s| is| gets| get| was| are)? (?:angry|drunk|mad|high|jealous|upset|in a mood)`,
    },
    {
      re: '\\b(?:gave|gives|give) me (?:a )?(?:black eye|split lip|bruises?|concussion|broken (?:nose|rib|arm|wrist))|\\bbruises? (?:from|where) (?:him|her|he|she)\\b|\\b(?:hands?|fingers) (?:around|on) my (?:throat|neck)|\\bgrabbed me by (?:the|my) (?:throat|neck|hair)',
    },
    {
      re: `\\b(?:forced|forces|force|made|makes|make|pressured|pressures|pressuring|pushes) (?:me|her) (?:to )?(?:have sex|sleep with|do (?:things|stuff|sexual|it)|into sex|into (?:doing|having))\\b|\\b(?:touches|touched|grabs|grabbed) me (?:when|even though|after) i (?:say|said|told him|tell him|told her) (?:no|stop)|\\b(?:raped|rapes|molested|sexually assaulted) (?:me|her)\\b`,
    },
    {
      re: "\\b(?:won'?t|doesn'?t|does not|will not|wouldn'?t|didn'?t|never) let (?:me|her) (?:leave|go out|out|see|visit|talk to|speak to|call|text|message|have (?:my|her|any)|use|work|drive|wear|eat|sleep|study|go anywhere|go to)\\b",
    },
    {
      re: "\\b(?:(?:i'?m|i am|she'?s|she is) not allowed to|i (?:can'?t|cannot) (?:see|talk to|call) my (?:friends|family|mum|mom|sister|parents) because (?:he|she))",
    },
    {
      re: "\\b(?:you'?re|you are|ur) not (?:allowed|going|permitted) (?:to )?(?:see|go|leave|talk|text|call|have|wear|work|out|anywhere|meet)\\b",
    },
    {
      re: `\\b(?:he|she|they|my ${RELATIONS}) (?:\\w+ ){0,2}?(?:takes|took|keeps|kept|controls|controlled|has|holds|hides|hid) (?:all )?(?:of )?(?:my|our) (?:money|wages|salary|pay|paycheck|paycheque|cards?|bank cards?|credit cards?|passport|id|car keys|keys|phone)\\b`,
      unlessAfter: /^(?: (?:to|for|by (?:accident|mistake)|charger|case))/,
    },
    {
      re: `\\b(?:he|she|they|my ${RELATIONS}) (?:\\w+ ){0,2}?(?:checks|checked|goes through|went through|reads|read|tracks|tracked|monitors|monitored|looks through|looked through|watches|installed [^.?!]{0,20}on) my (?:phone|messages|texts|location|emails|bank|accounts?|dms|browser history|whatsapp|instagram)\\b`,
    },
    {
      re: '\\b(?:gives?|gave) me an allowance\\b|\\bmakes? me (?:account for|explain|justify) every (?:penny|cent|pound|dollar|minute|euro)\\b',
    },
    {
      re: '\\b(?:lock(?:s|ed)?|shut) (?:me|her) (?:in|inside|out of the house|in the (?:room|house|flat|bathroom))\\b|\\b(?:cut|cuts|cutting) me off from (?:my )?(?:friends|family|everyone)\\b|\\bmade me (?:delete|block|unfriend|cut off|stop seeing) (?:all )?(?:my )?(?:friends|family)',
    },
    {
      re: "\\b(?:give|hand|show) me your (?:phone|password|passcode|pin|code)\\b|\\b(?:what'?s|tell me|send me) your (?:phone )?(?:password|passcode|pin)\\b",
      // a phone borrowed for a moment: "give me your phone a sec, mine's dead", "… so i can call the plumber"
      unlessAfter:
        /^(?: (?:for the|to the) (?:wifi|netflix|router)| (?:for )?(?:a|one) (?:sec|second|min|minute|moment)\b| (?:quick|real quick|rq)\b| mine'?s? (?:is )?(?:dead|flat|died|out of)| my (?:battery|phone)'?s? (?:is )?(?:dead|flat|died)| so i can (?:call|ring)\b| to (?:call|ring)\b)/,
    },
    {
      re: '\\b(?:send|share|turn on|put on|switch on) (?:me )?your (?:live )?location\\b[^.?!]{0,30}\\b(?:now|every|all the time|at all times|24/7|or (?:else|i)|so i (?:can|know)|right now)',
    },
    {
      re: "\\bi(?:'?m| am| have been|'?ve been)? (?:checking|going through|reading|tracking|checked|went through|read|tracked|looked through) your (?:phone|messages|texts|location|emails|dms|bank|whatsapp)\\b",
      unlessAfter: /^(?: (?:you sent|you shared|from|about the|for the))/,
    },
    {
      re: "\\b(?:you (?:need|have) to ask (?:me|my) (?:for )?permission|you (?:don'?t|do not) go anywhere without (?:me|my permission|asking))",
    },
    {
      re: "\\b(?:if (?:you|u) (?:ever )?(?:leave|go(?= (?:back to|away|for good|off with|out with|with (?:him|her)))|break up with|walk (?:out|away)(?: on| that door| the door)?) (?:me)?[^.?!]{0,40}(?:(?:i'?ll|i will|i'?m going to|im gonna|i'?m gonna) (?:kill|hurt|take (?:the (?:kids|children|baby|dog)|them|everything|every|all|my (?:own )?life|the lot|it all)(?! to\\b)|swallow|overdose|jump|cut|slit|hang|make sure|tell|post|send|ruin|destroy|find|end|never let|come after|make (?:you|u)|fight (?:you|u) for|burn|smash|do something|drive (?:the|my|into|off)|know\\b|be waiting|show up)|(?:you'?ll|u'?ll) never)|you'?ll never see (?:the|your|our) (?:kids|children|son|daughter|dog) again|(?:i'?ll|i will|i'?m going to|or i'?ll) (?:post|send|share|show|leak)[^.?!]{0,20}\\b(?:your|the|those|all) (?:nudes|naked|photos|pics|pictures|videos|screenshots))",
    },
    {
      // going somewhere, held back by a threat: "if you go to that party i'll take every pill", "… i'll drive the car into a wall"
      re: "\\bif (?:you|u) (?:ever )?go\\b[^.?!]{0,40}\\b(?:i'?ll|i will|i'?m going to|im gonna|i'?m gonna) (?:kill|hurt|swallow|overdose|jump|cut|slit|hang|burn|smash|do something (?:stupid|drastic)|take (?:every|all|everything|the lot|my (?:own )?life)|drive (?:the |my )?(?:car |van )?(?:into (?:a |the )?(?:wall|tree|river|lake|sea|traffic|lorry|truck|bridge)|off (?:a |the )?(?:bridge|cliff|road|pier))|end (?:it|my life|myself|everything)|never let|come after|make (?:you|u) (?:pay|regret|sorry)|know who|make sure (?:your|everyone|the whole|they|he|she|people)\\b[^.?!]{0,24}\\b(?:hears?|knows?|finds? out|sees?) about|(?:post|send|leak|show) (?:your|ur|the|those) (?:nudes|pics|photos|videos|messages))\\b",
    },
    {
      re: "\\b(?:you'?re|you are|ur) (?:worthless|nothing without me|pathetic|a waste of space|useless)\\b[^.?!]{0,60}\\b(?:no ?one|nobody) (?:else )?(?:will|would|could) (?:ever )?(?:love|want|have|put up with) you",
    },
    {
      re: "\\b(?:kys|go kill yourself|you should (?:just )?kill yourself|why don'?t you (?:just )?(?:die|kill yourself))\\b",
    },
    {
      re: '\\b(?:domestic (?:violence|abuse)|abus(?:e|ive|er|ing|ed)|coercive control|marital rape)\\b',
      mention: true,
      unlessBefore: /\b(?:substance|drug|alcohol|child(?:hood)?|animal|power|verbal|self) $/,
      // misuse of a thing: "abuse of power", "abuse this glitch", "abusing antibiotics", "abusive mods"
      unlessAfter:
        /^ (?:of (?:power|authority|office|the system|discretion|process|privilege|the rules)|this (?:glitch|bug|exploit|trick|before)|it before|the (?:system|glitch|bug|exploit|rules)|antibiotics|painkillers|drugs|alcohol|substances|mods|moderators|admins)\b/,
    },
  ],
  danger: [
    {
      // searching for the reader street by street: "put ur location back on or im driving round every street til i find u"
      re: "(?<=\\blocation\\b[^]{0,60})\\b(?:or|otherwise) (?:i'?m|im|i'?ll|ill|i will) (?:be )?driving (?:round|around)\\b[^.?!]{0,30}\\b(?:til|till|until) i find (?:you|u)\\b",
      jokable: true,
    },
    {
      // a demand about location, a photo or a block, backed by coming round: "send me a pic of who you're with. rn. or i'm coming there"
      re: "(?<=\\b(?:location|(?:pic|photo|picture|selfie)\\b[^.?!]{0,16}\\b(?:who|where|you with|u with|the room|yourself|everyone)|who (?:you'?re|youre|ur|u r) with|block(?:ed|ing)? me|unblock me|answer (?:me|your phone|ur phone))\\b[^]{0,60})\\b(?:or|otherwise|else) (?:i'?m|im|i'?ll|ill|i will) (?:coming|come|turning up|showing up) (?:there|over|round|around|to (?:yours|your work|your house|get you|find you))\\b",
      unlessIn: /\b(?:worried|worry|check on|are you ok|r u ok)\b/,
      jokable: true,
    },
    {
      // bones promised broken: "he'd break her legs", "he'll smash my phone and then my face", "i'll snap your fingers"
      re: "\\b(?:(?:i'?ll|ill|i will|i'?m (?:gonna|going to)|im gonna) (?:break|snap|smash|bust|cave in|rip off|shatter) (?:(?:your|ur|her|his|my|their) (?:phone|car|stuff|things|laptop) and (?:then )?)?(?:your|ur|her|his|their)|(?:he|she|they)(?:'?ll|'?d| will| would|'?s (?:gonna|going to)| is (?:gonna|going to)) (?:break|snap|smash|bust|cave in|rip off|shatter) (?:(?:your|ur|her|his|my|their) (?:phone|car|stuff|things|laptop) and (?:then )?)?(?:your|ur|my)|he(?:'?ll|'?d| will| would|'?s (?:gonna|going to)| is (?:gonna|going to)) (?:break|snap|smash|bust|cave in|rip off|shatter) (?:(?:your|ur|her|his|my|their) (?:phone|car|stuff|things|laptop) and (?:then )?)?her|she(?:'?ll|'?d| will| would|'?s (?:gonna|going to)| is (?:gonna|going to)) (?:break|snap|smash|bust|cave in|rip off|shatter) (?:(?:your|ur|her|his|my|their) (?:phone|car|stuff|things|laptop) and (?:then )?)?his|(?:threatened|threatens) to (?:break|snap|smash|bust|cave in|rip off|shatter) (?:(?:your|ur|her|his|my|their) (?:phone|car|stuff|things|laptop) and (?:then )?)?(?:your|ur|her|his|their|my)) (?:legs?|arms?|fingers?|neck|jaw|nose|face|teeth|skull|head|kneecaps?|ribs|knees?)\\b",
      unlessWithin: /\bsnap (?:your|ur|his|her) fingers\b/,
    },
    {
      // never to walk again: "she'll make sure i never walk again"
      re: "\\bmake sure (?:you|u|i|he|she|they) (?:never|can'?t|cannot|won'?t|will never) walk again\\b",
    },
    { re: HARM_FORMS },
    { re: SHUT_OUT },
    { re: THREAT_FORMS },
    { re: COME_OVER_THERE, jokable: true },
    { re: HARM_THIRD_FORMS, jokable: true },
    { re: WEAPON_POINTED },
    { re: PLAIN_THREAT },
    { re: SET_THREAT },
    { re: HARM_PROMISED, jokable: true },
    { re: ATTACK_NEARBY },
    { re: THROWN_AFTER },
    {
      // threats dressed as sayings, aimed at someone ("it'd be a shame if something happened to your car")
      re: "\\b(?:see what happens (?:to (?:you|your|his|her|him|them|their|that)|if you (?:ever )?(?:leave|go|tell|call|do|try|don'?t))|you know what happens|accidents happen (?:to (?:people|girls|women|guys|those) (?:who|like you)|you know)|be a shame if (?:something|anything) (?:happened|were to happen|was to happen)|hate for (?:something|anything) to happen to (?:you|your|the kids|them|her|him)|won'?t have a face|(?:you'?ll|you will|you'?re gonna|you are going to) need a dentist)\\b",
      // the saying about assuming
      unlessAfter: /^ when (?:you|u|we|people) (?:assume|make assumptions)/,
    },
    {
      re: '\\b(?:held|holds|put|pointed|points|pressed) (?:a |the |his |her )?(?:knife|gun|pistol|blade)\\b[^.?!]{0,20}\\b(?:to|at|against|on) (?:my|her|his|the) (?:neck|throat|head|chest|table)\\b|\\b(?:loaded|cleaning|cleaned) (?:his|her|a|the) (?:gun|rifle|pistol)\\b[^.?!]{0,40}\\b(?:me|you|leave|said)\\b',
    },

    {
      re: "\\b(?:i'?ll|ill|i will|i'?m (?:going to|gonna)|gonna|going to|i swear i'?ll)\\b[^.?!]{0,20}\\b(?:smash(?! (?:bros|brothers|ultimate|melee)|(?: it)? (?:at|in|on|out of the park|tomorrow|today|tonight)\\b| it\\s*(?:[.!💪🔥]|$)| (?:this|that|the|my|your|ur) (?:exam|test|interview|presentation|match|game|workout|session|gym|run|race|shift|gig|audition|assignment|essay|deadline|pizza|burger|cake|food|dinner|lunch|breakfast|meal|pint|drink|drinks|beer|pb|record)s?\\b| my (?:own )?face into (?:this|that|the|a|my|your) \\w+)|break (?:(?:his|her|your|ur|their|my|the|that|every|some) (?:\\w+ )?(?:necks?|legs?|arms?|hands?|wrists?|face|jaw|nose|teeth|bones?|skull|fingers?|windows?|door|phone|things|stuff|plates?|ribs|knees?)|him|her|you|them|u|everything)\\b|break (?:a|this|the|that) (?:bottle|glass|chair|plate) over (?:his|her|your|ur|their|my) head|glass (?:him|her|you|them|u|that|this|the)\\b|stab|shoot|run (?:him|her|them) over|put (?:him|her|them|you) (?:through|in the ground|in hospital)|jump (?:him|her)|bury (?:him|her|them|you)|snap and)\\b",
      jokable: true,
      // not breaking up, down or even, the news or the ice, nor Smash Bros, the game
      unlessWithin: /\b(?:be|in|play|playing) (?:the next |the new )?smash$/,
    },
    {
      // someone holding a weapon (not a bat at the window, a lawnmower blade or petrol for the car)
      re: `\\b(?:with|has|had|have|got|holding|holds|carrying|carries|brought|brings|grabbed|pulled|pulls|took|waving|waves|keeps|kept|hid|hides|hiding) (?:out )?(?:a |an |the |his |her |their |my |your |some )?(?:kitchen |big |baseball |cricket |hunting )?${WEAPON}\\b[^]{0,80}\\b(?:outside|door|waiting|coming|at (?:the|my|our) (?:corner|door|house)|in (?:the|his|her) (?:car|bag|pocket)|see you soon|for (?:you|him|her|your)|police|hiding|stuck|scared|911|999|112)|\\b(?:outside|at (?:the|my|our) (?:door|house|window|work)|waiting)\\b[^.?!]{0,40}\\bwith (?:a|an|the|his|her) ${WEAPON}\\b|\\b(?:poured|pour|pours|threw|throw|throws|doused|douse) (?:petrol|gasoline|fuel|acid)\\b`,
    },
    {
      re: "\\b(?:followed|following|been following) me\\b(?! on (?:strava|insta\\w*|twitter|tiktok|facebook|spotify|youtube|twitch|x|here)\\b| back\\b)|\\b(?:watching|staring at) (?:my|our|the) (?:house|flat|window|door)\\b|\\b(?:burn|set fire to) (?:the|our|your|my|her|his) (?:house|flat|car|place)\\b|\\bnext time it'?s (?:your|my) (?:face|head)\\b|\\bpay (?:him|her|you) a visit\\b|\\bwon'?t forget\\b[^.?!]{0,10}$|\\bgot (?:his|her|your) address\\b",
    },

    {
      re: "\\b(?:i'?ll|i will|i'?m (?:going to|gonna|about to|gunna)|i(?:'?m| am) gonna|gonna|going to|i swear i'?ll|i could|i want to|i'?d like to|i should|i'?ma|imma|let me) (?:fucking |fkn |literally |actually |seriously )?(?:kill|murder|stab|shoot|strangle|choke|hurt|end|beat (?:the (?:shit|crap|hell|life) )?out of|beat up|break your (?:neck|legs?|face|jaw|arms?|nose)|smash your (?:face|head|skull)|bash your (?:head|face)|slit your throat|put you in (?:hospital|the hospital|a coffin|the ground)|burn (?:your|the|his|her) (?:house|car|flat|place|stuff) down) (?:you|u|him|her|them|your|that|his|her)\\b",
      unlessAfter: new RegExp(
        `^(?:[^.?!]{0,3}${KILL_IDIOM_AFTER}|${GAME_AFTER}| (?:at|in) (?:\\w+ )?(?:game|match|round))`,
      ),
      jokable: true,
    },
    {
      re: "\\b(?:you'?ll|you will|you are going to|you'?re going to|you gonna|gonna make you|i'?ll make you|i will make you|i'?m going to make you) (?:pay|regret|suffer|be sorry)(?: for)?(?: (?:this|it|that|what you did))?\\b",
      unlessAfter: /^(?: (?:for (?:dinner|lunch|the drinks|coffee|the tickets|the taxi))|(?:ing)? (?:the bill|rent))/,
      unlessBefore: /\b(?:haha|lol|i bet) $/,
      jokable: true,
    },
    {
      re: "\\b(?:you'?re|you are|ur) (?:so )?(?:dead|a dead (?:man|woman)|dead meat)\\b[^.?!]{0,30}(?:when|if|once|i swear|watch)|\\bwatch your back\\b|\\bsleep with one eye open\\b",
      jokable: true,
    },
    {
      re: '\\bi know where (?:you|u|she|he|they) (?:live|lives|work|works|sleep|sleeps|are staying|is staying|park|go to school)\\b|\\bi know where your (?:parents|kids|family|mum|mom|sister|brother) (?:live|lives|work|go)\\b',
    },
    {
      re: `\\b(?:he|she|they|you|my ${RELATIONS}) (?:\\w+ )?(?:threatened|threatens|threatening|keeps threatening|has threatened|said (?:he|she|they)(?:'?d|'?ll| would| will)|says (?:he|she|they)(?:'?ll| will)) (?:to )?(?:kill|hurt|beat|shoot|stab|harm|take the kids|burn|me|my)`,
    },
    {
      re: "\\b(?:he|she|they|my \\w+)(?:'?s| is| are)?(?: going to| gonna| will|'?ll| wants? to| is trying to| tried to) (?:kill|hurt|shoot|stab|murder) (?:me|us|my|the kids|the children|himself and|herself and)\\b",
      jokable: true,
    },
    {
      re: '\\b(?:i|he|she|they|my \\w+) (?:have|has|had|got|bought|buy|own|owns|carries|carry|keeps?|is holding|was holding|grabbed|pulled|pointed|waved|brought|came (?:back )?with) (?:a|an|his|her|the|my) (?:gun|knife|pistol|rifle|shotgun|weapon|blade|machete|axe|bat)\\b',
      unlessAfter:
        /^(?: (?:for (?:cooking|the kitchen|camping|fishing|hunting season)|collection|set|sharpener|block|in the (?:game|kitchen)|skin))/,
      unlessBefore: /\b(?:game|character|film|movie|show|book|chef|cook) (?:\w+ )?$/,
    },
    {
      re: "\\b(?:with|has|holding|waving) (?:a|an) (?:gun|knife|machete|weapon|axe)\\b[^.?!]{0,40}\\b(?:outside|door|here|house|flat|coming|threat|scared|help)|\\b(?:outside|at) (?:my|the|our) (?:door|house|window|flat|work|car)\\b[^.?!]{0,40}\\b(?:won'?t (?:leave|go|stop)|banging|screaming|threatening|scared|help)",
      urgent: true,
    },
    {
      re: "\\bi(?:'?m| am) (?:so |really |genuinely )?(?:scared|afraid|terrified|frightened) (?:of (?:him|her|them|my \\w+|what (?:he|she|they)(?:'?ll| will| might| could) do)|for my (?:life|safety|kids|children)|to go home|he'?ll (?:kill|hurt)|she'?ll (?:kill|hurt))|\\bi (?:don'?t|do not) feel safe (?:at home|with (?:him|her|them|you)|in my (?:own )?(?:home|house|flat))|\\bi(?:'?m| am) not safe (?:here|at home|with)",
    },
  ],
};
