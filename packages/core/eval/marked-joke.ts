// whether a message marks itself as a joke: laughter or a joke marker, in any of the five languages, read from the text alone

/** laughter written out, as a whole word: haha, jajaja, hehe, hihi, jsjs, kkkk, rsrs, and their short forms */
const LAUGHTER =
  /(?<![\p{L}\p{N}])(?:(?:h+a+){2,}h*|a?(?:j+a+){2,}j*|(?:h+e+){2,}h*|(?:h+i+){2,}h*|(?:j+e+){2,}j*|(?:js){2,}j?|k{3,}|(?:rs){2,}|lo+l+|lmf?a+o+|rofl|lel|xd+|ptdr|mdr+|jk|jajas?)(?![\p{L}\p{N}])/iu;

/** saying it was a joke: "just kidding", "es broma", "c'est une blague", "nur Spaß", "tô brincando"; not "no es broma" */
const SAID_JOKING =
  /(?<![\p{L}\p{N}])(?<!(?:no|não|nao|not|n['’]|ne) )(?:just (?:kidding|joking)|(?:i['’]?m) (?:kidding|joking)|(?:es|era) (?:una )?broma|(?:es|era) (?:un )?chiste|de broma|c['’]?est (?:une )?blague|je (?:rigole|plaisante)|pour rire|nur (?:ein )?(?:spa(?:ß|ss)|scherz|witz)|war (?:nur )?(?:ein )?(?:spa(?:ß|ss)|scherz|witz)|(?:t[ôo]|estou|to) (?:brincando|zoando)|(?:é|e|foi) (?:s[óo] )?(?:brincadeira|zoeira|zueira))(?![\p{L}\p{N}])(?! pas\b)/iu;

/** emoji that laugh: tears of joy, rolling on the floor, the skull of "I'm dead", a cat with tears of joy, grinning squint */
const LAUGHING_EMOJI = /\u{1F602}|\u{1F923}|\u{1F480}|\u{1F639}|\u{1F606}/u;

/**
 * Whether the text marks itself as a joke: laughter written out (lol, lmao, haha, jaja, kkkk, rsrs, mdr), a laughing
 * emoji (😂 🤣 💀), or words saying it was a joke ("jk", "es broma", "nur Spaß"). A mark only: a real cry for help can
 * carry one too. The thresholds count such messages like any other with no concern; the evaluations report the
 * false alarms on them apart (decision 172).
 *
 * @example markedJoke('kms lol') // true
 * @example markedJoke('I want to die') // false
 */
export const markedJoke = (text: string): boolean =>
  LAUGHTER.test(text) || LAUGHING_EMOJI.test(text) || SAID_JOKING.test(text);
