// the ideas a message can carry, in five languages: the words a learned safety score is built from

import { WordIndex } from './word-index.ts';

/**
 * Each concept is a `|`-separated list of word starts (on folded text: lower case, no accents). A word
 * belongs to a concept when it begins with one of them; a start ending in `$` must be the whole word, and
 * one holding a space is a phrase. Concepts are shared by all five languages, so what the score learns in one carries
 * over to the others.
 */
export const CONCEPTS = {
  death:
    'die$|died$|dies$|dying|dead$|death|suicid|kill|murder|unaliv|kms$|sewer slide|morir|muer|murie|matar|matarme|sterb|starb|gestorb|tot$|tote$|toten|umbring|umgebr|selbstmord|suizid|mourir|meurs|mort$|morte$|tuer|me tue$|morrer|morr|morto|morta',
  selfRef:
    "i$|me$|my$|myself$|im$|i'm|i'll|i'd|yo$|mi$|mis$|conmigo$|ich$|mich$|mir$|mein|je$|j'|moi$|mon$|ma$|mes$|eu$|mim$|meu$|minha|comigo$",
  intent:
    'want|wanna|wish|going to|gonna|plan|ready to|deserve|rather|decided|quiero|queria|quisiera|ojala|voy a|pienso en|ganas de|will$|wollte|mocht|wunsch|werde|habe vor|hab vor|veux|voulais|voudrais|envie de|vais$|je compte|quero|vontade|vou$|pretendo|decidi',
  notExist:
    "problem for you|without me|better this way|where i'm going|where im going|free of me|rid of me|dejar de ser|libres de mi|los sein|debarrass|livre de mim|livres de mim|much longer|mich los|not be here|not wake|never wake|disappear|vanish|burden|without me|gone$|not around|exist|won't be around|desaparec|una carga|sin mi$|despertar|no estar|verschwind|ohne mich|nicht mehr da|aufwach|los seid|fardeau|disparaitre|sans moi|me reveiller|plus la$|sumir|sem mim|acordar|um peso|dar trabalho",
  selfHarmMeans:
    'burned my|burnt my|lighter|scratching|bleed|bandage|motorway|barrier|razor blades|cuchilla|navaja|klinge|rasierklinge|poignets|lame de rasoir|lamina|gilete|pill|tablet|meds$|medication|overdos|paracetamol|ibuprofen|sleeping pills|razor|blades|cut myself|cutting|scars|rope|noose|bridge|roof|ledge|tracks|jump|pastilla|pildora|medicament|cortarme|cortes|cuerda|puente|vias$|azotea|saltar|tirarme|tabletten|pillen|schlaftablett|ritz|schneid|narben|strick|brucke|gleis|springen|cachet|pilule|comprime|medoc|scarif|corde|pont$|sauter|toit$|comprimid|remedio|pilula|gilete|corda|ponte|pular|me jogar',
  farewell:
    "my guitar|my cat|my dog|the keys|passwords|password is|look after mum|look after my|cuida a mi|te dejo|kummer dich um|prends soin de maman|cuida da mae|testament|will is|wont need|won't need|no voy a necesitar|brauche ich nicht mehr|n'en aurai plus besoin|nao vou precisar|goodbye|bye forever|forever|last time|last message|one last|thank you for everything|thanks for everything|take care of|letters|adios|despedi|ultima vez|gracias por todo|cuidate|para siempre|abschied|lebt wohl|letzte mal|danke fur alles|pass auf dich auf|fur immer|adieu|derniere fois|merci pour tout|prends soin|pour toujours|adeus|obrigado por tudo|obrigada por tudo|cuida-te|para sempre|pra sempre",
  quantity:
    'all my|all the|all of|every|whole|bottle|box of|packet|handful|too many|todas|todos|toda la|caja|frasco|monton|alle$|ganze packung|zu viele|toutes|tous les|boite|plaquette|tube|plein de|caixa|cartela|um monte',
  pastAct:
    'took|taken|swallowed|just did|already did|tome$|me tome|trague|ya lo hice|genommen|geschluckt|schon getan|pris$|avale|deja fait|tomei|engoli|ja fiz',
  violence:
    'shoved|dragged|threw|thrown|choked|burned|slammed|pinned|scratched|bit me|spat|break in|broke in|smashed|set fire|fire to|on fire|burn down|rociar|incendi|prender fuego|anzund|verbrenn|feuer|mettre le feu|incendier|tacar fogo|incendiar|atear fogo|hit$|hits$|hitting|beat|punch|slap|kick|chok|strangl|throttl|push|shov|smack|rape|molest|assault|grab|threw|spat|pinned|bruise|black eye|pega$|pego$|golpe|ahorc|estrangul|empuj|patea|viol|abofete|cachete|arrastr|paliza|schlag|schlug|verprugel|wurg|schubs|tritt|getreten|ohrfeig|vergewalt|misshand|prugel|frapp|bat$|battu|tabass|cogn|etrangl|gifl|pousse|espanc|bate$|bateu|batia|enforc|esgan|empurr|estupr|chut|soco|tapa$|surra|agred|apertou',
  victim:
    "me$|us$|her$|him$|my mum|my mom|my mother|my sister|my kids|the kids|my daughter|my son|a mi madre|a mi hermana|a su|mich$|uns$|meine mutter|meine schwester|seine frau|ma mere|ma soeur|sa femme|m'|minha mae|minha irma|na minha",
  partner:
    "ex's|bf's|gf's|mi ex|mein ex|mon ex|meu ex|my stepdad|stepmum|stepmom|suegr|schwieger|belle-mere|sogra|sogro|husband|wife|boyfriend|girlfriend|bf$|gf$|partner|ex$|fiance|stepdad|stepfather|dad$|father|marido|esposa|novio|novia|pareja|padrastro|papa$|mann$|freund|ehemann|stiefvater|vater|mari$|copain|copine|mec$|meuf|beau pere|beau-pere|namorad|padrasto|pai$|companheir|cunhad|cunado|schwager|beau-frere",
  controlObject:
    'skirt|dress|clothes|wear|eat|food|plate|sleep|savings|transfer|shifts|nudes|pics|photos|ropa|falda|vestido|comida|ahorros|kleid|rock$|essen|ersparnisse|robe|jupe|manger|economies|roupa|saia|poupanca|phone|password|passcode|pin$|location|money|wages|salary|paycheck|card$|passport|keys|friends|family|messages|texts|account|celular|movil|telefono|contrasena|clave|ubicacion|dinero|plata|sueldo|tarjeta|amigas|amigos|familia|mensajes|handy|passwort|standort|geld|gehalt|karte|freundinnen|familie|nachrichten|portable|tel$|code|localisation|argent|salaire|carte|amis|copines|famille|telemovel|senha|localizacao|dinheiro|ordenado|cartao|mensagens',
  controlVerb:
    "check|track|monitor|not allowed|won't let|doesn't let|doesnt let|forbid|permission|delete|lock|control|install|spy|revisa|controla|vigila|rastrea|no me deja|permiso|prohib|borrar|bloquea|encerr|me quita|kontroll|uberwach|ortet|verbiet|verboten|darf nicht|lasst mich nicht|sperrt|eingesperrt|abgenommen|fouill|controle|surveill|interdit|pas le droit|enferm|confisqu|a cle|vigia|proib|nao me deixa|permissao|apagar|bloque|tranc|fechava|mexe no|deleta",
  weapon:
    'gun$|guns$|knife|knives|pistol|rifle|shotgun|weapon|machete|axe$|crowbar|bat$|bats$|acid|petrol|gasoline|arma$|pistola|cuchillo|navaja|escopeta|revolver|fierro|gasolina|waffe|pistole|messer|knarre|gewehr|axt$|baseballschlager|benzin|arme$|flingue|pistolet|couteau|fusil|hache|batte|essence|faca|facao|canivete|espingarda',
  threat:
    "see what happens|you know what happens|accidents happen|don't test me|dont test me|would be a shame|hate for something|ya sabes lo que|pasa algo|ni se te ocurra|no sales viva|weisst was passiert|sonst|tu sais ce qui|gare a toi|sabes o que acontece|senao|se nao|i'll|i will|gonna|going to|you'll|regret|pay for|watch your back|or else|if you ever|if i see|make you|te voy a|vas a pagar|arrepent|si vuelve|si lo vuelvo|ich werde|wirst du|bereu|wenn du|wenn der|je vais|tu vas|regrett|si tu|si je le|vou te|vai pagar|arrepend|se voce|se vc|se aquele|se volto",
  secondPerson:
    "you$|u$|your|ur$|you're|te$|ti$|tu$|contigo|dich$|dir$|du$|dein|toi$|ton$|ta$|voce|vc$|teu|tua|seu|sua",
  fear: 'trying to break|break in|call 911|police are coming|ring the police|alone|upstairs|downstairs|hide|locked the door|ayudame|ven rapido|hilf mir|komm schnell|aide-moi|viens vite|me ajuda|vem rapido|scared|afraid|terrified|frightened|help|police|911|999|112|110|190|17$|hiding|locked myself|emergency|ambulance|miedo|ayuda|policia|escond|socorro|angst|hilfe|polizei|versteck|eingeschlossen|notruf|peur|aide|cache|secours|enfermee|medo|ajuda|escondid|trancad',
  third: 'he$|she$|they$|his$|el$|ella$|er$|sie$|il$|elle$|ele$|ela$',
  joke: 'lol$|lmao|haha|hehe|jaja|jeje|kkk|rsrs|mdr|ptdr|jk$|kidding|broma|scherz|witz|blague|brincadeira',
  topic:
    'prevention|hotline|documentary|podcast|article|book|novel|film|movie|series|episode|song|lyrics|game|level|boss|character|volunteer|research|study|class|news|report|campaign|training|course|poem|quiz|netflix|prevencion|documental|pelicula|cancion|juego|libro|noticia|dokumentar|lied$|spiel|buch|nachrichten|documentaire|chanson|jeu$|livre|actualite|documentario|filme|musica|jogo|livro|noticia',
  idiom:
    'laughing|laugh|chess|cards|hunger|hungry|starving|boring|bored|embarrass|cringe|kitchen|recipe|eggs|cake|dough|onion|tomato|ganas|risa|hambre|verguenza|cocina|receta|huevos|lachen|langweil|kuche|rezept|eier|faim|rire|honte|cuisine|recette|oeufs|fome|rir$|vergonha|saudade|cozinha|receita|ovos|bateu uma',
  menace:
    "see what happens|you know what happens|accidents happen|don't test me|dont test me|would be a shame|hate for something|watch your back|or else|regret|pay for|ya sabes lo que|ni se te ocurra|no sales viva|te voy a|vas a pagar|arrepent|weisst was passiert|bereu|tu sais ce qui|gare a toi|regrett|sabes o que acontece|vou te|vai pagar|arrepend",
  alarm:
    'scared|afraid|terrified|frightened|police|911|999|112|hiding|locked myself|ambulance|break in|trying to break|miedo|policia|escond|socorro|polizei|versteck|eingeschlossen|notruf|peur|secours|enfermee|medo|escondid|trancad|ayudame|hilf mir|aide-moi|me ajuda',
  harmOutcome:
    'hospital|emergency room|stitches|bruis|black eye|blood|bleed|broken nose|broken arm|broken ribs|your face|a face left|your teeth|your legs|both arms|wheelchair|end up in|ends up in|krankenhaus|notaufnahme|blaues auge|blauen fleck|blut|zahnarzt|gebrochen|fresse|gesicht|hopital|urgences|bleu$|bleus$|sang$|saigne|casse la|te casse|la gueule|tes dents|urgencias|moraton|morado|sangre|sangra|te parto|la boca|la cara|los dientes|pronto-socorro|pronto socorro|hematoma|roxo|roxa|sangue|a cara|os dentes|marcas|marks on|finger marks|grabbed|agarr|zanja|ditch|cuneta|graben|fosse|vala',
  stalking:
    "outside my|outside your|parked outside|in front of my|where you live|where u live|where you work|your address|my address|new place|new flat|your school|which school|followed me|following me|follows me|watching me|watching you|stares|staring|same car|photo of my|photo of your|pics of my|tracking|tracker|airtag|gps|location|sabe donde|se donde|donde vives|donde trabajas|te tengo|ubicad|me sigue|me siguio|siguiendo|vor meiner|vor deiner|weiss wo|weiss wo du|wo du wohnst|wo du arbeitest|verfolgt|beobachtet|starrt|je sais ou|ou tu habites|ou tu bosses|ou tu travailles|devant chez|me suit|suivie|m'a suivi|sei onde|onde voce mora|onde vc mora|onde trabalhas|me seguiu|seguindo|na porta|portaria|a sua casa|a tua casa|localiza|rastre|standort|ortung|wir sehen uns|nos vemos|on se voit|a gente se ve",
  command:
    "not allowed|you're not going|your not going|you are not going|you're not to|you dont wear|you don't wear|you wont wear|i decided|end of discussion|i forbid|give me your|hand over|show me your|delete|unfollow|block him|you stay home|you're staying|stay in|ask my permission|permission|no vas a|no vas|no te vas|te quedas|te lo prohibo|no te dejo|dame tu|ensename|borra|du gehst nicht|du bleibst|du ziehst|zieh das aus|gib mir|zeig mir|losch|verbiete|darfst nicht|tu ne vas pas|tu restes|tu enleves|enleve|donne-moi|donne moi|montre-moi|efface|je t'interdis|t'as pas le droit|nao vais|nao vai|ficas em casa|fica em casa|troca|tira essa|me da|me mostra|mostra-me|apaga|eu proibo|nao deixo|mulher minha|my woman|my wife doesn't|allowance|pocket money|gives me|da dinero|gibt mir|taschengeld|me donne|me da dinheiro|me deixa levantar|mesada",
  sexual:
    "touch|touching|touched|grope|groping|into my room|into her room|came into|nudes|send pics|sent pics|pics i didnt|naked|forced|made me do|against my will|sex$|sleep with|abused me|abuse|molest|stepdad|stepfather|padrastro|padrinho|padrasto|stiefvater|beau-pere|beau pere|tocar|toco|toca$|fotos|desnud|me obligo|obligaba|anfassen|angefasst|fasst mich|nacktbild|nacktfoto|gezwungen|zwingt|toucher|touche$|touchait|nude|nue$|force|m'oblige|obligee|pelada|nudes|me obriga|me obrigou|obrigava|abusou|abusava|abuso|abus$|missbrauch|agressao sexual|acoso|assedio|belast|harcel|harass",
  degrade:
    "useless|worthless|pathetic|slut|slag|whore|bitch|stupid cow|nobody else would|no one else would|lucky i'm|lucky im|lucky i still|nobody would want|inutil|estupida|puta$|zorra|nadie mas|nadie te|tienes suerte|nutzlos|wertlos|schlampe|hure|dumme kuh|niemand sonst|niemand anders|sei froh|bonne a rien|salope|pute$|trainee|conasse|personne d'autre|t'as de la chance|vagabunda|vaca$|piranha|burra|imprestavel|ninguem mais|tens sorte|tem sorte|nem pra|nem para|vulgar",
  harmThreat:
    "hurt you|hurt him|hurt her|hurt u|really hurt|snap|break your|break his|smash your|smash his|you'll see|you will see|you'll be sorry|you'll regret|make you disappear|make him disappear|nobody will find|no one will find|nobody will look|take him out|take her out|take you out|take him with|take you with|settle|get what's coming|end up|wont wake|won't wake|te voy a|le voy a|lo voy a|ya vas a ver|te vas a arrepentir|te mato|lo mato|la mato|me las pagas|acabar contigo|acabo con|te encuentras|ich mach dich|mach ich dich|dich fertig|ihn fertig|du wirst sehen|wirst es bereuen|das wars|wars das|dann hat er|bring dich|je vais te|je vais le|je vais la|tu vas voir|on verra|tu vas le regretter|la prochaine fois|regler son compte|je te tue|je le tue|je vais tirer|eu te mato|eu mato|vou te|vou acabar|acabo com|vais ver|vai ver|vais-te arrepender|vai se arrepender|ja sabes|ja sabe|da proxima vez|senao",
  endings:
    "engine running|in the garage|car keys|spare keys|post-it|passwords|paid off|squared away|sorry for all|sorry it wasn't|sorry it wasnt|wasn't enough|wasnt enough|tried really hard|i tried so hard|look after them|look after mum|won't be able|wont be able|not around|be a problem|free of me|your life back|counted them|saving up|saved up|i'm done|im done|so tired of|tired of existing|tired of living|can't do this anymore|cant do this anymore|can't go on|cant go on|it all to stop|make it stop|want it to stop|no aguanto|ya no puedo|no puedo mas|quitar la vida|quitarme|no despertar|dormirme|atropell|ich kann nicht mehr|halte das nicht|will nicht mehr|nicht mehr aufwachen|einschlafen|gelander|je tiens plus|j'en peux plus|je peux plus|plus me reveiller|en finir|marre de vivre|nao aguento|nao consigo mais|farta de|farto de|acabasse|acabar com tudo|nao acordar|dormir para sempre|dormir pra sempre|sumir|forgive me|perdoname|perdoa-me|verzeih mir|pardonne-moi|goodbye|adios|tschuss|adieu|tchau",
  intruder:
    "handle|back door|front door|window|windows|lights are off|lights off|footsteps|someone is|someones|somebody is|trying to get in|climbing|banging on|kicking the door|broke the|smashed the|upstairs|downstairs|in the bathroom|under the bed|in my room|locked in|puerta|ventana|alguien|golpeando|rompio|tur$|fenster|jemand|klopft|hammert|eingeschlagen|porte|fenetre|quelqu'un|des pas|poignee|tape|defonce|barricad|porta$|janela|alguem|batendo|arrombou|passos",
} as const;

