// a joke marker taken back: "not kidding", "jk… not jk", "no es broma", "kein Scherz", "je rigole pas"

/**
 * Words, on folded text, that say a message is meant, in the five languages. They hold a joke marker of their own
 * ("kidding", "jk", "broma", "scherz", "rigole", "brincadeira"), so without this a plea such as "i'm not kidding, i
 * want to die" read as a joke and was passed over.
 */
const DENIED_JOKE = new RegExp(
  [
    "\\b(?:not|no|isn'?t|ain'?t|never|im not|i'?m not|i am not)(?: even| really| just)? (?:kidding|joking|jk|j/k)\\b",
    '\\bno (?:es|era|lo digo en) (?:broma|joda|chiste|cona)\\b|\\bno (?:estoy )?bromeando\\b|\\bsin bromas?\\b|\\bfuera de broma\\b',
    '\\b(?:kein|keine|keinen|ohne|nicht (?:im|als|zum)) (?:scherz|witz|spass)\\b',
    "\\bje (?:ne )?(?:rigole|plaisante|blague) (?:pas|plus)\\b|\\bc'est (?:pas|plus) (?:pour rire|une blague|drole)\\b|\\bce n'est pas (?:pour rire|une blague)\\b",
    '\\bnao (?:e|eh|ta|to|tou|estou|estava|foi) (?:de )?(?:brincadeira|brincando|zoeira|zoando|piada)\\b|\\bsem (?:brincadeira|zoeira)\\b|\\bfora de brincadeira\\b|\\bmas (?:e|eh) serio\\b',
  ].join('|'),
);

/**
 * Whether folded text takes a joke marker back ("jk... not jk. i want to die"): then it is read as meant, and no
 * laughing or "jk" elsewhere in it makes it a joke.
 * @example jokeDenied("i'm not kidding, i want to die") // true
 */
export const jokeDenied = (folded: string): boolean => DENIED_JOKE.test(folded);
