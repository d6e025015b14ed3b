// English safety rules for indirect wording (decision 219): emoji for the means, holds by harm, hopes of an accident,
// places at the edge, goodbyes by arrangement, blows made small, control, threats told sideways and harm told

import type { RuleTable } from './rule.ts';

/** the partner leaving, going to family, or packing: the first half of a hold by harm */
const LEAVES =
  "(?:leave|leaving|walk out|walk away|(?:you|u) walk|pack (?:your|ur) bags?|go to (?:your|ur) (?:mum|mom|mam|mother|parents|sister|brother|friend|mate)'?s?|if (?:you|u) go|(?:you|u) go(?:,| and| to| then)|dump me|break up with me)";
/** the harm promised after it, to oneself or to both */
const HARM_AFTER_LEAVING =
  "(?:(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to) (?:swallow|take|empty|down|drink|neck)\\b[^.?!]{0,30}\\b(?:everything|every (?:tablet|pill)|all (?:of )?(?:them|the|my)|the lot|the (?:medicine|pill|meds)|pills|tablets|cabinet|drawer|cupboard|bottle)|we(?:'?re| are| will|'?ll)? both (?:go|going|die|dead|done)\\b|(?:it'?s|its|the end of) both of us\\b|neither of us (?:sees|walks|is going|gets|makes|lives|survives|will)\\b|(?:i'?ll|ill|i will) be dead\\b|(?:be the one|you'?ll be|you will be) finding me\\b|(?:i'?ll|ill|i will) drive (?:the |my )?(?:car )?(?:into|off) (?:a|the) (?:wall|tree|bridge|river|lake|cliff|lorry|truck)\\b|reading about me in the (?:paper|news)\\b|(?:i'?ll|ill|i will) (?:end|finish) (?:u|you|it all) (?:then|and then|and) (?:me|myself)\\b|kill (?:you|u) (?:then|and then) (?:me|myself)\\b)";

/** after "we both go": a night out shared, not a death ("if you go, we both go, i'm not missing that gig") */
const NIGHT_OUT =
  /^[\s\S]{0,60}\b(?:gig|party|concert|show|taxi|uber|cab|lift|bus|train home|together|tickets?|club|pub|bar|dinner|wedding|match|festival|missing (?:it|that|this|out))\b/;

const LEAVING_HARM = `\\b${LEAVES}\\b[^]{0,60}?${HARM_AFTER_LEAVING}`;

/** emoji standing for the means, with "myself", a time or an intent: "bout to 🪢 myself", "🙂🔫 me", "me 🪦 soon" */
const EMOJI_MEANS =
  '(?:🪢|🔫|🪦|⚰)\\s*(?:my ?self)\\b|\\b(?:got|have|bought|picked out|ordered|found) (?:the|my|a) (?:🪢|⚰|🔫)|(?:🪢|🔫|⚰|🪦|🔪)\\s*\\+|\\+\\s*(?:🪢|🔫|⚰|🪦|🔪)|(?:🪢|🔫|🪦|⚰)\\s*(?:tonight|esta noche|heute nacht|ce soir|hoje|em breve|soon|bald|pronto|bientot)\\b|\\bbe (?:🪦|⚰)|🪢\\s*(?:is |est |esta |ta |ist )?(?:ready|prete|lista|listo|pronta|pronto|bereit)\\b|(?:🩸|🔪)(?:\\s*(?:🩸|🔪))*\\s*(?:did it|again|otra vez|encore|de novo|wieder)\\b|\\b(?:bout|about|finna|gonna|going|wanna|want|imma|ready)(?: to)? (?:\\S{1,2} ?)?(?:🪢|🔫)(?! ?(?:my|the|a|an|your|ur|his|her|their|it|this|that|some) )|(?:^|\\s)(?:🙂|🙃)?🔫 ?me\\b|\\bme (?:🪢|🪦|⚰)+ ?(?:soon|tonight|tmrw|tomorrow|fr)\\b|\\b(?:want|wanna|gonna|going|finna|bout|about) (?:to )?💀+ ?my ?self\\b|🔪 ?my (?:wrists?|arms?|thighs?|legs?|skin)\\b';
