// a light language guess for one chat message: the writing system first, then common words and letters

/** the languages this guess can name (ISO 639-1); `und` when a message gives too little to go on */
export type LanguageCode = string;

export interface LanguageGuess {
  /** ISO 639-1 code, or `und` when nothing in the message points to a language ("ok", "😂", a name) */
  readonly language: LanguageCode;
  /** 0..1: how much of the evidence points to that language */
  readonly confidence: number;
}

/**
 * Very common words of each Latin-script language, as people text them. A word shared by several
 * languages counts for each of them a share (1 / how many lists hold it).
 */
const WORDS: Readonly<Record<string, string>> = {
  en: "in as be these they're now off too very much here the and you i to is it that a of my me not what are was for with this have but just so do be we your don't dont i'm im it's its can why how love miss ok okay yeah yes no please sorry when where there they he she them will would if at on all get got know want think going really time today now u ur cant can't wanna gonna hey hi thanks thank good night morning did does didn't been were our us him her who which could should about from out up some any one lol omg because cause tonight tomorrow again still never always something anything nothing feel",
  es: 'el la los las de que y en un una es no por para con me mi te tu se lo le pero mas porque como estoy estas esta eres soy siempre nunca nada todo muy ya bien hola gracias quiero puedo tengo hoy manana tambien donde cuando si esto eso vale amor ahora hace hacer vamos pues bueno jaja oye nos les del al ni ti contigo conmigo algo tienes quieres puedes estamos vas voy sabes creo entonces aqui mucho poco',
  de: 'der die das und ist ich du nicht ein eine zu mit es sich auf dem den fur von wie was warum immer nie auch aber mich dich mir dir bin bist sind hast habe hab wir ihr sie noch schon nur ja nein doch mal bitte danke heute morgen gut jetzt wenn weil dass kannst kann will willst mehr sehr hier da wo einfach liebe oder nach bei um zum zur kein keine alles nichts schatz hat war hatte wird werde eigentlich gerade',
  fr: "le la les de des du et est je tu il elle nous vous ils que qui ne pas un une en dans pour sur avec mais ou mon ma mes ton ta tes me te se moi toi c'est j'ai suis es sont fait tout tres bien oui non merci pourquoi toujours jamais rien plus ce ca au aux quoi comment quand aussi deja encore veux peux faut alors bon salut bisous ai as on leur t'es j'suis chez",
  pt: 'o a os as de do da dos das e que nao um uma em no na para pra com por eu voce vc tu ele ela nos meu minha seu sua te me se mais mas muito bem sim obrigado obrigada porque sempre nunca nada tudo estou esta ta to sou sao foi vai vou quero posso tenho hoje amanha tambem onde quando isso isto aqui agora fazer ainda ja entao ne kkk kkkk beijo amor saudade contigo comigo tava estava voces vcs',
  it: 'il lo la gli le di che e non un una per con sono sei mi ti ci si ma anche perche sempre mai niente tutto molto bene grazie ciao oggi domani dove quando questo quello io tu lui lei noi voi mio mia tuo tua cosa come piu gia ancora voglio posso ho hai ha abbiamo della del nel nella alla al dai va bello',
  nl: 'de het een en van ik je jij is niet dat die wat waarom altijd nooit op te in met voor zijn ben bent hebt heb heeft maar ook nog al wel geen mij me jou jouw we wij ze hij zij er hier daar dan als want dus graag dank bedankt vandaag morgen goed hoe wie waar wanneer kan wil moet gaan lief schat',
  tr: 'bir bu da de ne ben sen biz siz icin ile cok daha ama neden niye her hic yok var degil mi mu gibi kadar sey beni seni bana sana evet hayir tamam tesekkurler merhaba canim askim nasil nerede simdi bugun yarin',
  pl: 'w na nie sie to jest ze z do co jak ale o ja ty on ona my wy mnie cie ciebie mi ci tak juz czy dlaczego zawsze nigdy nic wszystko bardzo dobrze dziekuje czesc kocham jestem jestes mam masz tylko jeszcze teraz dzisiaj jutro gdzie kiedy',
  id: 'yang dan di ke dari ini itu aku kamu saya tidak nggak gak ga apa kenapa mengapa selalu pernah sudah udah belum ada dengan untuk juga tapi sama lagi mau bisa sayang makasih hari besok sekarang dimana kapan iya kok dong sih',
  sv: 'och att det som en pa ar av for med till den har inte om ett jag du han hon vi ni mig dig min din varfor alltid aldrig inget allt mycket bra tack hej idag imorgon var nar nu ocksa men kan vill ska',
};

