import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSafetySet, SAFETY_DEV_FILE, SAFETY_HOLDOUT_FILE } from '../../eval/safety-metrics.ts';
import { coachMessage } from '../../src/coach/index.ts';
import { detectLanguage } from '../../src/language/detect-language.ts';
import { checkWithoutGate, opensScore, ruleSources, rulesFingerprint, rulesFound } from '../../src/safety/check.ts';
import { conceptsOf, STRONG_MASK } from '../../src/safety/concepts.ts';
import { framesOf, framesOpen } from '../../src/safety/frames.ts';
import { checkSafety, foldForSafety } from '../../src/safety/index.ts';
import { requiredLiterals } from '../../src/safety/literals.ts';
import storedModel from '../../src/safety/model.json';
import { featuresOf, probabilities, RULE_CONCERNS, type SafetyModel, weightTable } from '../../src/safety/scorer.ts';

describe('the safety check', () => {
  it.each([
    ["I don't want to be alive anymore", 'self_harm'],
    ['I want to kill myself', 'self_harm'],
    ['everyone would be better off without me', 'self_harm'],
    ["I'm going to end it tonight", 'self_harm'],
    ['nobody would miss me if I was gone', 'self_harm'],
    ['kms fr', 'self_harm'],
    ['thinking about how to unalive myself', 'self_harm'],
    ["he hits me when he's angry", 'abuse'],
    ['my husband beats me', 'abuse'],
    ['he chokes me when we fight', 'abuse'],
    ['she takes my wages and gives me an allowance', 'abuse'],
    ["I'm going to kill you", 'danger'],
    ['I know where you live', 'danger'],
    ["you're worthless, I'll make you pay for this", 'danger'],
    ['No quiero seguir viviendo', 'self_harm'],
    ['Ich will nicht mehr leben', 'self_harm'],
    ['je veux mourir', 'self_harm'],
    ['não quero mais viver', 'self_harm'],
    ['mi marido me pega cuando bebe', 'abuse'],
    ['er schlägt mich', 'abuse'],
    ['il me frappe', 'abuse'],
    ['ele me bate', 'abuse'],
    ['my husband is going to kill me when I get home from work', 'danger'],
    ['me voy a matar, perdí el trabajo', 'self_harm'],
    ['when he gets back he is going to kill me', 'danger'],
    ['en dos horas llega mi marido y me va a matar', 'danger'],
    ["Honestly I'd be better off dead than without you.", 'self_harm'],
    ["If you leave, I don't know what I'll do to myself.", 'self_harm'],
    ["If you walk away I can't promise I'll be safe.", 'self_harm'],
    ["If you end this I honestly don't trust myself tonight.", 'self_harm'],
    ["you left me. i'm not gonna live anymore", 'self_harm'],
    ['I am honestly not going to be alive much longer, I can feel it', 'self_harm'],
  ] as const)('finds %j as %s', (text, concern) => {
    expect(checkSafety(text)?.concerns).toContain(concern);
  });

  it('says an overdose already taken is urgent, and thoughts are not', () => {
    expect(checkSafety('I took all my pills')).toMatchObject({ concern: 'self_harm', urgent: true });
    expect(checkSafety('I keep thinking about killing myself')).toMatchObject({ concern: 'self_harm', urgent: false });
  });

  it.each([
    "I'm dying to see you",
    'this heat is killing me',
    "you're killing it",
    'my phone died',
    'she beat me at chess',
    'hit me up later',
    'I volunteer at a suicide prevention line',
    "I don't want to die, I want to live a long life with you",
    'he never hit me, he is gentle',
    'me muero de ganas de verte',
    'me bateu uma saudade de você',
    'ich sterbe vor Hunger',
    'je suis mort de rire',
    'that is so odd',
    'I could murder a pizza',
    'mi jefe me va a matar, perdí el informe otra vez',
    'ce boulot va me tuer, trois réunions aujourd’hui',
    'I can’t deal with anything else tonight',
    'if you want i’ll pick you up at eight',
    "I don't trust myself around cake anymore",
    "I'm not going to live like this anymore, I'm booking the therapist",
    "I'm not gonna live in that flat anymore, the landlord is a nightmare",
    "I'm not better off dead, I know that now",
    "you'll be better off with the blue one",
  ])('keeps idioms and talk about the topic apart: %j', (text) => {
    expect(checkSafety(text)).toBeNull();
  });

  it.each([
    ["i'd rather die than go to ikea on a saturday again", "i'd rather die than live like this"],
    ['me voy a matar a estudiar este finde', 'me voy a matar, no aguanto más'],
    ['mi abuela se va a morir del disgusto si no vamos', 'quiero morirme'],
    ["i'll shoot you the address for the restaurant", "i'll shoot you if you come back here"],
    ['mi abuela nos dio una paliza al chinchón', 'mi marido me dio una paliza anoche'],
    ["ma fille m'a tuée avec son pistolet à eau", "il a sorti un pistolet et me l'a pointé dessus"],
    ['essa dor nas costas vai me matar', 'o meu marido vai-me matar, tenho medo dele'],
    ['a minha avó vai-me matar se eu não for ao almoço', 'ele leva a chave e eu fico presa em casa'],
    ['esqueci a chave, tu tá em casa?', 'ele tranca a porta e leva a chave, fico presa em casa'],
    ['ma cheffe va me pendre haut et court', 'je vais me pendre ce soir'],
    ['how many kms on a used car is too many', 'i want to kms tonight'],
    ['so you are gonna break up with him?', "i'm gonna break your phone"],
    ["he's gonna be in the next smash bros", "he said he's gonna smash my car"],
    ['you just threw me a lifeline, thank you', 'he threw me against the wall'],
    ['standing on the platform, train is late again sorry', "standing on the roof and i can't do this anymore"],
    ['up on the roof fixing the gutter, can’t talk', 'on the tracks, nobody will miss me'],
    ['Stehe am Gleis, Zug kommt gleich, warte noch', 'ich stehe auf der Brücke, ein letztes Mal'],
    ['estoy en el puente, se acabó el tráfico por fin', 'estoy en el puente, adiós para siempre'],
    ["je suis sur le pont, c'est fini pour aujourd'hui le boulot", 'je suis sur le pont, adieu'],
    ['tô na ponte, acabou o trânsito', 'tô na ponte, adeus'],
    ['goodbye forever to that wobbly ladder, bought a new one', 'goodbye forever to my family, im sorry'],
    ['I really need a dentist, this tooth is killing me', 'you will need a dentist when im done with you'],
    ['it would be a shame if it rained on the bbq', 'it would be a shame if something happened to your car'],
    ['accidents happen, dont worry about the vase', 'see what happens to you if you tell anyone'],
    ['the blade on the lawnmower is stuck again', 'hes outside with a knife'],
    ['filled up with petrol, waiting in the car for you', 'she threw acid at me'],
    ['ya eché gasolina, estoy esperando en el coche', 'le voy a echar gasolina a tu casa'],
    ['schneid das mit einem Messer', 'er kam mit einem Messer auf mich zu'],
    ['coupe-le avec un couteau', "il m'a menacée avec un couteau"],
    ['mi padre se fue de caza con la escopeta, vuelve mañana', 'he took his hunting rifle and pointed it at me'],
    ['abusing antibiotics like that is how you get resistant bacteria', 'what he does to me is abuse'],
    ['ce dossier va me tuer je te jure', "il va me tuer, j'ai peur de lui"],
    ['asado el domingo, lleva el cuchillo bueno', 'mi ex lleva un cuchillo y me está esperando afuera'],
    ['he beat me at dominoes again', 'he beat me again last night'],
    ['el barça nos pegó una paliza, 5-0, qué vergüenza', 'mi novio me pegó una paliza anoche'],
    ["il m'a battu au babyfoot, 10-2, la honte", "il m'a battu hier soir, j'ai peur"],
    ['ela me bateu no tênis de novo, 6x2', 'ele me bateu de novo ontem'],
    ['they beat us again, 21-15, rematch tomorrow', 'he beat me 2-3 times last week'],
    [
      'der tatort gestern war heftig, der mann hat seine frau im keller eingesperrt',
      'er hat mich im keller eingesperrt',
    ],
    [
      'it was on the news, a man was arrested for hitting his wife downtown',
      'the guy next door is hitting his wife again',
    ],
    [
      'we watched a film where he locked her in the basement',
      'we were watching a film and he locked me in the bathroom',
    ],
    ['estoy reventada, el gimnasio hoy me mató', 'si me dejas me mato'],
    ["mon patron va me tuer si j'arrive encore en retard", "ce soir je vais me tuer, j'en peux plus"],
    ['faz 5 anos que parei de me cortar e hoje me sinto forte', 'vou me cortar hoje de novo'],
    ['anoche vi un documental sobre violencia de género, re fuerte', 'lo que vivo en casa es violencia de género'],
    ['we did a workshop on coercive control at work today', 'what he does to me is coercive control'],
    [
      'six years since i last self harmed. therapist said we should celebrate',
      'it had been three years since i last self harmed and last night i did it again',
    ],
    [
      'ça fait 8 ans que je me suis pas scarifiée, je suis fière de moi',
      'ça fait des mois que je me scarifie les bras',
    ],
    ['4 years clean from self harm today', 'ive been really bad. like the cuts bad. 11 months clean gone'],
    ['te reviento en el fifa esta noche', 'te reviento la cara si sales con él'],
    ['ich mach dich fertig beim mario kart heut abend', 'ich mach dich fertig wenn du zur polizei gehst'],
    ['la selectividad me va a matar', 'mi marido me va a matar, tengo miedo'],
    [
      "you'd all manage fine without me this weekend, the freezer's full",
      "you'd all manage fine without me. better, probably",
    ],
    ["my mum will kill me if we're late to lunch again", "he'll kill me if he finds this"],
    ['if you go to the shop ill take the bins out', "if you go to that party i'll take every pill in the cabinet"],
    [
      "if you go to the shop i'll make sure the kettle is on",
      "if you go on that trip i'll make sure your boss hears about your little secret",
    ],
    [
      "if you go to your mum's take the car, i'll drive the van into town",
      "if you go to your mum's i'll drive the car into a wall",
    ],
    ['picked up the co-codamol from the pharmacy for your mum', 'took all of the co-codamol about an hour ago'],
    ['did you take all your tablets today grandad?', 'i took all my pills, im sorry'],
    ["i'm sure you had a much better time without me", "you'd all have a better life without me"],
    [
      'pode olhar meu celular quando quiser, quem não deve não teme',
      'quero a senha do teu celular hoje. quem não deve não teme',
    ],
    [
      'Bin in der Garage, der Motor läuft nicht mehr, Batterie ist leer',
      'ich sitz im auto in der garage und der motor läuft',
    ],
    ['Nadie te va a querer como yo te quiero', 'nadie más te va a querer, eres una inútil'],
    ["Got the job!! You won't have to worry about me anymore mum", "fine. you won't have to worry about me anymore"],
    [
      "Mum, answer your phone or I'm coming over, I'm worried about you",
      "send me a pic of who you're with. rn. or i'm coming there",
    ],
    ["quiet shift tonight, so i'll ring on my break", "i'll break your neck"],
    ["i'll get you a glass of water", 'i swear i will break every bone in his body'],
    ['who said you could be this cute first thing in the morning?', 'who said you could go out with your coworkers??'],
    ['remember to take all your meds after dinner x', 'you took all your pills?? im calling 999'],
    ['the roads are not safe tonight, stay in', "short version: i'm not safe tonight. i keep looking at the pills"],
    ["i don't trust myself with cake in the house", "i don't trust myself alone tonight"],
    ['planning how to end the party, fireworks?', "i've been planning how to end things and it's all i think about"],
    ["if i don't wake up by 8 call me, i'll be late", "tbh if i didn't wake up tmrw i wouldn't mind"],
    ['the magician made the coin disappear. forever lol', 'i want to disappear. permanently. not like a holiday'],
    ["i tried the new gym and i'm kinda mad i didn't go sooner", "i tried last month and i'm kinda mad it didn't work"],
    [
      'punching the bag at boxing till my arms ache',
      "i've been punching walls till my knuckles bleed just to feel something",
    ],
    ['my nan hoards yoghurt pots', "i've been hoarding my pain meds since the op"],
    ['the voices in this podcast are so soothing', 'the voices say i should do it and honestly they make sense'],
    ["what i'd write in the card for her birthday?", "every night i practise what i'd write in the note"],
    [
      "you won't have to worry about me at the party, i'll get a taxi",
      "fine. you won't have to worry about me anymore",
    ],
    ['ich sitz im auto in der garage und warte auf dich', 'ich sitz im auto in der garage und der motor läuft'],
    ['ich hab den bus genommen, bin gleich da', 'ich hab grad die hälfte von den schlaftabletten genommen'],
    ['ich mach schluss für heute, tschüss büro', 'ich mach schluss. mit allem. pass gut auf die katze auf'],
    ['se cortó la luz otra vez', 'mi amiga se cortó los brazos anoche'],
    ['fiz um corte de cabelo novo', 'fiz um cortezinho hoje de novo. no braço'],
    ['je me suis encore coupé les cheveux trop court', 'je me suis encore coupée ce soir'],
    ['prefiero morirme antes que ir a ikea', 'prefiero morirme que pasar otro invierno así'],
    [
      'o meu avô diz que já viveu o suficiente para saber que a avó cozinha melhor',
      'o meu avô recusa comer, diz que já viveu o suficiente',
    ],
    ["j'ai acheté un rasoir au cas où tu oublies le tien", 'je me suis acheté une lame. au cas où'],
    ['acho que não chego ao jantar, trânsito horrível', 'acho que não chego ao natal. não te preocupes comigo'],
    [
      'threw away the expired condoms from the bathroom drawer',
      'ele escondeu minha pílula pra eu engravidar, descobri hoje',
    ],
    [
      'quem não deve não teme, é o lema do meu chefe sobre auditoria',
      'quero a senha do teu celular hoje. quem não deve não teme',
    ],
    ['i found an airtag in my bag, i forgot i put it there for the trip', 'found an airtag taped under my car seat'],
    ['logged into my email at work and it was full of spam', 'er hat sich in mein icloud eingeloggt und liest alles'],
    ['move your car into my space, the landlord is coming', 'move your whole wage into my account by tomorrow'],
    ["i'll break my neck in these heels", "my cousin's husband told her he'd break her legs if she went"],
    ['brich dir nicht die finger beim klettern', 'wenn du noch einmal mit ihm redest, dann brech ich dir die finger'],
    ['se eu te vejo amanhã te conto tudo', 'se eu te vejo com outro mato os dois'],
    [
      "send me the photo of the recipe or i'm coming over to see it myself lol",
      "send me a pic of who you're with. rn. or i'm coming there",
    ],
    ['ring me when you are done or i will come over and get you', 'standort an. sofort. sonst komm ich vorbei'],
    ['me cortei ralando cenoura kkk', 'me cortei de novo ontem à noite'],
    ['if you go to the shop ill make dinner', 'if u leave me ill jump off the balcony, i swear to god'],
    ['wenn du gehst, spring ich schnell unter die Dusche', 'wenn du gehst spring ich vom balkon'],
    ['si te vas me tiro en el sofá a ver la serie', 'si te vas nos tiramos los dos de la azotea'],
    ['come down from the roof, dinner is ready', 'come down off the roof please, im on my way'],
  ])('reads the figure of speech %j as nothing, and still finds %j', (idiom, meant) => {
    expect(checkSafety(idiom)).toBeNull();
    expect(checkSafety(meant)).not.toBeNull();
  });

  it.each([
    'we will see we will see',
    'did you take all your tablets today grandad?',
    "quiet shift tonight, so i'll ring on my break",
    'Bin in der Garage, der Motor läuft nicht mehr, Batterie ist leer',
    'pode olhar meu celular quando quiser, quem não deve não teme',
    "Got the job!! You won't have to worry about me anymore mum",
    "i'm gonna smash it at the interview tomorrow",
    'gonna smash this exam 💪',
    "i'm gonna smash my face into this cake",
  ])('raises nothing on everyday words: %j', (text) => {
    expect(checkSafety(text)).toBeNull();
  });

  it.each([
    'six months since i stopped taking my meds and i want to die',
    "three years since i last saw my kids and i'm going to kill myself",
    'llevo tres meses sin trabajo y ya no quiero vivir, quiero matarme',
    'he threatened to kill her tonight. any news?',
    'dad says he will kill us tonight',
    'my husband will kill me, he already hurt my dog',
    'he threatened to kill me at bingo',
    'he beats me, since 3-4 years',
    'Mi novio me pegó otra vez, uno de estos días me mata',
    "give me your phone so i can check the messages, i know you're texting him",
    'el sábado me mato',
    'did you take all the pills?',
    "it's been 3 years since i last self harmed but tonight i want to die",
    'hace dos años que dejé de cortarme pero hoy quiero morirme',
    'Ich hab das Abitur nicht bestanden, ich will mich umbringen',
    'did you take all your pills at once?? answer me please',
    "mum says she's going to kill me and then herself",
    'Mein Mann hat mich wieder geschlagen, weil Bayern das Spiel verloren hat',
    'el profe me dijo que me va a matar si se lo cuento a alguien',
    'she said he would kill her, just like that guy in the netflix show',
    'my husband is going to kill us all when he gets home',
    "I swear I'll break a bottle over his head",
    "j'vas me tuer, j'en peux plus",
    "i'll smash it over his head",
    'im gonna smash him',
    "i'm going to smash his face in",
  ])('keeps a concern that a guard for figures of speech could hide: %j', (text) => {
    expect(checkSafety(text)).not.toBeNull();
  });

  it.each([
    'if u leave me ill jump off the balcony, i swear to god',
    'wenn du mich verlässt springen wir zusammen vom dach',
    'si tu pars je saute du pont',
    'se me deixares atiro-me da varanda',
  ])('reads a jump promised if the partner leaves as self-harm and a hold on them: %j', (text) => {
    expect(checkSafety(text)?.concerns).toEqual(['self_harm', 'abuse']);
  });

  it.each([
    'he locked me out on the balcony again, its freezing',
    'mach die tür auf oder dein handy fliegt vom balkon und du hinterher',
  ])('reads being shut out in the cold, or thrown after a phone, as danger and abuse: %j', (text) => {
    expect(checkSafety(text)?.concerns).toEqual(['danger', 'abuse']);
  });

  it('lets a knife that cuts a thing pass, but never one that cut a person, by the rules alone', () => {
    expect([...rulesFound(foldForSafety('corta el pan con el cuchillo'))]).toEqual([]);
    expect([...rulesFound(foldForSafety('me cortó la cara con un cuchillo'))]).toContain('danger');
    expect([...rulesFound(foldForSafety('er hat mich mit einem Messer geschnitten'))]).toContain('danger');
  });

  it('leaves leaving early with the kids to the learned score: no phrase rule reads it as a hold over the children', () => {
    expect([...rulesFound(foldForSafety('if you leave early ill take the kids to school'))]).toEqual([]);
    expect([...rulesFound(foldForSafety('if you leave me ill take the kids and you will never see them'))]).toContain(
      'abuse',
    );
  });

  it('reads "he will kill me" in Portuguese as a threat from someone else, not as self-harm', () => {
    expect(checkSafety('o meu marido vai-me matar, tenho medo dele')?.concerns).not.toContain('self_harm');
    expect(checkSafety('vou me matar hoje')?.concerns).toContain('self_harm');
  });

  it('lets the learned score read a message that holds a word a phrase rule needs, even with no strong concept', () => {
    const near = 'i used to cut and last night i did it again';
    expect(conceptsOf(near) & STRONG_MASK).toBe(0);
    expect(opensScore(near)).toBe(true);
    expect(opensScore('can you pick up milk on the way home?')).toBe(false);
  });

  it('scores a message from its weight table exactly as from the weights by concern', () => {
    const model = storedModel as SafetyModel;
    const table = weightTable(model);
    const texts = [...loadSafetySet(SAFETY_DEV_FILE), ...loadSafetySet(SAFETY_HOLDOUT_FILE)].map((r) => r.text);
    for (const text of [...texts, 'he never hit me, he is gentle', 'I do not have a gun, I never did']) {
      const folded = foldForSafety(text);
      const rules = new Set(checkWithoutGate(text)?.concerns ?? []);
      const names = featuresOf(folded, conceptsOf(text), rules);
      const byName = RULE_CONCERNS.map((concern) => {
        const z = names.reduce((sum, name) => sum + (model.weights[concern][name] ?? 0), model.bias[concern]);
        return 1 / (1 + Math.exp(-z));
      });
      const direct = probabilities(model, table, names);
      for (const [k, p] of direct.entries()) expect(p).toBeCloseTo(byName[k] as number, 12);
    }
  });

  it('folds case, accents and curly quotes so one pattern reads them all', () => {
    expect(foldForSafety('ÉL ME PEGÓ’')).toBe("el me pego'");
  });

  it('gives the same answer with and without its quick gate, on every labelled message', () => {
    const rows = [...loadSafetySet(SAFETY_DEV_FILE), ...loadSafetySet(SAFETY_HOLDOUT_FILE)];
    const differing = rows.filter((r) => (checkSafety(r.text) === null) !== (checkWithoutGate(r.text) === null));
    expect(differing.map((r) => r.id)).toEqual([]);
  });
});