/** a weapon or a blade to be used on oneself: "been thinking about using it on myself" */
const ON_MYSELF = '\\b(?:using|use) (?:it|them|that|the (?:gun|knife|blade)) on myself\\b';
/** pills as emoji, the lot of them: "💊💊💊💊 all of them", "swallowed the whole 💊 box" */
const EMOJI_PILLS =
  '(?:💊\\s*){3,}(?=[^.?!]{0,6}\\b(?:all|every|the lot|gone|them all)\\b)|(?<=\\b(?:swallowed|downed|necked)\\b[^.?!]{0,20})💊|(?<=\\b(?:took|taken) (?:all|the whole|every|the lot)\\b[^.?!]{0,12})💊';

/** hoping to die by chance: "keep hoping the plane goes down", "i lowkey hope i get hit by a car" */
const HOPED_ACCIDENT =
  "\\b(?:hope|hoping|hoped|wish|wishing|pray|praying|wouldn'?t mind|would not mind|be grateful)\\b(?: (?:that|if|the|a|i|someone|something|it|so|lowkey|kinda|secretly))*[^.?!]{0,24}?\\b(?:plane (?:goes|would go|went|crashes|would crash) down|plane (?:crashes|would crash)|ferry (?:would go|goes|went) under|(?:get|got|gets|getting) hit by (?:a|the) (?:car|bus|truck|lorry|train)|someone (?:runs|ran) (?:the|a) red|something (?:would )?happens?\\b[^.?!]{0,20}\\b(?:no (?:seat ?belt|helmet)|belt)|(?:truck|car|bus|train|lorry) would (?:just )?(?:take me out|hit me|end it))\\b|\\bif a (?:car|bus|truck|lorry|train) hits me,? (?:whatever|fine|so what|good|oh well)\\b";
/** and the same told by the act: "drove at 100 with no belt on hoping something would happen" */
const DARE_THE_ROAD =
  "\\b(?:no (?:seat ?belt|belt|helmet)|eyes (?:shut|closed))\\b[^.?!]{0,40}\\b(?:hoping|see what happens|wanted it to (?:just )?end|something would happen|see if it'?d end)\\b|\\b(?:drove|driving|drive|ride|riding)\\b[^.?!]{0,40}\\bwith (?:no (?:seat ?belt|belt|helmet)|my eyes (?:shut|closed))\\b[^.?!]{0,30}\\b(?:hoping|see what happens|wanted it to (?:just )?end)\\b";

/** the way out named as not being here: "the only escape is to just not be here anymore" */
const ONLY_WAY_OUT =
  "\\bonly (?:way out|escape|exit|door|option|way)(?: left| i can see)?\\b[^.?!]{0,30}\\b(?:not (?:be|being) (?:here|alive|in it)|not (?:to )?wake up|(?:sleep|sleeping) forever|dying|to die|death|end (?:it|things|my life))\\b|\\b(?:not (?:to )?wake up|sleeping forever|not being here)\\b[^.?!]{0,30}\\bonly (?:way out|escape|exit|door|option)\\b|\\bpray i (?:don'?t|dont|do not) wake up\\b";

/** a plan that frightens its writer: "i have a plan now. that's what scares me", "i know exactly how i'd do it" */
const PLAN_THAT_SCARES =
  "\\b(?:have|got|made|fixed|found) (?:a plan|it all planned(?: out)?|the method|the (?:day|date) and the (?:way|method))\\b[^]{0,40}\\b(?:scares?|scaring|scared|afraid|frightens?)\\b|\\bknow exactly how i'?d do it\\b|\\b(?:rehearsing|rehearse|practising|practicing) it in my head\\b[^]{0,40}\\bwhere i'?d do it\\b|\\bfixed the method\\b|\\b(?:looked up|googled|searched) how to do it\\b[^]{0,30}\\bknow how\\b";

