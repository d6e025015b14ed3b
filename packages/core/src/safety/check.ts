// the one safety check: does a message suggest self-harm, abuse or danger, in any of five languages?

import type { SafetyConcern } from '../playbook/index.ts';
import {
  CONCEPT_NAMES,
  conceptIndexSnapshot,
  conceptsAsMeant,
  indexConcepts,
  STRONG_CONCEPTS,
  STRONG_MASK,
} from './concepts.ts';
import { jokeDenied } from './denied-joke.ts';
import { foldForSafety } from './fold.ts';
import { framesOf, framesOpen, indexFrames } from './frames.ts';
import { decodeHashed, type HashedModel, type HashedTable, hashedLogits } from './hashed.ts';
import storedHashed from './hashed-model.json';
import { requiredLiterals } from './literals.ts';
import storedModel from './model.json';
import { type CheckIndex, PREBUILT_CHECK_INDEX } from './prebuilt-index.ts';
import { compileTable, type SafetyLanguage, type SafetyRule } from './rule.ts';
import storedLiterals from './rule-literals.json';
import { DE, DE_MORE } from './rules-de.ts';
import { EN } from './rules-en.ts';
import { EN_INDIRECT } from './rules-en-indirect.ts';
import { ES, ES_MORE } from './rules-es.ts';
import { FR, FR_MORE } from './rules-fr.ts';
import { PT, PT_MORE } from './rules-pt.ts';
import { featuresOf, probabilities, RULE_CONCERNS, type SafetyModel, type WeightTable, weightTable } from './scorer.ts';
import { WordIndex } from './word-index.ts';

const model = storedModel as SafetyModel;
const HASHED = storedHashed as HashedModel;
/** the score's weights by feature, gathered on first use: most messages never reach the score */
let weights: WeightTable | undefined;

/** the hashed whole-message score (hashed.ts), its table decoded on first use */
const HASHED_OUT = new Float64Array(3);
let hashedTable: HashedTable | undefined;
/**
 * The hashed score's logits for a message, in the order self-harm, abuse, danger. The array is reused by the
 * next call.
 */
function hashedOf(text: string): Float64Array {
  hashedTable ??= decodeHashed(HASHED);
  hashedLogits(hashedTable, text, HASHED_OUT);
  return HASHED_OUT;
}
/** whether the hashed score is high enough, for any concern, to let a message through to the learned score */
export const hashedGateOpens = (logits: ArrayLike<number>, gate: ArrayLike<number>): boolean =>
  (logits[0] as number) >= (gate[0] as number) ||
  (logits[1] as number) >= (gate[1] as number) ||
  (logits[2] as number) >= (gate[2] as number);

/** what the safety check found in one message */
export interface SafetyFinding {
  /** the most serious concern found: self-harm first, then danger, then abuse */
  readonly concern: SafetyConcern;
  /** every concern found, most serious first */
  readonly concerns: readonly SafetyConcern[];
  /** an act already done or under way (pills taken, a weapon out): call emergency services now */
  readonly urgent: boolean;
  /** the words that raised the concern, as folded text (lower case, no accents) */
  readonly evidence: string;
  /** the language of the rule that matched */
  readonly language: SafetyLanguage;
}

export const CONCERN_ORDER: readonly SafetyConcern[] = ['self_harm', 'danger', 'abuse'];

interface IndexedRule extends SafetyRule {
  readonly language: SafetyLanguage;
  /** the pattern with the global flag, to step through every match */
  readonly everyMatch: RegExp;
}

/** every rule of every language, in a fixed order */
const RULES: readonly IndexedRule[] = (
  [
    ['en', EN],
    ['en', EN_INDIRECT],
    ['es', ES],
    ['es', ES_MORE],
    ['de', DE],
    ['de', DE_MORE],
    ['fr', FR],
    ['fr', FR_MORE],
    ['pt', PT],
    ['pt', PT_MORE],
  ] as const
).flatMap(([language, table]) =>
  compileTable(table).map((rule) => ({ ...rule, language, everyMatch: new RegExp(rule.pattern.source, 'g') })),
);

/**
 * Emoji that stand for a means (a knot, a gun, a headstone, a coffin, pills, a knife, a skull): the index reads
 * words only, so a message of these and "myself" ("bout to 🪢 myself") is let through by this test
 */
const MEANS_EMOJI = /[\u{1FAA2}\u{1F52B}\u{1FAA6}\u26B0\u{1F48A}\u{1F52A}\u{1F480}]/u;

/** concept ids are bit numbers below this; rule ids start here */
const RULE_ID = 32;
/** frame ids start here, above every rule id */
const FRAME_ID = 1 << 20;

/** every rule's pattern source, in the index's order */
export const ruleSources = (): string[] => RULES.map((rule) => rule.pattern.source);

/** a fingerprint of every rule's pattern, to tell whether the stored literals were made from these rules */
export function rulesFingerprint(): string {
  let hash = 0x811c9dc5;
  for (const rule of RULES) {
    const source = rule.pattern.source;
    for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 16777619);
    hash = Math.imul(hash ^ 10, 16777619);
  }
  return (hash >>> 0).toString(16);
}

/**
 * Each rule's literals, as `npm run train:safety` stored them (reading them out of 200 patterns takes a
 * noticeable part of a second); worked out afresh when the rules changed since.
 */
export function ruleLiterals(): (readonly string[] | null)[] {
  const stored = storedLiterals as { fingerprint: string; literals: (string[] | null)[] };
  if (stored.fingerprint === rulesFingerprint() && stored.literals.length === RULES.length) return stored.literals;
  return RULES.map((rule) => requiredLiterals(rule.pattern.source));
}

