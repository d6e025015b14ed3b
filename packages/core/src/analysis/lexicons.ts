// our own small English word lists for the insights: function-word categories, we/you, affection, bids

/** the eight function-word categories of language style matching (Ireland & Pennebaker 2011) */
export type StyleCategory =
  | 'pronouns'
  | 'articles'
  | 'auxiliaries'
  | 'adverbs'
  | 'prepositions'
  | 'conjunctions'
  | 'negations'
  | 'quantifiers';

export const STYLE_CATEGORIES: readonly StyleCategory[] = [
  'pronouns',
  'articles',
  'auxiliaries',
  'adverbs',
  'prepositions',
  'conjunctions',
  'negations',
  'quantifiers',
];

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

/** written for this project; short common forms of texting English, apostrophes kept and dropped */
export const STYLE_WORDS: Readonly<Record<StyleCategory, readonly string[]>> = {
  pronouns: words(`
    i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves i'm im i've ive i'll ill i'd id
    we're we've we'll you're youre you've you'll you'd u ur he's she's it's they're theyre
    this that these those someone somebody something anyone anybody anything everyone everything`),
  articles: words('a an the'),
  auxiliaries: words(`
    am is are was were be been being have has had having do does did doing will would shall should
    can could may might must gonna wanna gotta`),
  adverbs: words(`
    really very so just too also quite pretty actually probably maybe soon again already still even
    almost always usually often sometimes rarely ever here there now then today tonight later
    yet only well totally literally basically definitely honestly`),
  prepositions: words(`
    about above across after against along among around at before behind below beside between beyond
    by down during for from in inside into like near of off on onto out outside over past since
    through to toward towards under until up upon with within without`),
  conjunctions: words(
    'and but or so because cause cuz although though while if unless whereas whether nor yet than as',
  ),
  negations: words(`
    no not never none nothing nobody nowhere neither nor nope nah don't dont doesn't doesnt didn't didnt
    isn't isnt aren't arent wasn't wasnt weren't werent can't cant couldn't couldnt won't wont
    wouldn't wouldnt shouldn't shouldnt haven't havent hasn't hasnt hadn't hadnt ain't aint`),
  quantifiers: words(`
    all any some many much more most few fewer less least lots lot plenty several each every both
    half enough whole none tons bunch`),
};

export const WE_WORDS = words("we us our ours ourselves we're we've we'll we'd lets let's");
export const YOU_WORDS = words("you your yours yourself yourselves you're youre you've you'll you'd u ur");

/** words of warmth and care; heart and kiss emoji are recognised separately */
export const AFFECTION_WORDS = words(`
  love loves loved loving luv ily miss missed missing babe baby darling sweetheart honey hun hon
  cutie handsome gorgeous beautiful adore xoxo xo xx xxx kiss kisses hug hugs cuddle cuddles
  dear sweetie`);

/** whole replies that carry almost nothing (a message of exactly one of these) */
export const ONE_WORD_REPLIES = words(`
  k kk ok okay oki okey fine sure yeah yea ya yep yup yes no nope nah idk dunno mhm mm hm hmm cool
  whatever lol ok. alright np ty thx nvm`);

/** words that open a bid for connection: shared news, invitations, things to look at, feelings */
export const BID_WORDS = words(`
  guess look check watch listen omg wow saw found heard remember imagine news feel feeling felt
  wanna want dinner tonight weekend`);

/** words that flip the sentiment of the next three words */
export const NEGATORS = words(`
  not no never none nobody nothing neither nor nowhere without don't dont doesn't doesnt didn't didnt
  isn't isnt aren't arent wasn't wasnt weren't werent can't cant cannot couldn't couldnt won't wont
  wouldn't wouldnt shouldn't shouldnt haven't havent hasn't hasnt hadn't hadnt ain't aint rarely seldom`);