/** the last message promised, or no more of the writer: "this is the last text you'll get from me" */
const LAST_MESSAGE =
  "\\b(?:last|final) (?:text|msg|message)\\b[^.?!]{0,12}\\b(?:you'?ll|youll|u'?ll|you will|u will) (?:ever )?(?:get|have|receive|see)\\b(?! [^.?!]{0,20}\\b(?:before|till|until|today|tonight|this (?:week|month)|for a (?:while|bit|few)))|\\bthe last time (?:you'?ll|youll|you will) (?:have to )?(?:deal with|hear from|put up with) (?:it|me)\\b|\\b(?:its|it'?s) (?:the end|over|game over) for me\\b(?! (?:and|with|on|at|in)\\b)|\\bgame over for me irl\\b|\\bi'?m checking out soon\\b";

/** the household better off once the writer is out of the picture */
const OUT_OF_THE_PICTURE =
  "\\b(?:out of the picture|in the picture)\\b[^.?!]{0,30}\\b(?:for good|at all|better|happier)\\b|\\b(?:happier|easier|better|lighter|simpler|alright|fine)\\b[^.?!]{0,30}\\b(?:once|when|if|the day) i'?m (?:out of the picture|gone|not here)\\b|\\b(?:once|when|the day) (?:i'?m|im) (?:out of the picture|gone)\\b[^.?!]{0,30}\\b(?:happier|easier|better|alright|fine|lighter)\\b|\\bif i (?:were|was|wasn'?t|weren'?t) (?:no longer here|in the picture|around)\\b[^.?!]{0,20}\\b(?:you especially|especially you|even you|you included)\\b|\\b(?:simpler|lighter|easier|happier) (?:without|w/o) me in it\\b|\\bwould (?:get on|manage|cope) (?:grand|fine|better) without me (?:around|here|in it)\\b|\\btake me out of the equation\\b|\\bwithout me dragging (?:them|you|everyone) down\\b";

/** a blow made small: "he didn't mean to choke me", "it was just a shove", "she only slapped me once" */
const BLOW_MADE_SMALL =
  "\\b(?:didn'?t|did not|never|doesn'?t|does not) mean(?:t)? to (?:hit|push|shove|slap|choke|strangle|kick|punch|hurt|grab|throw|bruise|burn) (?:me|her|him|us|my \\w+)\\b|\\b(?:it|that)(?: was|'?s| is) (?:just|only) (?:a|one)(?= (?:shove|push|slap|smack|punch|kick|choke|squeeze round my neck)\\b(?! on the wrist))|\\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex)) (?:only|just|barely) (?:pushed|shoved|slapped|smacked|choked|hit|kicked|punched|strangled) me\\b|\\b(?:grabbed|squeezed|gripped|held) my (?:arm|wrist|neck|throat|face) so (?:hard|tight)\\b[^.?!]{0,20}\\b(?:purple|bruised?|bruising|marks?|mark|black|blue|swollen)\\b|\\bi (?:flinch|cower|freeze)\\b[^.?!]{0,20}\\b(?:whenever|when|every time|each time) (?:he|she|they) (?:lifts?|raises?|moves?|comes? near)\\b";

/** watched without knowing it: "nice jacket at the bus stop. you didn't see me did you" */
const WATCHED_UNSEEN =
  "\\byou didn'?t see me[, ]{1,2}did (?:you|u)\\b|\\b(?:sitting|sat|parked|waiting|waited) (?:in|outside|opposite|across from) (?:the |a )?\\w+ (?:opposite|across from|outside|near) (?:your|ur) (?:new )?(?:place|flat|house|work|office)\\b";
/** a plea while being hurt: "stop, you're hurting me", "let go of me, you're hurting me", "please stop hurting me" */
const HURT_NOW =
  "\\b(?:stop|let go(?: of me)?|let me go|get off(?: of)? me|put me down)[,.!]* (?:(?:please|pls)[,.!]* )?(?:you(?:'re| are)|your|ur|u r) hurting me\\b|\\b(?:please|pls) stop hurting me\\b|\\bstop hurting me(?= *(?:[.!,]|$))";
/** the children told to keep quiet by fear: "he tells the kids the police will take me away if they talk" */
const CHILDREN_SILENCED =
  '\\btell(?:s|ing)? the (?:kids|children|boys|girls)\\b(?=[^.?!]{0,40}\\b(?:police|social services|locked up|taken away|take (?:me|mummy|mommy|mum|mom) away|go to (?:jail|prison))\\b)';