/**
 * One index of word starts to decide whether a message needs reading at all: the words of the concepts that
 * open the way to the learned score, and for each rule the literal pieces one of which every match must
 * hold. A message that holds none of them is passed over at once; the other concepts are looked up only
 * for the messages that go on.
 * Returns it with the rules it cannot hold.
 */
export function buildCheckIndex(): { index: WordIndex; unindexed: readonly number[] } {
  const index = new WordIndex();
  indexConcepts(index, STRONG_CONCEPTS);
  indexFrames(index, FRAME_ID);
  const unindexed: number[] = [];
  ruleLiterals().forEach((literals, i) => {
    if (literals === null) unindexed.push(i);
    for (const literal of literals ?? []) index.add(literal, RULE_ID + i);
  });
  return { index, unindexed };
}

/** the check's index as plain numbers, for the CLI's build to store (prebuilt-index.ts) */
export function checkIndexSnapshot(): CheckIndex {
  const { index, unindexed } = buildCheckIndex();
  return { index: index.snapshot(), unindexed, concepts: conceptIndexSnapshot() };
}

const { index: INDEX, unindexed: UNINDEXED } =
  PREBUILT_CHECK_INDEX === null
    ? buildCheckIndex()
    : { index: WordIndex.fromSnapshot(PREBUILT_CHECK_INDEX.index), unindexed: PREBUILT_CHECK_INDEX.unindexed };

const bit = (name: string) => 1 << CONCEPT_NAMES.indexOf(name as (typeof CONCEPT_NAMES)[number]);
const URGENT_MEANS = bit('selfHarmMeans') | bit('pastAct');
const MEANS = bit('selfHarmMeans');
/**
 * A means or a place alone ("the sunset from the bridge", "pick up my pills") is weaker evidence than a stated
 * wish or an act: when it is the only strong concept, the score must be this sure before it raises self-harm.
 */
const MEANS_ONLY_BAR = 0.8;
/** a means or a place seen as scenery ("the sunset from the bridge", "a photo from the rooftop") */
const SCENERY =
  /\b(?:sunset|sunrise|the view|photo|photos|picture|atardecer|amanecer|puesta de sol|la vista|foto|fotos|sonnenuntergang|sonnenaufgang|aussicht|coucher de soleil|lever de soleil|la vue|por do sol|nascer do sol|a vista)\b/;

/** talk about the topic, fiction, games and songs: a bare mention near these is not a concern */
const TOPIC =
  /\b(?:prevention|prevencion|pravention|prevencao|hotline|helpline|crisis line|awareness|documentar\w*|documental\w*|workshop\w*|vortrag|volkshochschule|homily|homilia|sermon|predigt|monografia|memoire|tfg|tesina|hausarbeit|programme|anuncio|werbung|poster|plakat|affiche|cartaz|podcast|article|articulo|artikel|artigo|book|libro|buch|livre|livro|novel|novela|roman|romance|film|filme|movie|pelicula|series|serie|episode|episodio|folge|show|song|lyrics|radio|schlager|singt|cancion|lied|chanson|musica|game|juego|spiel|jeu|jogo|level|boss|character|personaje|figur|personnage|personagem|volunteer\w*|voluntari\w*|ehrenamt\w*|benevol\w*|research|study|studie|estudio|etude|class|lecture|seminar\w*|news|noticias?|nachrichten|actualites|noticia|report\w*|reportaje|statistic\w*|estadistic\w*|statisti\w*|estatistic\w*|campaign|campana|kampagne|campagne|campanha|training|course|curso|kurs|cours|poem|poema|gedicht|poeme|quiz|netflix|season|temporada|staffel|saison|formation|doku|docu|arte|telejornal|journal|noticiero|tagesschau|trabajo sobre|trabalha na|trabaja en|arbeitet bei|travaille a|works at|faculdade|universidad|uni|lendo|leyendo|reading about|lecture|texte|titre|title|shakespeare|romeo|hamlet|literature|literatura|literatur|litterature|law|ley|lei|gesetz|loi|first aid|primeiros socorros|primeros auxilios|erste hilfe|premiers secours|exhibition|museum|museo|museu|musee|video|videos|letra|squad|emission|emissao|programa|sendung|reportage|prof|professor|profe|philo|filosofia|philosophie|philosophy|patient|patients|paciente|pacientes|patienten|nurse|enfermera|enfermeira|krankenschwester|infirmiere|therapist|terapeuta|therapeut|therapeute|psicologa|psicologo|psychologe|psychologue|counsellor|counselor|memoir|memorias|chapter|capitulo|kapitel|chapitre|scene|escena|szene|tatort|thriller|krimi|polar|phd|thesis|tesis|tese|these|doktorarbeit|tiktok|sinais|signs|senales|anzeichen|signes|jornal|periodico|zeitung|doc|docs|peli|pelis|protagonista|protagonist|protagoniste|secourisme|socorrismo|teatro|theatre|theater|surgeon|surgery|cirujano|cirugia|chirurg|chirurgien|cirurgiao|cirurgia)\b/;

/** a story or the news: harm told in the third person beside these is what the story or the news told */
const STORY =
  /\b(?:film|filme|movie|pelicula|peli|tatort|krimi|thriller|polar|book|libro|buch|livre|livro|novel|novela|memoir|memorias|chapter|capitulo|kapitel|chapitre|podcast|documentar\w*|documental\w*|doku|docu|telediario|noticiero|telejornal|tagesschau|reportage|reportaje|emission|sendung|netflix|true crime|(?:in|on) the news|en las noticias|en el telediario|in den nachrichten|aux infos|dans le journal|no jornal|nas noticias)\b/;