describe('the coach and the safety check', () => {
  it('points to emergency services first for an act already done', () => {
    const result = coachMessage('I took all my pills');
    expect(result.safety?.urgent).toBe(true);
    expect(result.safety?.message).toMatch(/emergency number straight away/);
    expect(result.safety?.resources[0]).toMatch(/911/);
  });

  it.each([
    '¿Por qué siempre me ignoras?? Nunca contestas, eres un egoísta',
    'Warum ignorierst du mich immer?? Du antwortest nie, du bist so egoistisch',
    "Pourquoi tu m'ignores toujours ?? Tu ne réponds jamais, t'es égoïste",
    'למה אתה תמיד מתעלם ממני?? אתה אף פעם לא עונה',
    'لماذا تتجاهلني دائما؟؟ أنت لا ترد أبدا',
  ])('does not call a message it cannot read kind: %j', (text) => {
    const result = coachMessage(text);
    expect(result.verdict).toBe('cannot_judge');
    expect(result.pressure).toBeNull();
    expect(result.language).not.toBe('en');
  });

  it('still runs the safety check on a message it cannot judge', () => {
    const result = coachMessage('No quiero seguir viviendo');
    expect(result.verdict).toBe('cannot_judge');
    expect(result.language).toBe('es');
    expect(result.safety?.concern).toBe('self_harm');
  });

  it('judges short and English messages as before', () => {
    expect(coachMessage('I miss you, see you tonight').verdict).toBe('send');
    expect(coachMessage('why are you ignoring me??').verdict).not.toBe('cannot_judge');
  });
});