/** the partner's work turned against them: "she phones my supervisor making out she's scared for me" */
const WORK_UNDERMINED =
  '\\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex))(?: \\w+)? (?:rings?|phones?|calls?|called|rang|phoned|emailed|messaged|told|tells|texts|texted) my (?:boss|supervisor|manager|work|employer|hr|line manager)\\b(?=[^.?!]{0,60}\\b(?:making out|lying|lies|stealing|steal|unreliable|scared for me|crazy|late|quit|fired|sacked|mental|unstable)\\b)';
/** money held over the partner: "you can't be trusted with money", "i ask him for bus money" */
const MONEY_HELD =
  "\\b(?:can'?t|cannot|can not) be trusted with (?:money|the (?:money|card|bank card|account|cards))\\b|\\bdon'?t forget who pays (?:for )?(?:everything|the bills|the rent)\\b|\\b(?:ask|beg|asking|begging) (?:him|her) for (?:bus|bus fare|grocery|food|petrol|pocket|lunch|tampon|nappy) money\\b|\\bget a yes from (?:him|her) for\\b|\\b(?:has|have|had) to (?:okay|ok|approve)(?= (?:my|their|our|the) (?:shopping|spending|purchases)\\b)|\\bthe (?:loan|debt|mortgage|credit card)s? (?:is|are) (?:in|under) (?:your|ur) name\\b[^.?!]{0,40}\\b(?:enjoy|good luck|have fun)\\b";

/** a high or dangerous place, with what the writer does there: "stopped on the flyover again. engine off. just sitting here looking down" */
const AT_THE_EDGE =
  "(?<=\\b(?:platform|tracks|rails|train line|lookout|bridge|overpass|viaduct|flyover|multi ?storey|car ?park|the pier|cliffs?|quarry|gorge|roof|balcony|ledge)\\b[^]{0,60})\\b(?:don'?t call (?:anyone|anybody|the police)|don'?t come(?: looking)?|i know why|looking down|look(?:ing)? over|looks so (?:calm|peaceful)|no fence|railing (?:is )?missing|low wall|for way too long|hazards on|engine off|letting (?:the )?trains go|let the next one go|(?:are|is) right (?:here|there)\\s*$|just to look over|no guard ?rail|don'?t look for me|(?:just )?wanted to say (?:i love you|goodbye))";
/** a breakdown or a jam on the bridge, not a crisis */
const ROADSIDE =
  /\b(?:aa|rac|breakdown|recovery|tow(?:ed|ing)?|mechanic|flat tyre|puncture|making (?:a|that|this) noise|traffic|jam|queue|accident ahead|roadworks|waiting for (?:the|a) (?:aa|rac|tow|mechanic|recovery))\b/;
/** someone else who no longer wants to live: "dad told her he doesn't want to live anymore" */
const THEY_NO_LONGER_WANT =
  "\\b(?:he|she|they)(?: really| just)? (?:doesn'?t|does not|don'?t|do not|didn'?t|did not) want to (?:(?:live|be alive|be here|exist|go on)(?: anymore| any more)|(?:live|be alive|exist)(?=\\s*(?:[.!?]|$)))";
/** no longer afraid of dying, or ending it "not with you, with me" */
const PAST_FEAR_OF_DYING =
  "\\bstopped being (?:scared|afraid|frightened) of (?:dying|death)\\b|\\b(?:not|no longer) (?:scared|afraid|frightened) of (?:dying|death) (?:anymore|any more)\\b|\\bnot with (?:you|u)\\b[.,;]? ?(?:with (?:me|myself|being (?:a person|alive|here|me)|life)\\b|me\\b)|\\b(?:this|it)(?: isn'?t| is not|'s not) a break ?up\\b[^]{0,40}\\b(?:for good|stopping|ending|end it|done)\\b";
/** a letter for afterwards, or being a weight whose going would be a relief */
const FOR_AFTER =
  '\\b(?:letter|note)s?\\b[^.?!]{0,40}\\bfor after\\b(?! (?:work|school|dinner|the|lunch|christmas|tonight|exams?|class|practice|training))|\\b(?:waste of space|burden|weight on everyone|dead weight)\\b(?=[^]{0,60}\\b(?:sigh (?:in|with) relief|breathe easier|lighter|relieved)\\b)|\\bwould (?:sigh (?:in|with) relief|breathe easier)\\b[^.?!]{0,30}\\b(?:if i|without me|once i|for good)\\b';