/** a word for the writer or the reader, in the five languages: harm told of them is never only a story */
const PERSON =
  /\b(?:i|i'm|im|i'd|i've|me|my|mine|myself|we|us|our|you|u|ur|your|yourself|yo|mi|mis|nos|nuestr\w*|tu|tus|te|ti|contigo|conmigo|ich|mich|mir|mein\w*|wir|uns|unser\w*|du|dich|dir|dein\w*|je|moi|mon|ma|mes|nous|notre|toi|ton|ta|tes|vous|votre|eu|mim|meu|minha|voce|vc|teu|tua)\b|\b[mjt]'/;

/**
 * Self-harm long stopped, told with how long ago ("three years since i last self harmed", "6 years clean from self
 * harm", "ça fait 8 ans que je me suis pas scarifiée", "hace 4 años que dejé de cortarme")
 */
const LONG_STOPPED =
  /\b(?:\w+|\d+) (?:years?|months?) (?:since i (?:last|stopped|quit) (?:self[- ]?harm\w*|cut(?:ting)?(?: myself)?|hurt(?:ing)? myself)|clean from (?:self[- ]?harm\w*|cut(?:ting)?(?: myself)?|hurt(?:ing)? myself))\b|\b(?:ca|cela) fait (?:\w+|\d+) (?:ans|mois) (?:que (?:j'ai arrete de me (?:scarifier|couper|faire du mal)|je (?:ne )?me (?:suis )?(?:pas|plus) (?:scarifie|coupe)\w*|je (?:ne )?me (?:scarifie|coupe)\w* (?:pas|plus)))\b|\b(?:hace|llevo) (?:\w+|\d+) (?:anos|meses) (?:que deje de (?:cortarme|autolesionarme|hacerme dano)|sin (?:cortarme|autolesionarme|hacerme dano))\b|\bfaz (?:\w+|\d+) (?:anos|meses) (?:que parei de (?:me cortar|me machucar|me automutilar)|sem (?:me cortar|me machucar|me automutilar))\b|\bseit (?:\w+|\d+) (?:jahren|monaten) (?:nicht mehr (?:geritzt|ritzen|verletzt)|keine selbstverletzung|clean vom ritzen)\b/;
/** …unless it came back: "it had been three years since i last self harmed, and last night i did" */
const CAME_BACK =
  /\b(?:again|but|pero|mas|mais|aber|tonight|esta noche|hoje a noite|heute nacht|ce soir|want to die|kill myself|end it|quiero morir\w*|quero morrer|will sterben|veux mourir|bought|compre|comprei|gekauft|achete|pills|razors|plan\w*|trust myself|relaps\w*|slipped|clean gone|gone now|broke it|broken|but (?:last night|today|yesterday)|until (?:last night|today|yesterday)|otra vez|de nuevo|volvi a|recai\w*|de novo|voltei a|encore|recommence|rechute|wieder|ruckfall|rueckfall)\b/;

/** "the exam will kill me", "mum will murder me when she sees": threats made by things, or by a parent finding out */
const HYPERBOLE =
  /\b(?:exam|exams|examen|examenes|finals|midterms|selectividad|selectivo|abitur|vestibular|enem|test|tests|partiel|partiels|klausur|klausuren|prufung|prova|provas|deadline|homework|tarea|tareas|deberes|devoirs|hausaufgaben|licao|trabalho de casa|hot yoga|yoga|gym|workout|leg day|this week|cette semaine|esta semana|diese woche|essa semana|notas|notes|noten|the carpet|la alfombra|le tapis|der teppich|o tapete|the heat|el calor|la chaleur|die hitze|o calor|my feet|mis pies|mes pieds|meine fusse|meus pes)\b|\b(?:when|once|if) (?:she|he|they|mum|mom|dad) (?:sees|finds out|hears|see|find out)\b|\bcuando (?:vea|se entere)\b|\bquand (?:il|elle) (?:verra|saura)\b|\bwenn (?:sie|er) (?:sieht|erfahrt)\b|\bquando (?:ela|ele) (?:ver|souber)\b/;

/** a match about something killing the writer ("this exam will kill me", "va a matarme", "wird mich umbringen") */
const KILLS_ME =
  /\b(?:kill|murder|end) me\b|\bmurder me\b|\bva a matar(?:me)?\b|\bme va a matar\b|\bme mata\b|\bme mato\b|\bva me tuer\b|\bme tuer\b|\bmich umbringen\b|\bvai me matar\b|\bgoing to die\b|\bgonna die\b/;

/**
 * Work, a boss, the gym, traffic or a price "will kill me" ("mi jefe me va a matar", "ce boulot va me tuer"):
 * only in forms where something else is the one killing, never "I'll kill myself"
 */
const WORN_OUT_BY =
  /\b(?:boss|jefe|jefa|chefe|chefa|chef|chefin|cheffe|patronne|personal trainer|o personal|meu personal|my trainer|mi entrenador|mi entrenadora|o treinador|a treinadora|back pain|my back|this back|mi espalda|dolor de espalda|dolor de cabeza|dolor de muelas|dor nas costas|minhas costas|dor de cabeca|essa dor|esta dor|mal au dos|mon dos|mal de tete|cette douleur|ruckenschmerzen|kopfschmerzen|mein rucken|headache|migraine|migrana|enxaqueca|granny|grandma|grandpa|nana|abuela|abuelo|avo|vovo|grand-mere|grand-pere|mamie|oma|opa|boulot|taf|travail|trabajo|curro|trabalho|arbeit|job|dossier|projet|rapport|report|project|informe|proyecto|relatorio|projeto|bericht|projekt|akte|gym|gimnasio|academia|fitness|traffic|trafico|transito|stau|bouchons|precio|preco|prix|preis|price|reunion|reuniao|meeting|besprechung|agachamento|sentadillas|kniebeugen|squats)\b/;
const KILLED_BY_IT =
  /\b(?:will|gonna|going to|is going to) kill me\b|\bva a matarme\b|\bme va a matar\b|\bme mata\b|\bva me tuer\b|\bme tue\b|\bvai(?:-| )me matar\b|\bvai matar-me\b|\bwird mich (?:noch )?umbringen\b|\bbringt mich (?:noch )?um\b|\bde matar\b/;

/** "I'd rather die than go to IKEA", "prefiero morirme antes que…": a comparison, not a wish */
const RATHER_THAN =
  /\b(?:i'?d rather|i would rather|rather|prefiero|preferiria|prefiro|preferia|lieber|plutot)\b[^.?!]{0,24}\b(?:die|dead|morir(?:me)?|muert[oa]|morrer|mort[oa]|sterben|sterbe|tot|mourir|mort|crever)\b[^.?!]{0,20}\b(?:than|que|als|do que)\b(?! (?:live|living|go on|keep going|carry on|be with|go back|vivir|seguir|volver|leben|weiter\w*|zuruck\w*|vivre|continuer|retourner|viver|continuar|voltar))/;

/** "… than another winter like this": the comparison is with life as it is, so it is meant */
const GOING_ON_LIKE_THIS =
  /\b(?:another|one more|otro|otra|un autre|une autre|mais um|mais uma|noch einen|noch eine|noch ein)\b[^.?!]{0,16}\b(?:year|winter|summer|day|week|month|life|ano|inverno|invierno|verano|dia|semana|mes|vida|annee|an|hiver|jour|vie|jahr|winter|tag|monat|leben|verao)\b[^.?!]{0,12}\b(?:like this|asi|comme ca|assim|so)\b|\b(?:live|living|go on|going on|carry on|vivir|seguir|vivre|continuer|viver|continuar)\b (?:like this|asi|comme ca|assim)\b|\bso weiter(?:machen|leben)\b/;

/** "me voy a matar a estudiar", "vou me matar de tanto comer": killing oneself with work or food is a figure of speech */
const BY_TOIL = /^ (?:a|de|de tanto|a fuerza de) \w+(?:ar|er|ir)\b/;

/** "morirse de risa", "mourir de honte", "morrer de fome": dying of laughter, shame, hunger or boredom */
const DIE_OF =
  /^ (?:de|del|d'|da|do) ?(?:la |el |o |a )?(?:risa|rire|rir|disgusto|verguenza|honte|vergonha|hambre|faim|fome|calor|chaleur|frio|froid|pena|aburrimiento|ennui|tedio|susto|peur|medo|miedo|amor|amour|saudades?|celos|ciumes|envidia|inveja|cansancio|fatigue|cansaco|sono|sueno|sommeil|sed|soif|sede)\b/;

/** "I'll shoot you the address": sending, not a gun */
const SHOOT_A_TEXT =
  /^ (?:(?:you|u|me|him|her|them) )?(?:the |a |an |my |your |over )?(?:address|link|text|message|msg|email|e-mail|pic|pics|photo|dm|line|details|info|number|invite|location|list)\b/;

/** a water pistol or a plastic knife in a play is not a weapon */
const ARMED =
  /\b(?:gun|pistol|pistola|pistolet|pistole|knife|cuchillo|couteau|messer|faca|sword|espada|epee|schwert)\b/;
const TOY =
  /\b(?:water gun|water pistol|pistolet a eau|pistola de agua|pistola d'agua|wasserpistole|nerf|toy|juguete|jouet|spielzeug|brinquedo|de plastico|en plastique|de plastique|plastic|aus plastik|prop|atrezzo|requisite|accessoire)\b/;

/** a beating at a game ("nos dio una paliza al chinchón", "beat me at chess") is winning, not violence */
const BEATING = /\b(?:beat|beats|beating|thrash\w*|paliza|palizon|surra|raclee|pilee|abgezogen)\b/;
/** beaten at a game, said with verbs that also name blows: only with the game or a score right after */
const BEATEN_AT = /\b(?:battu|battue|battus|pego|pegaron|bateu|bateram|geschlagen)\b/;
/** the writer's side in a game: "nos", "us", "uns", "nous", "a gente" */
const OUR_SIDE = /\b(?:nos|us|uns|nous|we|wir|on|a gente)\b/;
const GAME =
  /\b(?:chinchon|mus|parchis|domino|dominoes|dominos|draughts|checkers|bingo|cribbage|rummy|backgammon|mahjong|ajedrez|chess|cards|poker|monopoly|fifa|mario kart|futbol|football|soccer|padel|tenis|tennis|squash|ping pong|bolos|bowling|scrabble|catan|schach|skat|echecs|belote|tarot|xadrez|truco|sueca|game|match|juego|jogo|spiel|jeu|quiz|trivia|babyfoot|baby-foot|kicker|tischkicker|futbolin|pebolim|smash|clay pigeons?|tiro al plato)\b/;
/** a game named right after the harm: "i'll murder you at chess", "te reviento en el fifa", "ich mach dich fertig beim mario kart" */
const AT_GAME = new RegExp(
  `^[^.?!]{0,16}?\\b(?:at|in|en|al|au|aux|a|beim|im|bei|no|na|em|ao)\\b(?: (?:el|la|le|les|der|die|das|den|dem|o))? ${GAME.source.replace(/\|(?:game|match|juego|jogo|spiel|jeu|partido|partida)(?=[|)])/g, '')}`,
);
/** a win promised over the reader: "i'll destroy you", "te reviento", "ich mach dich fertig", "he's gonna murder me" */
const BEAT_THE_READER =
  /\b(?:destroy|murder|smash|crush|beat|kill|wreck|end) (?:you|u|me)\b|\b(?:te|me) (?:reviento|destrozo|mato|machaco|gano|va a matar|va a destrozar)\b|\bmach(?:e)? (?:ich )?dich fertig\b|\b(?:je vais|j'vais|il va) (?:te|me) (?:defoncer|detruire|tuer|eclater)\b|\bvou te (?:destruir|matar|arrebentar)\b/;
/** a threat said in so many words */
const THREATENED = /\b(?:threat\w*|gedroht|droht|amenaz\w*|menac\w*|ameac\w*)\b/;
/** an alarmed question, not a reminder: "all at once", "how many", "??" */
const AT_ONCE =
  /\b(?:at once|all at once|auf einmal|de golpe|de una vez|d'un coup|de uma vez|how many|wie viele|cuantas|combien|quantos)\b|[?!]{2}/;
/**
 * A reminder or a question about the reader's own medicine ("did you take all your tablets today?", "remember to
 * take all your meds after dinner", "hast du heute schon alle tabletten genommen?"): care, not an overdose
 */
const MEDICINE_REMINDER =
  /\b(?:did (?:you|u)|have (?:you|u)|remember to|don'?t forget to|dont forget to|make sure (?:you|u)|hast du|habt ihr|vergiss nicht|denk dran|has tomado|te tomaste|tomaste|acuerdate de|no olvides|as-tu|tu as pris|n'oublie pas|voce tomou|vc tomou|tomou|lembra de|nao esquece)\b[^.?!]{0,24}$/;
/** the reader's own medicine: "all your tablets", not "all the pills" */
const YOUR_MEDICINE = /^[^.?!]{0,30}?\b(?:your|ur|deine[mn]?|tus|tes|teus|tuas|seus|suas)\b/;
/** a score right after the beating ("nos pegó una paliza, 5-0", "6x2"), not a count ("2-3 times") */
const SCORE_AFTER =
  /^(?:(?!\b(?:since|on|with|when|aged?|at|desde|seit|mit|depuis|avec|quand|com|quando|hace|vor|il y a)\b)[^.?!]){0,30}?[\s,(]\d{1,2} ?[-x] ?\d{1,2}\s*(?:[.,!?)]|$)/;

/** a parent who "will kill me" is nearly always a figure of speech; one sworn by ("te lo juro por mi madre") is not that parent */
const PARENT_HYPERBOLE =
  /(?<!\b(?:por|pela|pelo|sur|bei) )\b(?:my|mi|meine?|ma|mon|minha|meu) (?:mum|mom|mother|dad|father|parents|madre|mama|vieja|viejo|padre|papa|mutter|mama|vater|eltern|mere|pere|mae|pai|suegr[oa])\b/;

/** a vow to kill oneself in the first person: never a figure of speech about an exam or a boss */
const SELF_VOW =
  /\b(?:ich (?:will|werde|wuerde|wurde) mich (?:heute nacht |heute |jetzt )?umbringen|(?:will|werde|wuerde|wurde) ich mich (?:heute nacht |heute |jetzt )?umbringen|ich bring mich um|je (?:vais|veux|voudrais) me (?:tuer|suicider)|(?:quiero|voy a) matarme|me mato (?:esta noche|hoy|ya|de verdad)|si (?:me dejas|te vas|me abandonas|me bloqueas),? me mato|vou me matar|me mato hoje|kill myself|end my life|want to die|wanna die)\b/;
/** a pet that "is going to kill me" for a walk or for food */
const PET_KILLS =
  /\bmy (?:dog|cat|puppy|kitten|pup) (?:is (?:going to|gonna|trying to)|will|'?ll|wants to|tried to) (?:kill|murder|end) me\b/;
/** a weapon or a blow in the message: then "will kill me" is never a figure of speech */
const WEAPON_OR_BLOW =
  /\b(?:knife|knives|gun|pistol|rifle|hit|hits|hitting|hurt|hurts|beat|beats|punch\w*|slap\w*|choke\w*|messer|waffe|schlagt|geschlagen|cuchillo|pistola|arma|pega|pego|golpe\w*|couteau|arme|frappe\w*|faca|bate|bateu|kick\w*|broke|rompi\w*|strangl\w*|cass\w*|drunk|borrach\w*|betrunken|bebado|bebada|ivre)\b/;

/** knives named with food, cooking or a gift are kitchen knives */
const KNIFE = /\b(?:knife|knives|cuchillo|messer|couteau|faca)\b/;
const KITCHEN =
  /\b(?:kitchen|cook\w*|chef|bread|steak|onions?|carving|jamonero|jamon|iberico|cocina|cocinar|cebolla|kuche|kochen|brot|cuisine|cuisiner|pain|cozinha|cozinhar|churrasco|asado|parrilla|barbacoa|bbq|barbecue|grill|grillen|braai|pao|navidad|christmas|weihnachten|noel|natal|regalo|gift|geschenk|cadeau|presente|pollo|chicken|poulet|frango|huhn|hahnchen|carne|meat|viande|fleisch|verdura|vegetables|legumes|gemuse|queso|cheese|fromage|kase|queijo|pescado|fish|poisson|peixe|fisch|sharpen|afilar|afiar|aiguiser|aiguise|schleifen|schleif)\b/;

/**
 * A knife cutting a thing ("schneid das mit einem Messer", "coupe-le avec un couteau", "corta el pan"), or the writer's
 * own kitchen cut ("me corté con el cuchillo del pan"), not a person: "he cut my arm", "me cortó con un cuchillo" and
 * "hat mich geschnitten" are not read so.
 */
const CUTTING =
  /\b(?:(?:cut|cutting|slice|slicing|chop|chopping|peel|peeling|carve|carving|schneid\w*|schal(?:en|e|t)|couper?|coupe|coupes|trancher|tranche|eplucher|cortar?|corta|pelar|descascar)(?:-le|-la|-les)? (?:it|the|this|that|those|these|some|up|open|into|das|die|den|es|le|la|les|du|des|el|los|las|lo|o|os|as|isso|eso|esto|isto)|(?:couper?|coupe|coupes|trancher|tranche|corta|cortar|cortalo|cortala)-(?:le|la|les|lo)|i cut myself (?:on|with|while|cooking|chopping)|me corte con|me cortei com|je me suis coupee? (?:avec|en)|hab mich (?:mit|am|beim) \w+ geschnitten)\b/;
/** guns on a hunt: "se fue de caza con la escopeta", "er ist mit dem Gewehr auf der Jagd" */
const GUN = /\b(?:rifle|shotgun|gun|escopeta|gewehr|flinte|fusil|espingarda|carabina)\b/;
const HUNTING =
  /\b(?:hunt|hunting|hunter|caza|cazar|cazando|jagd|jagen|jager|chasse|chasser|chasseur|caca|cacar|cacando|cacador|clay pigeons?|tiro al plato|tontaubenschiessen|ball-trap)\b/;

/** a weapon pointed at a person: never the kitchen or a hunt, whatever else the message says */
const POINTED_AT = /\b(?:pointed|points|pointing|aimed|aims|aiming)\b[^.?!]{0,30}\bat (?:me|us|my|the kids|her|him)\b/;

/** laughing, teasing or "just kidding" markers that turn hyperbole into a joke */
const JOKE =
  /(?:\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jaja\w*|jeje\w*|kkkk\w*|rsrs\w*|mdr|ptdr|xd|jk|j\/k|just kidding|kidding|on s'adore|bromeo|es broma|c'est pour rire|je rigole|zoeira|brincadeira|spass|scherz\w*)\b|[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F61C}\u{1F61D}\u{1F92A}\u{1F609}\u{1F618}\u{1F60F}\u{1F643}]|:p\b|;\))/u;

/** negation words, in the five languages, that cancel a match right after them ("he never hit me") */
const NEGATOR =
  /^(?:not|never|no|nobody|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|can'?t|couldn'?t|shouldn'?t|haven'?t|hasn'?t|nunca|jamas|nicht|nie|niemals|kein|keine|ne|n'|jamais|pas|nao|jamais)$/;
/** words that may stand between a negation and the match without breaking it ("I would never ever hurt myself") */
const GLUE =
  /^(?:ever|even|really|actually|seriously|literally|going|gonna|to|want|wanna|would|will|could|i|he|she|they|you|be|been|have|has|had|am|is|are|was|do|did|dare|mich|dich|sich|me|te|se|m'|t'|le|la|lo|mais|ya|plus|wirklich|je|ich|eu|yo|ele|ela|er|sie|il|elle)$/;

/** whether a message talks about the topic or jokes: worked out only when a rule's guard asks */
class MessageContext {
  private topic: boolean | undefined;
  private joke: boolean | undefined;
  constructor(
    private readonly text: string,
    private readonly folded: string,
  ) {}
  topical(): boolean {
    this.topic ??= TOPIC.test(this.folded);
    return this.topic;
  }
  joking(): boolean {
    this.joke ??= (JOKE.test(this.text) || JOKE.test(this.folded)) && !jokeDenied(this.folded);
    return this.joke;
  }
}

/** does a negation stand right before `index`, with only glue words between? */
function negatedBefore(folded: string, index: number): boolean {
  const before = folded.slice(Math.max(0, index - 48), index);
  const clause =
    before.split(/[,.;:!?\n]|\b(?:but|pero|aber|mais|mas|if|si|wenn|se|because|porque|weil|parce que)\b/).pop() ?? '';
  const words = clause
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const word = (words[i] ?? '').replace(/^n'/, "n'");
    if (NEGATOR.test(word) || word.endsWith("n't")) return true;
    if (!GLUE.test(word)) return false;
  }
  return false;
}

/** a report of someone real inside the sentence besides a threat said: a comparison with a story, someone of the writer's own */
const REAL_REPORT =
  /\b(?:like (?:in|that)|just like|como en|como no|wie (?:in|im)|comme dans|my|mi|mis|mein\w*|ma|mon|mes|minha|meu|meus|our|nuestr\w*|unser\w*|notre|nos|nosso|nossa)\b/;
/** harm told in the third person as a story: a film, a book or the news in the sentence, and no real person reported */
const toldAsStory = (sentence: string): boolean =>
  STORY.test(sentence) && !THREATENED.test(sentence) && !REAL_REPORT.test(sentence);

/** the sentence of `folded` that holds [from, to): from the last full stop, question or exclamation mark before to the next */
function sentenceAround(folded: string, from: number, to: number): string {
  const start =
    Math.max(folded.lastIndexOf('.', from), folded.lastIndexOf('?', from), folded.lastIndexOf('!', from)) + 1;
  const ends = ['.', '?', '!'].map((mark) => folded.indexOf(mark, to)).filter((at) => at >= 0);
  return folded.slice(start, ends.length > 0 ? Math.min(...ends) : folded.length);
}

/** self-harm told as long stopped, when nothing in the message says it came back: the words that tell it, or null */
const longStopped = (folded: string): RegExpExecArray | null =>
  CAME_BACK.test(folded) ? null : LONG_STOPPED.exec(folded);

/** whether [from, to) lies inside self-harm told as long stopped (`longStopped`) */
function withinLongStopped(folded: string, from: number, to: number): boolean {
  const stopped = longStopped(folded);
  return stopped !== null && from >= stopped.index && to <= stopped.index + stopped[0].length;
}

function ruleHolds(rule: SafetyRule, folded: string, match: RegExpExecArray, context: MessageContext): boolean {
  const end = match.index + match[0].length;
  if (
    KILLS_ME.test(match[0]) &&
    (rule.concern !== 'self_harm' || !SELF_VOW.test(folded)) &&
    (HYPERBOLE.test(folded) || PARENT_HYPERBOLE.test(folded) || PET_KILLS.test(folded)) &&
    !WEAPON_OR_BLOW.test(folded)
  )
    return false;
  // the boss or the gym must come right before the killing ("mi jefe me va a matar"), so that "my husband will
  // kill me if I'm late from work" still counts
  if (
    KILLED_BY_IT.test(folded.slice(Math.max(0, match.index - 12), end + 12)) &&
    WORN_OUT_BY.test(folded.slice(Math.max(0, match.index - 40), end))
  )
    return false;
  if (rule.concern === 'danger' && !POINTED_AT.test(match[0])) {
    if (KNIFE.test(match[0]) && (KITCHEN.test(folded) || CUTTING.test(folded))) return false;
    if (GUN.test(match[0]) && HUNTING.test(folded)) return false;
  }
  if (rule.concern === 'self_harm' && RATHER_THAN.test(folded) && !GOING_ON_LIKE_THIS.test(folded)) return false;
  if (rule.concern === 'self_harm' && withinLongStopped(folded, match.index, end)) return false;
  if (
    rule.concern === 'self_harm' &&
    MEDICINE_REMINDER.test(folded.slice(Math.max(0, match.index - 40), match.index)) &&
    !AT_ONCE.test(folded) &&
    YOUR_MEDICINE.test(folded.slice(match.index))
  )
    return false;
  const after = folded.slice(end, end + 40);
  if (/\b(?:matar(?:me|-me)?|me mato)$/.test(match[0]) && BY_TOIL.test(after)) return false;
  if (/\b(?:morir(?:me|se)?|muero|morrer|mourir|morte de|mort de)$/.test(match[0]) && DIE_OF.test(after)) return false;
  if (
    /\bshoot(?: (?:you|u|me|him|her|them))?$/.test(match[0]) &&
    SHOOT_A_TEXT.test(`${/ (?:you|u|me|him|her|them)$/.test(match[0]) ? ' you' : ''}${after}`)
  )
    return false;
  if (rule.concern === 'danger' && ARMED.test(match[0]) && TOY.test(folded)) return false;
  if (rule.concern !== 'self_harm' && !PERSON.test(match[0]) && toldAsStory(sentenceAround(folded, match.index, end)))
    return false;
  if (
    rule.concern !== 'self_harm' &&
    AT_GAME.test(after) &&
    BEAT_THE_READER.test(match[0]) &&
    !THREATENED.test(folded) &&
    !WEAPON_OR_BLOW.test(folded)
  )
    return false;
  if (rule.concern !== 'self_harm' && BEATING.test(match[0]) && GAME.test(folded)) return false;
  if (
    rule.concern !== 'self_harm' &&
    (BEATING.test(match[0]) || BEATEN_AT.test(match[0])) &&
    (AT_GAME.test(after) || (SCORE_AFTER.test(after) && (GAME.test(folded) || OUR_SIDE.test(match[0]))))
  )
    return false;
  if (/^ haut et court\b/.test(after)) return false;
  if (rule.unlessAfter?.test(folded.slice(end, end + 60))) return false;
  if (rule.unlessBefore?.test(folded.slice(Math.max(0, match.index - 40), match.index))) return false;
  if (rule.unlessWithin?.test(match[0])) return false;
  if (rule.unlessIn?.test(folded)) return false;
  if ((rule.mention || rule.jokable) && (context.topical() || context.joking())) return false;
  return !negatedBefore(folded, match.index);
}

/** the first match of `rule` in `folded` that no guard explains away, or null */
function holdingMatch(rule: IndexedRule, folded: string, context: MessageContext): RegExpExecArray | null {
  const global = rule.everyMatch;
  global.lastIndex = 0;
  for (let match = global.exec(folded); match !== null; match = global.exec(folded)) {
    if (ruleHolds(rule, folded, match, context)) return match;
    if (match[0].length === 0) global.lastIndex++;
  }
  return null;
}

/**
 * What the check saw in a message besides its finding, for reading a run of messages as one (a thought sent in
 * pieces): whether anything in it opened the check (a word a phrase rule needs, a strong concept, a sentence
 * frame, the hashed score), and the frames it holds, whose halves may stand in different pieces.
 */
export interface SafetySignal {
  opened: boolean;
  frames: number;
  /**
   * How high the learned score rose against its bar, for the concerns no phrase rule raised (score ÷ bar, the
   * highest of them; 0 when it did not read the message): the evaluation reads the check at other bars with it.
   */
  margin?: number;
}

/**
 * Whether messages that opened the check (`opened`, any of them) and hold these frames between them are worth
 * reading together: when none did, their joined text cannot raise anything either, bar the hashed score.
 */
export const piecesOpen = (opened: boolean, frames: number): boolean => opened || framesOpen(frames);

/**
 * Reads one message for signs that someone may be at risk: self-harm (thoughts, plans, goodbyes, an act
 * already done), abuse (violence, sexual coercion, threats received, coercive control) and danger
 * (threats to others, weapons). English, Spanish, German, French and Portuguese. Null when none is seen.
 * `signal`, when given, is filled with what the check saw (see SafetySignal).
 * @example checkSafety('I took all my pills')?.urgent // true
 */
export function checkSafety(text: string, signal?: SafetySignal): SafetyFinding | null {
  let bits = 0;
  let frames = 0;
  const candidates: number[] = [];
  INDEX.scan(text, (id) => {
    if (id >= FRAME_ID) frames |= 1 << (id - FRAME_ID);
    else if (id < RULE_ID) bits |= 1 << id;
    else candidates.push(id - RULE_ID);
  });
  const hashed = hashedOf(text);
  const opened =
    candidates.length > 0 ||
    (bits & STRONG_MASK) !== 0 ||
    framesOpen(frames) ||
    hashedGateOpens(hashed, HASHED.gate) ||
    MEANS_EMOJI.test(text);
  if (signal !== undefined) {
    signal.opened = opened;
    signal.frames = frames;
    signal.margin = 0;
  }
  if (!opened) return null;
  const rules = [...new Set([...candidates, ...UNINDEXED])].sort((a, b) => a - b).map((i) => RULES[i] as IndexedRule);
  return checkFolded(text, foldForSafety(text), conceptsAsMeant(text), frames, hashed, rules, true, signal);
}

/**
 * Whether the index alone lets the learned score read a message: when it holds a strong concept, a word one of the
 * phrase rules needs (the message came close to a rule), or a frame (a demand about the phone, "if you … I'll …",
 * a goodbye told as arrangements).
 */
export function nearRule(text: string): boolean {
  let open = false;
  let frames = 0;
  INDEX.scan(text, (id) => {
    if (id >= FRAME_ID) frames |= 1 << (id - FRAME_ID);
    else if (id >= RULE_ID || (STRONG_MASK & (1 << id)) !== 0) open = true;
  });
  return open || framesOpen(frames) || MEANS_EMOJI.test(text);
}

/**
 * Whether the learned score reads a message: when the index lets it through (nearRule), or when the hashed
 * whole-message score is among the highest few in a hundred ordinary messages for any concern.
 */
export const opensScore = (text: string): boolean => nearRule(text) || hashedGateOpens(hashedOf(text), HASHED.gate);

/** the hashed score's logits for a message (self-harm, abuse, danger), as the check reads them, in a new array */
export const hashedScores = (text: string): number[] => [...hashedOf(text)];

/** what the phrase rules alone find in folded text, for the learned score's features */
export function rulesFound(folded: string): Set<SafetyConcern> {
  return new Set(checkFolded(folded, folded, 0, 0, null, RULES, false)?.concerns ?? []);
}

function checkFolded(
  text: string,
  folded: string,
  bits: number,
  frames: number,
  hashed: ArrayLike<number> | null,
  rules: readonly IndexedRule[],
  scored: boolean,
  signal?: SafetySignal,
): SafetyFinding | null {
  const context = new MessageContext(text, folded);
  const found = new Set<SafetyConcern>();
  let urgent = false;
  let evidence = '';
  let language: SafetyLanguage = 'en';
  let bestRank = CONCERN_ORDER.length;
  for (const rule of rules) {
    if (found.has(rule.concern) && (urgent || !rule.urgent)) continue;
    const match = holdingMatch(rule, folded, context);
    if (match === null) continue;
    const rank = CONCERN_ORDER.indexOf(rule.concern);
    if (rank < bestRank) {
      bestRank = rank;
      evidence = match[0].trim();
      language = rule.language;
    }
    found.add(rule.concern);
    if (rule.urgent) urgent = true;
  }
  if (scored) {
    const active = featuresOf(folded, bits, found, frames, hashed ?? undefined);
    const meansOnly = (bits & STRONG_MASK) === MEANS;
    weights ??= weightTable(model);
    const scores = probabilities(model, weights, active);
    for (const [k, concern] of RULE_CONCERNS.entries()) {
      if (meansOnly && concern === 'self_harm' && found.size === 0 && SCENERY.test(folded)) continue;
      // self-harm long stopped, as for the rules (ruleHolds)
      if (concern === 'self_harm' && longStopped(folded) !== null) continue;
      const bar =
        meansOnly && concern === 'self_harm'
          ? Math.max(MEANS_ONLY_BAR, model.thresholds[concern])
          : model.thresholds[concern];
      if (found.has(concern)) continue;
      if (signal !== undefined) signal.margin = Math.max(signal.margin ?? 0, (scores[k] as number) / bar);
      if ((scores[k] as number) < bar) continue;
      found.add(concern);
      if (concern === 'self_harm' && (bits & URGENT_MEANS) === URGENT_MEANS) urgent = true;
      const rank = CONCERN_ORDER.indexOf(concern);
      if (rank < bestRank) {
        bestRank = rank;
        evidence = folded.length > 80 ? `${folded.slice(0, 79)}…` : folded;
      }
    }
  }
  if (found.size === 0) return null;
  const concerns = CONCERN_ORDER.filter((c) => found.has(c));
  return { concern: concerns[0] as SafetyConcern, concerns, urgent, evidence, language };
}

/** the check without its index: every rule on every message, for the test that the index never hides a match */
export function checkWithoutGate(text: string): SafetyFinding | null {
  const folded = foldForSafety(text);
  return checkFolded(text, folded, conceptsAsMeant(text), framesOf(text), hashedOf(text), RULES, opensScore(text));
}