describe('the language guess', () => {
  it.each([
    ['I miss you so much, call me when you can', 'en'],
    ['te extraño mucho, llámame cuando puedas', 'es'],
    ['ich vermisse dich so sehr, ruf mich an wenn du kannst', 'de'],
    ['tu me manques tellement, appelle-moi quand tu peux', 'fr'],
    ['estou com muita saudade, me liga quando puder', 'pt'],
    ['mi manchi tanto, chiamami quando puoi', 'it'],
    ['я очень скучаю по тебе', 'ru'],
    ['אני מתגעגע אליך', 'he'],
    ['会いたいです', 'ja'],
    ['Sam', 'und'],
    ['😂😂', 'und'],
  ])('reads %j as %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});

describe('the stored rule literals', () => {
  it('were made from the rules as they are (run npm run train:safety after changing a rule)', () => {
    const stored = JSON.parse(readFileSync(new URL('../../src/safety/rule-literals.json', import.meta.url), 'utf8'));
    expect(stored.fingerprint).toBe(rulesFingerprint());
    const fresh = ruleSources().map((source) => requiredLiterals(source));
    expect(stored.literals).toEqual(fresh);
  });

  it('never hands the word index a literal it would cut short ("k.o. tropfen" would be held as "k")', () => {
    expect(requiredLiterals('\\bk\\.o\\. tropfen\\b')).toBeNull();
    expect(requiredLiterals('\\bko tropfen\\b')).toEqual(['ko tropfen']);
    for (const literals of ruleSources().map((source) => requiredLiterals(source)))
      for (const literal of literals ?? [])
        expect(literal.split(/[^a-z0-9 '/-]/)[0]?.trim().length).toBeGreaterThanOrEqual(3);
  });
});

describe('the safety concepts', () => {
  it('hold only characters the word index reads, so no entry is cut short to a shorter, commoner start', async () => {
    const { CONCEPTS } = await import('../../src/safety/concepts.ts');
    for (const [name, list] of Object.entries(CONCEPTS)) {
      for (const entry of list.split('|')) expect(`${name}: ${entry}`).toMatch(/^[a-zA-Z]+: [a-z0-9' \-/]+\$?$/);
    }
  });

  it.each([
    'ya está decidido, no me busques',
    'seit sonntag nichts mehr gegessen, mit absicht',
    "the only thing stopping me is the cat, and she's fifteen",
    'he put a spy app on my phone, he quotes my texts back to me',
    'she has to approve every purchase i make, even bread',
    'lock it all you want, i still have a key',
    'tu sais comment je suis quand on me ment',
    "if i can't have you nobody can",
  ])('carry a strong concept in %j, worded the way the nineteenth and twentieth sets showed', (text) => {
    expect(conceptsOf(text) & STRONG_MASK).not.toBe(0);
  });

  it('open the score on "the point of any of it" with a listed word, where only the hashed score opened it before', () => {
    const text = 'what is even the point of any of it anymore';
    expect(conceptsOf(text) & STRONG_MASK).not.toBe(0);
    expect(checkSafety(text)?.concerns).toContain('self_harm');
  });

  it.each([
    'ich bring dich um 8 zum bahnhof, passt das?',
    'i broke that ugly vase on purpose, dont tell your mum 😂',
    "i have a key to your mum's, i'll water her plants on sunday",
    'the doctor says i can come off the pill in june if we want to try',
    'wait till i get home to open the presents!!',
    'llevo todo el día sin comer, qué hambre, ¿pedimos pizza?',
  ])('do not make the everyday look-alike %j a concern', (text) => {
    expect(checkSafety(text)).toBeNull();
  });
});

describe('everyday talk about other people, as the score learned it from outside text (decision 212)', () => {
  it.each([
    "He's such a brave little guy, the vet said so",
    'stay safe out there tonight everyone',
    'driving lessons with my dad again on sunday',
    'ugh I hate it when that happens',
    "No, no I'm not.",
    'And what happened after that?',
    "she's not happy with the new schedule",
    "I don't see the problem with it honestly",
    "he'll be gutted next season too",
    "love that guy so much, he's hilarious",
    "I'm scared to weigh myself after the holidays 😭",
    'regret not going to his gig',
    'Did he get the job in the end?',
    "I still can't believe he's in the final",
    'my head gets so cold without a hat',
  ])('is no concern: %j', (text) => {
    expect(checkSafety(text)).toBeNull();
  });

  // written with the lines above, before the retraining; still read as a threat, and left for now
  it.fails('is no concern yet: "He keeps his pens in that mug I got him"', () => {
    expect(checkSafety('He keeps his pens in that mug I got him')).toBeNull();
  });
});

describe('the sentence frames', () => {
  it('hold only characters the word index reads', async () => {
    const { FRAMES } = await import('../../src/safety/frames.ts');
    for (const [name, list] of Object.entries(FRAMES)) {
      for (const entry of list.split('|')) expect(`${name}: ${entry}`).toMatch(/^[a-zA-Z]+: [a-z0-9' \-/]+\$?$/);
    }
  });

  it.each([
    'it would be a real shame if something happened to that new car of yours',
    'unlock it and hand it over before you go to bed',
    "tu pourras garder mon chat ? je vais plus pouvoir m'en occuper",
    'fica com a minha bicicleta, eu não vou mais precisar',
    'si vuelves a hablar con él, te juro que lo vas a lamentar',
  ])('let the learned score read %j, which holds no strong word and no rule word', (text) => {
    expect(conceptsOf(text) & STRONG_MASK).toBe(0);
    expect(opensScore(text)).toBe(true);
  });

  it.each([
    'it would be a real shame if something happened to that new car of yours',
    'sería una pena que a tu hermana le pasara algo volviendo del trabajo',
    'ich weiß wann du aus dem büro kommst. überleg dir gut, was du der polizei sagst',
  ])('find the veiled threat %j, which names no harm', (text) => {
    expect(checkSafety(text)?.concerns).toContain('danger');
  });

  it('open a conditional only with both its halves', () => {
    expect(framesOpen(framesOf('if you want, call me after work'))).toBe(false);
    expect(framesOpen(framesOf("i'll call you after work"))).toBe(false);
    expect(framesOpen(framesOf("if you go to that party again i'll be there waiting"))).toBe(true);
  });
});

describe('a means or a place alone', () => {
  it('is not read as self-harm in an ordinary message, and still is with a wish or a plan', () => {
    expect(checkSafety('I saw the sunset from the bridge today and thought of you')).toBeNull();
    expect(checkSafety('can you pick up my pills from the pharmacy on your way home?')).toBeNull();
    expect(
      checkSafety("i keep standing on the bridge on the walk home and thinking how easy it'd be to just lean")?.concern,
    ).toBe('self_harm');
  });
});

describe('control, threats and farewells in everyday words (decision 215)', () => {
  it.each([
    [
      "i'd rather walk into traffic than sit through another budget meeting",
      'gonna walk into traffic tonight, sorry',
      ['self_harm'],
    ],
    [
      'threw myself off the sofa to catch the remote lol',
      'im going to throw myself in front of the train',
      ['self_harm'],
    ],
    [
      'took all of them to the park, they loved the ducks',
      'took all of them. the whole box. twenty minutes ago',
      ['self_harm'],
    ],
    [
      'tell the kids i love them, see you at pickup',
      'make sure the kids know i love them. always. whatever happens',
      ['self_harm'],
    ],
    ['thanks for trying to fix the printer, bye!', 'bye. thanks for trying', ['self_harm']],
    [
      'left a note on the fridge about the plumber, read it when you can',
      'i left you a letter in the drawer. read it tomorrow, not before',
      ['self_harm'],
    ],
    [
      'borrow my bike if you like, i wont need it till friday',
      'left my keys in your letterbox. wont need them',
      ['self_harm'],
    ],
    ["buying the jacket, don't try to stop me", "i've decided. this weekend. don't try to stop me", ['self_harm']],
    [
      'my therapist says the urge to cut was worst at 19, it is long gone now',
      'i used to cut at school and the urge is back',
      ['self_harm'],
    ],
    [
      'what is the tallest building in the world?',
      'whats the tallest car park near you. asking for no reason',
      ['self_harm'],
    ],
    [
      'your location is off, did your battery die? call me when you can',
      'why is your location off. turn it back on. now.',
      ['abuse'],
    ],
    [
      "i've cancelled my old card, the new one came",
      "i've cancelled your card. ask me when you need something",
      ['abuse'],
    ],
    ['you owe me a coffee for that lol', 'i know you said you were tired but you owe me', ['abuse']],
    ['not sleeping till the baby does, send coffee', "you're not sleeping till we've talked this through", ['abuse']],
    ['block him, he is a scam account', "delete him. now. i'm watching you do it", ['abuse']],
    ['your visa appointment is on tuesday, want me to come?', 'your visa is tied to me, remember that', ['abuse']],
    [
      'if you want to see the kids play, the match is at 3',
      'if you go to that lawyer you can forget about seeing the kids',
      ['abuse'],
    ],
    [
      'that magician made the rabbit disappear',
      "i'll make you disappear and nobody will look for you",
      ['abuse', 'danger'],
    ],
    [
      'keep walking and you will end up in the old town',
      "keep talking and you'll end up in hospital",
      ['abuse', 'danger'],
    ],
    ['sin mi café no soy nadie', 'sin mis papeles no eres nadie aquí', ['abuse']],
    ['wär schade, wenn das wetter nicht hält', 'wär schade, wenn die bremsen mal nicht gehen', ['abuse', 'danger']],
    ['dommage si il pleut demain', 'belle voiture. dommage si elle finissait dans le canal', ['abuse', 'danger']],
    ['já tenho as fotos da festa, te mando', 'se não mandar mais nudes eu posto as que já tenho', ['abuse']],
    ['watch your step on the ice this morning', 'watch ur back', ['danger']],
    ['come out to the garden, the stars are amazing', "i'm parked outside. come out or i'm coming in", ['danger']],
    [
      'they filmed a shooting scene in our street for the new series',
      "there's shooting on our street, i'm on the floor",
      ['danger'],
    ],
    [
      'loaded the dishwasher, your turn tomorrow',
      "i've loaded the shotgun. if he comes through that gate he's not leaving",
      ['danger'],
    ],
    ['hay una película de tiroteos esta noche en la tele', 'hay una balacera en la colonia, no vengas', ['danger']],
    ['teve tiroteio no filme ontem, que tenso', 'teve tiroteio perto da escola, fica em casa', ['danger']],
    [
      'in den nachrichten: schießerei in einer bar, zum glück keine toten',
      'draußen schüsse, wir liegen im flur auf dem boden',
      ['danger'],
    ],
    [
      'ich hab noch einen schlüssel, ich lass mich selbst rein',
      'schließ ruhig ab. ich hab noch einen zweiten schlüssel',
      ['danger', 'abuse'],
    ],
    ["t'as oublié ton écharpe chez moi", "t'as oublié que j'ai les clés de ton appart? dors bien", ['danger', 'abuse']],
    [
      'leave the leftovers, ill sort them tomorrow',
      'go on, leave. ull be the one who finds me in the morning',
      ['self_harm', 'abuse'],
    ],
    [
      'we are sat on the tracks outside the station, signal failure again',
      "i'm sitting on the tracks behind the estate. don't call anyone",
      ['self_harm'],
    ],
    [
      "don't make me come over there and eat all your fries",
      "don't make me drive over there and drag you home by the arm",
      ['abuse', 'danger'],
    ],
    [
      "he's been following me on strava since i started running lol",
      "he's been following me since i left the gym, i never told him i was going",
      ['abuse', 'danger'],
    ],
    [
      'stopped eating meat on purpose, feeling great',
      'stopped eating on purpose. day 5. if it finishes me it finishes me',
      ['self_harm'],
    ],
    [
      'i put a camera in the hallway for the dog while we are at work',
      'he put a camera in our bedroom and watches it from work',
      ['abuse'],
    ],
    [
      'went through your photos for the slideshow, so many cute ones',
      'went thru ur phone while u slept. who is mike. explain',
      ['abuse'],
    ],
    [
      'punching the wall in the gym class was so satisfying',
      'been punching the wall till my knuckles bleed, it doesnt help',
      ['self_harm'],
    ],
    [
      'te pasé las fotos del viaje, qué lindas',
      'te pasé todos mis ahorros. yo ya no los voy a necesitar',
      ['self_harm'],
    ],
    [
      'der termin bei der ausländerbehörde ist am 12., ich komm mit',
      'ein anruf bei der ausländerbehörde reicht, vergiss das nicht',
      ['abuse'],
    ],
    [
      'des is mei letzte nachricht heut, akku is fast leer',
      'des wird mei letzte nachricht sein. schau auf di',
      ['self_harm'],
    ],
    [
      'le fusil de chasse est rangé au placard',
      'le fusil de chasse a disparu du placard et son tel est éteint',
      ['self_harm'],
    ],
    [
      'o filme começa com um tiroteio na rua de trás',
      'tiroteio na rua de trás, to deitada no chão com as crianças',
      ['danger'],
    ],
    ['ele trocou a senha do wifi pros convidados', 'ele trocou a senha do meu email e do banco', ['abuse']],
  ])('reads %j as nothing, and the same words in harm %j as %j', (everyday, meant, concerns) => {
    expect(checkSafety(everyday)).toBeNull();
    expect(checkSafety(meant)?.concerns).toEqual(expect.arrayContaining(concerns));
  });

  it.each([
    ['gib mal dein handy her, ich will die chats sehen', ['abuse']],
    ["i've cancelled your card. ask me when you need something", ['abuse']],
    ['du wirst dich wundern, versprochen', ['abuse', 'danger']],
    ['he pressed a cushion on my face, i couldnt breathe', ['abuse', 'danger']],
    ['ele fechou a porta por fora e está a partir tudo na sala', ['abuse', 'danger']],
  ])('reads control alone as abuse, and a threat or harm to the body as abuse and danger: %j', (text, concerns) => {
    expect([...(checkSafety(text)?.concerns ?? [])].sort()).toEqual(concerns);
  });

  // the learned score, not a rule, raises these; kept as known false alarms until it reads them as everyday talk
  it.fails.each([
    'i left a note on the fridge, read it after work',
    'take my car keys, i wont need them this week',
    'turn your location on so i can find you at the festival',
  ])('is no concern yet: %j', (text) => {
    expect(checkSafety(text)).toBeNull();
  });
});