/** letters that only some Latin-script languages use, each worth a word of evidence */
const LETTERS: readonly (readonly [RegExp, readonly LanguageCode[]])[] = [
  [/[ñ¿¡]/, ['es']],
  [/[ß]/, ['de']],
  [/[äöü]/, ['de', 'sv', 'tr']],
  [/[ãõ]/, ['pt']],
  [/[ç]/, ['fr', 'pt', 'tr']],
  [/[èêëœîïûù]/, ['fr', 'it']],
  [/[ğşı]/, ['tr']],
  [/[łśżźąęćń]/, ['pl']],
  [/[å]/, ['sv']],
];

/** writing systems that name their language on their own: [first code point, last code point, language] */
const SCRIPTS: readonly (readonly [number, number, LanguageCode])[] = [
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x1100, 0x11ff, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'ar'],
  [0x0750, 0x077f, 'ar'],
  [0x0400, 0x04ff, 'ru'],
  [0x0370, 0x03ff, 'el'],
  [0x0900, 0x097f, 'hi'],
  [0x0980, 0x09ff, 'bn'],
  [0x0b80, 0x0bff, 'ta'],
  [0x0e00, 0x0e7f, 'th'],
  [0x10a0, 0x10ff, 'ka'],
  [0x0530, 0x058f, 'hy'],
];
/** letters that tell a language apart from its neighbour in the same script */
const SCRIPT_VARIANTS: readonly (readonly [RegExp, LanguageCode, LanguageCode])[] = [
  [/[\u067e\u0686\u0698\u06af]/, 'ar', 'fa'],
  [/[\u0456\u0457\u0454\u0491]/, 'ru', 'uk'],
  [/[\u3040-\u30ff]/, 'zh', 'ja'],
];

const LATIN_LANGUAGES = Object.keys(WORDS);
/** word → the indexes (in LATIN_LANGUAGES) of the languages whose list holds it */
const LISTS = new Map<string, number[]>();
LATIN_LANGUAGES.forEach((language, index) => {
  for (const word of (WORDS[language] ?? '').split(' ')) {
    const holders = LISTS.get(word) ?? [];
    if (!holders.includes(index)) holders.push(index);
    LISTS.set(word, holders);
  }
});
const LETTER_HOLDERS: readonly (readonly [RegExp, readonly number[]])[] = LETTERS.map(([pattern, languages]) => [
  pattern,
  languages.map((l) => LATIN_LANGUAGES.indexOf(l)),
]);
/** scores per language, reused between calls */
const scores = new Float64Array(LATIN_LANGUAGES.length);

/** one word of evidence, shared among the languages that hold it */
function addShares(languages: readonly number[]): void {
  for (const index of languages) scores[index] = (scores[index] ?? 0) + 1 / languages.length;
}

const MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^\u0020-\u007e]/;
const UNDETERMINED: LanguageGuess = { language: 'und', confidence: 0 };

/**
 * Guesses the language of one message: a non-Latin writing system names it at once; Latin text is scored
 * on very common words and telling letters. Short or empty messages give `und`.
 * @example detectLanguage('¿Por qué siempre me ignoras?').language // "es"
 */
export function detectLanguage(text: string): LanguageGuess {
  let latin = 0;
  let other = 0;
  let script: LanguageCode | null = null;
  // only text in another writing system needs counting by script
  let counts: Map<LanguageCode, number> | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f)) latin++;
    else if (code >= 0x370 && code < 0xd800) {
      const hit = SCRIPTS.find(([from, to]) => code >= from && code <= to);
      if (hit) {
        other++;
        counts ??= new Map<LanguageCode, number>();
        const count = (counts.get(hit[2]) ?? 0) + 1;
        counts.set(hit[2], count);
        if (count > (script === null ? 0 : (counts.get(script) ?? 0))) script = hit[2];
      }
    }
  }
  if (script !== null && other >= latin) {
    let language = script;
    for (const [pattern, from, to] of SCRIPT_VARIANTS) if (language === from && pattern.test(text)) language = to;
    return { language, confidence: other / (other + latin) };
  }
  if (latin === 0) return UNDETERMINED;

  const lower = text.toLowerCase();
  scores.fill(0);
  const plain = !NOT_ASCII.test(lower);
  if (!plain) for (const [pattern, languages] of LETTER_HOLDERS) if (pattern.test(lower)) addShares(languages);
  const folded = plain ? lower : lower.normalize('NFD').replace(MARKS, '').replace(/[’‘]/g, "'");
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || code === 39) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const word = folded.slice(start, i);
      const holders = LISTS.get(word) ?? (word.includes("'") ? LISTS.get(word.replace(/'/g, '')) : undefined);
      if (holders) addShares(holders);
      start = -1;
    }
  }
  let best = -1;
  let bestScore = 0;
  let total = 0;
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index] ?? 0;
    total += score;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  if (best < 0 || bestScore < 0.75) return UNDETERMINED;
  return { language: LATIN_LANGUAGES[best] ?? 'und', confidence: bestScore / total };
}