/** threats to the reader, veiled or plain: "i'll knock your teeth out", "shame if the brakes stopped working" */
const THREAT_TO_READER =
  "\\b(?:i'?ll|ill|i will|gonna|i'?m going to|im gonna) (?:knock|kick|punch|smash|bash) (?:your|ur) (?:teeth|head|face|lights) (?:in|out)\\b|\\b(?:so )?easy for (?:you|u) to (?:fall|have an accident|slip|trip)\\b|\\bshame if (?:someone|something|the brakes|your|ur)\\b[^.?!]{0,40}\\b(?:messed|happened|stopped working|cut|went wrong|broke|got hurt)\\b|\\b(?:gun|revolver|pistol|knife|rifle|shotgun|hammer|bedside drawer)\\b[^]{0,60}\\b(?:keep (?:that|it) in mind|remember (?:it|that)|think about (?:it|that)|next time (?:you|u) (?:argue|answer back|talk back|ignore|leave))\\b|\\bor (?:i'?m|im|i am) at (?:your|ur) door\\b|\\b(?:go on|try it)\\b[^a-z]{1,4}see what happens\\b|\\bwon'?t be around much longer if (?:you|u)\\b|\\bwith (?:you|u) in it\\b|\\bi know (?:what time|when) (?:you|u) (?:finish|leave|get off|get out)\\b(?=[^]{0,40}\\b(?:not done|not finished|can'?t hide|better (?:come|be)|don'?t (?:run|try)))";
/** a threat for going to the police: "you reported me? fine. see you soon" ("reported" would read as talk about the topic) */
const REPORTED_THREAT = '\\breported me\\b[^]{0,20}\\bsee (?:you|u) (?:soon|around|in court)\\b';
/** harm promised to someone else: "he'll need a new face", "he's not getting up", "a hammer under the seat for that daniel" */
const THREAT_TO_OTHERS =
  "\\bneed a new face\\b|\\b(?:i'?ll|ill|i will|i'?d|id|gonna|going to|wanna|want to|gladly) put a bullet in (?:him|her|them|the (?:bloke|guy|man|woman|dude|fella|kid)|that (?:bloke|guy|man|woman|dude|fella|prick|bastard|twat))\\b|\\b(?:he'?s|she'?s|they'?re) not getting (?:back )?up\\b|\\bkeep (?:a|my) (?:hammer|knife|bat|gun|blade|crowbar)\\b[^.?!]{0,30}\\bfor (?:that|him|her|you|the)\\b|\\b(?:he|she|they) (?:go|gon|finna) kill (?:my|your|ur|me|you|us)\\b|\\bshut (?:her|him) up\\b(?=[^]{0,4}$)";
/** harm done, told by the writer: a hand on the hob, made to stand out in the cold, locked in with the phone taken */
const HARM_TOLD =
  '\\bput my (?:hand|arm|face) (?:on|in|against) the (?:hob|stove|cooker|iron|fire|kettle)\\b|\\bmade me (?:stand|stay|sleep|sit) (?:in|outside|out)\\b[^.?!]{0,30}\\b(?:cold|garden|rain|snow|night)\\b|\\blocked (?:me|her|him) (?:inside|in)\\b[^.?!]{0,30}\\b(?:taken|took) (?:my|her|his) (?:phone|mobile)\\b|\\bshows up wherever i go\\b';

/** trains let go by, a count to the one that will be taken: "counted 6 trains. ill go on the 7th" */
const TRAINS_LET_GO =
  "\\b(?:letting|let|watching|watched) (?:the )?trains (?:go|pass)\\b(?=[^]{0,40}\\b(?:next one|the \\d+th|i'?ll go|ill go)\\b)|\\bcounted \\d+ trains\\b(?=[^]{0,30}\\b(?:next one|the \\d+th|i'?ll go|ill go)\\b)|\\b(?:call|ring) (?:the police|anyone|999|911|112)\\b[^.?!]{0,20}\\bi'?ll jump\\b";
