// word lists and guards shared by several pressure rules

import type { RuleSpec } from '../matcher.ts';

export const BEHAVIOUR =
  '(?:being|acting|ignoring|avoiding|doing this|doing that|like this|like that|so (?:distant|quiet|cold|off|weird|short|moody|mean|different|upset|angry|mad|secretive|dry|blunt|rude)|distant|quiet|cold|mad at me|upset with me|angry with me|angry at me|pulling away|shutting me out|giving me|treating me|talking to me like|not (?:answering|replying|talking|texting|responding|picking up|telling|speaking|listening)|always|never|ghosting|leaving me|hiding|lying|so weird)';

export const REPLY =
  '(?:reply|replied|replying|answer|answered|answering|respond|responded|responding|text(?:ed)? (?:me )?back|call(?:ed)? (?:me )?back|get back to me|got back to me|write back|wrote back)';

export const LEISURE =
  '[^.?!\\n]{0,40}?\\b(?:place|restaurant|cafe|café|bar|pub|show|series|movie|film|book|song|album|band|podcast|game|recipe|ramen|pizza|burger|sushi|tacos|dish|cake|spot|bakery|museum|beach|park|trail|shop|store|market|brunch|coffee|latte|flat white|wine|beer|gin|cocktail|episode|season|playlist|concert|menu|dessert|ice cream|trainers|jacket|a go|a try|a watch|a listen|a read|a whirl)\\b';

export const FIX_VERB =
  '(?:quit|leave (?:your|that|the) (?:job|work|company|team)|talk to {PRON}|speak to {PRON}|tell {PRON}|ask {PRON}|ask for (?:a raise|help|time off)|see a (?:therapist|doctor|counsel+or|professional|gp)|get (?:some )?(?:help|therapy|sleep|rest|a new job|another job|over it|out more|a grip|organi[sz]ed)|go to (?:bed|the doctor|therapy|the gym|hr)|stop (?:worrying|stressing|overthinking|thinking about|letting|taking)|start (?:looking|exercising|meditating|journaling|saying no|running)|take (?:a break|some time off|time off|a day off|a walk|a bath|a holiday|a vacation|a nap)|meditate|exercise|relax|breathe|look for (?:a new|another)|apply (?:for|somewhere)|confront {PRON}|report {PRON}|report it|set (?:some )?boundaries|make a (?:list|plan)|write (?:it|things|everything) down|focus on|delegate|prioriti[sz]e|sleep (?:more|earlier)|work out|switch (?:jobs|teams|careers)|change (?:jobs|careers|your)|cut (?:them|him|her) off|block {PRON}|ignore (?:them|him|her|it)|push back|say no|stand up (?:to|for)|put yourself first|find (?:a new|another|a better)|move (?:out|on)|get off your phone|drink (?:more )?water|do yoga|try (?:meditating|yoga|therapy|exercising|journaling|running|to relax|to sleep)|be more (?:assertive|organi[sz]ed|positive))';

/** names people call someone to insult them */
export const INSULT_NOUN =
  '(?:idiots?|morons?|losers?|jerks?|clowns?|fools?|dumb ?ass(?:es)?|assholes?|arseholes?|dickheads?|dicks?|pricks?|bitch(?:es)?|bastards?|cunts?|twats?|wankers?|tossers?|trolls?|shills?|scum(?:bags?)?|degenerates?|retards?|creeps?|psychos?|imbeciles?|cretins?|numpty|plonkers?|knobheads?|douche(?:bags?)?|dip ?shits?|shitheads?|fuckwits?|fuckers?|motherfuckers?|libtards?|scrubs?|noobs?|man-?child(?:ren)?|gold ?diggers?|dumm(?:y|ies)|dumbos?|dunces?|plebs?|cucks?|crybab(?:y|ies)|posers?|simps?|crooks?|quacks?|sexists?|racists?|bigots?|fascists?|nazis?|cowards?|lunatics?|maniacs?|nut ?jobs?|nutcases?|psychopaths?|sociopaths?|perverts?|parasites?|lowlifes?|deadbeats?|sluts?|whores?|skanks?|piece of (?:shit|crap|garbage|trash|filth|work)|waste of (?:space|oxygen|skin)|laughing ?stocks?|(?:stupid|dumb|little|sad|pathetic|ignorant|useless|worthless|ugly|fat|disgusting|spastic|spoiled|spoilt|entitled|miserable|vile|evil) (?:fuck|shit|cow|pig|bitch|prick|twat|child|man|woman|person|brat|boy|girl))';