export type Concept = keyof typeof CONCEPTS;
export const CONCEPT_NAMES = Object.keys(CONCEPTS) as Concept[];

/** adds every concept's word starts (or only those of `only`) to `index`, each under its concept's bit number */
export function indexConcepts(index: WordIndex, only?: readonly Concept[]): void {
  CONCEPT_NAMES.forEach((name, bit) => {
    if (only !== undefined && !only.includes(name)) return;
    for (const entry of CONCEPTS[name].split('|')) {
      const whole = entry.endsWith('$');
      index.add(whole ? entry.slice(0, -1) : entry, bit, whole);
    }
  });
}

const CONCEPT_INDEX = new WordIndex();
indexConcepts(CONCEPT_INDEX);

/** the concepts that open the way to the learned score: a message with none of them is not scored */
export const STRONG_CONCEPTS: readonly Concept[] = [
  'death',
  'selfHarmMeans',
  'violence',
  'weapon',
  'notExist',
  'farewell',
  'menace',
  'alarm',
  'harmOutcome',
  'stalking',
  'command',
  'sexual',
  'degrade',
  'harmThreat',
  'endings',
  'intruder',
  'controlVerb',
  'fear',
  'pastAct',
];
export const STRONG_MASK = STRONG_CONCEPTS.reduce((mask, c) => mask | (1 << CONCEPT_NAMES.indexOf(c)), 0);

/**
 * Which concepts a message holds, as a bit set in CONCEPT_NAMES order, in one pass.
 * @example conceptsOf('i want to die') & (1 << CONCEPT_NAMES.indexOf('death')) // non-zero
 */
export function conceptsOf(text: string): number {
  let bits = 0;
  CONCEPT_INDEX.scan(text, (bit) => {
    bits |= 1 << bit;
  });
  return bits;
}