/** a goodbye by arrangements: logins left "just in case", things given that will be understood later */
const ARRANGED_GOODBYE =
  '\\b(?:my|all my) (?:passwords?|(?:phone )?pin|bank logins?|logins?)\\b[^]{0,60}\\b(?:just in case|in case something happens|if anything happens)\\b|\\btying up loose ends\\b|\\bbetter off without (?:a \\w+ like me|someone like me)\\b|\\b(?:going|go|come) to my funeral\\b|\\bpics? of (?:her|his|my) (?:wrists|cuts)\\b';
/** someone who threatens to kill themselves, and a crash for two */
const THREATENS_ONESELF =
  '\\bthreat\\w* (?:to )?(?:kill|hurt|harm) (?:herself|himself|themselves|themself)\\b|\\b(?:drive|crash|steer) us both (?:into|off)\\b';
/** slaps made small, and more control: friends kept away, therapy cancelled, where the reader is in a photo */
const MORE_MADE_SMALL =
  '\\b(?:it was|was|only|just) (?:a|one) (?:little )?(?:slap|smack)\\b(?! on the wrist)|\\bit was a push,? not a punch\\b|\\bbarely touched (?:you|u|her|him)\\b';
const MORE_CONTROL =
  "\\bsend me a (?:pic|photo|picture)\\b[^.?!]{0,10}\\bof where (?:you|u) are\\b|\\b(?:not letting|won'?t let|doesn'?t let|don'?t let) me see my (?:friends|family|mum|mom|sister|parents)\\b|\\bcancel (?:that|your|ur) (?:therapy|counselling|counseling|doctor'?s?) appointment\\b|\\btold the (?:kids|children|boys|girls)\\b(?=[^.?!]{0,70}\\b(?:police|social services|locked up|taken away|go to (?:jail|prison))\\b)|\\b(?:your|ur) (?:sister|mum|mom|family|friends|brother|parents) (?:isn'?t|is not|aren'?t|are not) welcome here\\b";
/** veiled threats: a pet that might not come back, a parent who lives alone, a gun cleaned during a row */
const MORE_THREATS =
  "\\b(?:sad|shame|pity) if (?:he|she|it|your \\w+|ur \\w+) (?:got out|went missing|got lost|disappeared)\\b|\\b(?:your|ur) (?:mum|mom|sister|nan|gran|dad) lives alone,? (?:right|doesn'?t she|doesn'?t he|innit)\\b|\\b(?:gun|rifle|knife|shotgun)\\b[^.?!]{0,30}\\bwhen (?:we|i) (?:argue|fight|disagree)\\b|\\bi know (?:what time|when) (?:you|u) (?:finish|leave|get off)\\b[^]{0,20}\\bright\\?";
/** sex while asleep, without a yes */
const WOKE_TO_IT =
  '\\bwoke up (?:and|to) (?:him|her|he|she)\\b[^.?!]{0,30}\\b(?:doing stuff|on top|touching|inside)\\b';

/** slang and short endings: "feel like unaliving tbh", "imma delete myself", "this is it for me. sorry" */
const SLANG_ENDINGS =
  "\\bunaliv(?:e|ing) (?:myself|me)\\b|\\b(?:feel like|thinking (?:about|of)|been thinking about) unaliving\\b|\\b(?:imma|gonna|going to|want to|wanna) delete myself\\b(?! (?:from|off|out))|\\bthis is it for me\\b|\\bsorry (?:everyone|everybody)\\b[^]{0,12}\\bthis is it\\b|\\b(?:rather|sooner) be (?:in the ground|(?:six|6) (?:foot|feet) under)\\b|\\bif i die (?:tonight|today|tomorrow)\\b[^.?!]{0,20}\\bnot (?:ur|your) fault\\b|\\bwon'?t have to after tonight\\b|\\bthinking to (?:jump|die|end|finish|kill)\\b|\\b(?:stood|standing|was) on (?:the|a) (?:chair|stool|stepladder|ladder)\\b[^.?!]{0,20}\\bwith (?:the|a) (?:belt|rope|cord|cable)\\b|\\bpainless ways? to (?:die|go|end it|kill)\\b|\\bwould (?:get on|manage|cope|do)(?: \\w+)? without me\\b(?! (?:for|this|tonight|today|while|at|on|in)\\b)|\\bbetter off with the (?:insurance|money|payout)\\b|\\bless mouths\\b|\\bnot w(?:ith|/)? ?(?:you|u)\\b[.,;]? ?w(?:ith|/)? ?(?:everything|life)\\b";