/** the words that can open or close a name someone is called (anchors of the insult rules) */
export const INSULT_NOUN_ANCHORS =
  'stock laughingstock idiot idiots moron morons loser losers jerk jerks clown clowns fool fools dumbass dumbasses dumb asshole assholes arsehole arseholes dick dicks dickhead dickheads prick pricks bitch bitches bastard bastards cunt cunts twat twats wanker wankers tosser tossers troll trolls shill shills scum scumbag scumbags degenerate degenerates retard retards creep creeps psycho psychos imbecile imbeciles cretin cretins numpty plonker plonkers knobhead knobheads douche douchebag douchebags dipshit dipshits dip manchild child little fat spoiled spoilt entitled vile evil gold digger diggers golddigger dunce dunces pleb plebs cuck cucks crybaby crybabies poser posers simp simps dummy dummies dumbo dumbos crook crooks quack quacks sexist sexists racist racists bigot bigots fascist fascists nazi nazis coward cowards lunatic lunatics maniac maniacs nutjob nutjobs nut nutcase nutcases psychopath psychopaths sociopath sociopaths pervert perverts parasite parasites lowlife lowlifes deadbeat deadbeats slut sluts whore whores skank skanks spastic shithead shitheads fuckwit fuckwits fucker fuckers motherfucker motherfuckers libtard libtards scrub scrubs noob noobs piece waste fuck shit cow pig brat stupid pathetic ignorant useless worthless ugly disgusting';

/** words that call someone stupid, vile or worthless */
/** fondness after a label makes it teasing ("you muppet, love you", "such a nerd, my nerd though") */
export const FOND_AFTER =
  '[^\\n]{0,80}(?:love (?:you|u|ya|it|that|this)|anyway|though|❤|😘|🥰|🤓|😂|🤣|😭|haha|hehe|lol|my \\w+)';

export const INSULT_ADJECTIVE =
  '(?:stupid|dumb|pathetic|disgusting|gross|ugly|vile|repulsive|revolting|delusional|retarded|inept|clueless|ignorant|unlovable|gullible|obnoxious|arrogant|hideous|awful|horrible|terrible|nasty|evil|toxic|shitty|crappy|despicable|brainless|braindead|brain-?dead|worthless|insufferable|unbearable|annoying|boring|exhausting|tiresome|spineless|creepy|trash|garbage|dense|thick|an? (?:embarrassment|disgrace|joke)|not funny|full of (?:shit|crap|it))';

/** "you think your week was bad", "you think that's hard": the opening of one-upping asked as a question */
export const YOU_THINK_YOURS_WAS_BAD =
  "(?:you|u) think (?:your|ur|you're|you are|that's|this is|that was|it's|it was) [^.?!\\n]{0,40}\\b(?:bad|hard|tough|rough|tiring|exhausting|stressful|busy)";

/** warmth, a laugh or a kiss anywhere in the message: a challenge asked this way teases or cares (decision 218) */
export const WARM_OR_LAUGHING =
  "😂|🤣|😅|😆|😭|😎|😴|🥰|🥹|😘|😍|❤|💕|♥|\\b(?:lol|lmao|haha\\w*|hehe\\w*|no rush|take your time|when you're ready|legend|gorgeous|amazing|proud|not complaining|fair enough|congrat\\w*)\\b|\\bx+\\s*$";

/** the same rules, each standing down when the message is warm or laughing */
export function unlessWarm(rules: readonly RuleSpec[]): RuleSpec[] {
  return rules.map((rule) => ({
    ...rule,
    unlessIn: rule.unlessIn === undefined ? WARM_OR_LAUGHING : `${rule.unlessIn}|${WARM_OR_LAUGHING}`,
  }));
}