/** two deaths in one: "one bullet for him and one for me", "if i'm going, he's coming with me" */
const TAKING_SOMEONE =
  "\\bone (?:bullet )?for (?:him|her|you|them) and one for me\\b|\\bif i'?m going,? (?:he|she|that \\w+|the \\w+)\\b[^.?!]{0,30}\\bcoming with me\\b|\\bwhen i check out,? (?:he|she|my \\w+(?: \\w+)?) checks out\\b";

export const EN_INDIRECT: RuleTable = {
  self_harm: [
    { re: EMOJI_MEANS },
    // the day's vitamins counted out are not an overdose
    {
      re: EMOJI_PILLS,
      urgent: true,
      unlessIn: /\b(?:vitamins?|for today|today'?s|with (?:breakfast|dinner|food)|proud of me|prescribed|the doctor)\b/,
    },
    { re: LEAVING_HARM, jokable: true, unlessAfter: NIGHT_OUT },
    // a day off wished for is not a wish to die: "hope i get hit by a bus so i don't have to go in"
    {
      re: HOPED_ACCIDENT,
      jokable: true,
      unlessAfter:
        /^[^.?!]{0,30}\b(?:so (?:i|we) (?:don'?t|dont|can|could|wouldn'?t)|day off|time off|off work|skip)\b/,
    },
    { re: DARE_THE_ROAD },
    { re: ONLY_WAY_OUT },
    { re: PLAN_THAT_SCARES },
    { re: LAST_MESSAGE },
    { re: OUT_OF_THE_PICTURE },
    { re: AT_THE_EDGE, unlessIn: ROADSIDE },
    { re: TRAINS_LET_GO },
    { re: ARRANGED_GOODBYE, jokable: true },
    { re: THREATENS_ONESELF },
    { re: ON_MYSELF },
    { re: SLANG_ENDINGS, jokable: true },
    { re: TAKING_SOMEONE },
    { re: THEY_NO_LONGER_WANT },
    { re: PAST_FEAR_OF_DYING },
    { re: FOR_AFTER },
  ],
  abuse: [
    // a hold by harm if the partner leaves is control as well (LABELLING.md: "if you leave I'll kill myself")
    { re: LEAVING_HARM, jokable: true, unlessAfter: NIGHT_OUT },
    // a knock in a game: "it was just a shove in the scrum"
    {
      re: BLOW_MADE_SMALL,
      unlessIn: /\b(?:scrum|ruck|tackle|pitch|referee|rugby|football|hockey|penalty|foul|the match|the game)\b/,
    },
    { re: WATCHED_UNSEEN },
    // teasing and feelings are not a body held: "stop, you're hurting me with these puns 😂", "you're hurting my feelings"
    {
      re: HURT_NOW,
      jokable: true,
      unlessAfter: /^ *(?:with (?:these|those|your|the|that)|feelings|my feelings|lol|haha)/,
    },
    { re: CHILDREN_SILENCED },
    { re: WORK_UNDERMINED },
    { re: MONEY_HELD },
    // a threat to the reader in a couple's chat comes from a partner (LABELLING.md)
    { re: THREAT_TO_READER, jokable: true },
    { re: REPORTED_THREAT },
    { re: HARM_TOLD },
    { re: THREATENS_ONESELF },
    { re: MORE_MADE_SMALL },
    { re: MORE_CONTROL },
    { re: MORE_THREATS, jokable: true },
    { re: WOKE_TO_IT },
  ],
  danger: [
    // watched by the partner is stalking as well (LABELLING.md)
    { re: WATCHED_UNSEEN },
    { re: THREAT_TO_READER, jokable: true },
    { re: REPORTED_THREAT },
    { re: THREAT_TO_OTHERS, jokable: true },
    { re: MORE_THREATS, jokable: true },
    { re: HARM_TOLD },
    { re: TAKING_SOMEONE },
  ],
};
