// Portuguese safety rules, European and Brazilian (folded: no accents); idioms such as "me bateu uma saudade" kept out

import type { RuleTable } from './rule.ts';

/** a jump or a death promised if the partner leaves: self-harm, and a hold on them (decision 214) */
const LEAVING_JUMP =
  '\\bse (?:tu |voce |vc )?(?:me deixares|me deixar|fores embora|for embora|me largar|me largares)\\b[^.?!]{0,40}\\b(?:(?:atiro-me|me atiro|pulo|a gente pula|pulamos)(?: \\w+){0,2} (?:da|do|de|pela|pelo|na frente)|me mato|mato-me|nos matamos)\\b';
/** a phone thrown out, and the reader after it: abuse and danger (decision 214) */
const THROWN_AFTER =
  '\\b(?:teu|seu) (?:celular|telemovel|telefone) (?:voa|vai voar|sai) pela janela\\b[^.?!]{0,20}\\be (?:tu|voce) (?:vai junto|vais junto|tambem|atras)\\b';

/** intimate images held over someone: "se não mandar mais nudes eu posto as que já tenho" */
const IMAGES_HELD =
  '\\bse (?:nao|n) (?:mandar|mandares|enviar|dormir|dormires)\\b[^.?!]{0,40}\\b(?:posto|mostro|espalho|vou mostrar|vou postar|vou espalhar|vou contar)\\b|\\bou (?:manda|mandas|me manda|me mandas) (?:as |mais )?(?:fotos|nudes)\\b[^.?!]{0,30}\\bou\\b|\\b(?:fotos|nudes|videos)\\b[^.?!]{0,40}\\b(?:as|os) que (?:eu )?ja tenho\\b';
/** a stay in the country held over someone */
const PAPERS_HELD = '\\bsem mim\\b[^.?!]{0,30}\\b(?:visto|papeis|documentos|residencia)\\b';
/** money taken in hand */
const MONEY_HELD =
  '\\bo dinheiro (?:e meu|quem decide sou eu)\\b|\\b(?:emprestimo|credito)(?: consignado)? (?:no|em) (?:meu nome|nome d)|\\b(?:te|vc|voce) (?:mandei|mostrei) o extrato\\b';
/** the children or the family held over someone */
const CHILDREN_HELD =
  '\\bnunca mais (?:ves|vai ver|vais ver|veras) (?:os miudos|as criancas|os filhos|o teu filho|a tua filha|teus filhos|seus filhos)\\b|\\bsome com as criancas\\b|\\besquecer (?:q|que) tem familia\\b|\\bse (?:nao|n) dormir(?:es)? comigo\\b';
/** not being here by tomorrow or a birthday; tired of existing; the means asked after */
const NOT_HERE_BY =
  '\\bnao vou estar (?:mais )?aqui (?:amanha|no (?:seu|teu) aniversario|no natal)\\b|\\bamanha (?:eu )?nao vou estar mais aqui\\b|\\bcansad[oa] de existir\\b|\\bquantos comprimidos (?:seriam|sao) precisos\\b|\\bqual (?:viaduto|ponte|predio) (?:e )?mais alt[oa]\\b|\\bsangue na toalha\\b|\\bme cortava\\b[^]{0,40}\\bvoltei\\b';

/** shots nearby, told as they happen: "tem um tiroteio na rua de trás", "ouvi tiros aqui perto" */
const ATTACK_NEARBY =
  '\\b(?:tem|teve|ha|houve|rolando) (?:um )?tiroteio\\b(?![^.?!]{0,40}\\b(?:filme|serie|jogo|noticia)\\b)|\\bouvi (?:tiros|disparos)\\b|\\bvai atirar em (?:todo mundo|toda a gente|todos)\\b';
/** threats in everyday words: "vou atrás de você onde você for", "à noite quero ver se ainda ris" */
const SET_THREAT =
  '\\bvou atras de (?:voce|vc|ti|tu) onde (?:voce|vc|tu) for\\b|\\bquero ver se ainda (?:ris|ri|vai rir)\\b|\\b(?:lembra|esqueceste|esqueceu) (?:que|q) (?:eu )?tenho (?:a|uma) (?:chave|copia da chave)\\b';
/** harm promised to someone else, not the reader */
const HARM_PROMISED = '\\bvai atirar em (?:todo mundo|toda a gente|todos)\\b';

/** self-harm told by its shape: a threat to jump if the partner leaves, a wish to be hit on the road */
const SELF_HARM_FORMS =
  '\\bse o (?:camiao|caminhao|carro)\\b[^.?!]{0,30}\\b(?:me apanhasse|saisse da pista)\\b|\\blargar o volante\\b|\\bamanha ja nao e preciso\\b|\\blogo logo nao vai ter mais por que\\b';
/** a jump or a death threatened if the partner leaves */
const LEAVING_THREAT = '\\bameaca se jogar do predio\\b|\\bnao sobra nenhum de nos dois\\b';
/** control and scorn told by their shape */
const ABUSE_FORMS =
  '\\bninguem te aturava\\b|\\bso eu mesmo pra te aguentar\\b|\\bda gracas a deus que eu fiquei\\b|\\b(?:mudou|trocou) (?:a senha do meu|a senha da minha|as senhas d|todas as (?:senhas|palavras-passe) d)\\w*|\\b(?:o codigo|a senha) do (?:telemovel|celular|insta|whats)\\b[^.?!]{0,40}\\b(?:agora|hoje|ate logo|quem esta limpo|inocente)\\b';
/** harm told by its shape: sex forced night after night, being locked in the room */
const HARM_NOW = '\\bdigo que nao\\b[^.?!]{0,20}\\bfaz mesmo assim\\b|\\bfechou a porta por fora\\b';
/** threats told by their shape: a key copied, consequences, a gun pointed */
const THREAT_FORMS =
  '\\btenho uma chave que tu nao sabes\\b|\\beu fiz copia\\b[^.?!]{0,20}\\bposso esperar\\b|\\bcedo ou tarde eu entro\\b|\\bvai ter consequencia\\b|\\bdepois nao te queixes\\b|\\bcomprei um ferro\\b|\\bo proximo tiro e certeiro\\b|\\bda outra vez e para acertar\\b|\\bme apontou (?:o|a) (?:rifle|arma|pistola|faca|espingarda)\\b|\\bquer queiras quer nao\\b|\\bacelera a fundo\\b[^.?!]{0,40}\\b(?:miudo|bebe|crianca|filh)';
/** shots nearby, told as they happen */
const SHOTS_NEARBY =
  '\\btrocando tiro\\b|\\bouvi uns \\w+ disparos\\b|(?<!\\b(?:filme|serie|jogo|novela|noticia|jornal)\\b[^.?!]{0,40})\\btiroteio (?:perto|na rua|aqui)\\b';

export const PT: RuleTable = {
  self_harm: [
    {
      // the car left running in a shut garage
      re: '\\bna garagem\\b[^.?!]{0,40}\\b(?:motor|carro) (?:ligado|a trabalhar|funcionando)\\b(?! (?:nicht|plus|pas|nao|no)\\b)',
      unlessIn:
        /\b(?:desce|descer|esperando|te espero|esquentando|vamos|bora|batterie|bateria|mecanico|mechaniker|depanneur|werkstatt|garagiste|pannenhilfe|grua|reboque|springt nicht|demarre pas|no arranca|nao pega|ladt|laedt|charge)\b/,
      urgent: true,
    },
    {
      // a small cut again: "fiz um cortezinho hoje de novo"
      re: '\\bfiz (?:um |uns )?(?:cortezinhos?|cortes?) (?:hoje |ontem )?(?:de novo|outra vez|no braco|nos bracos|na perna|nas pernas|no pulso|nos pulsos|na coxa|nas coxas)\\b(?![^.?!]{0,20}\\b(?:cabelo|dedo|cebola|cozinh\\w*|trilha|arame|cerca|caindo|tombo|queda|com (?:o|a) (?:faca|arame|vidro|lata|papel)))',
    },
    {
      // rather dead than another winter like this: "prefiro morrer do que passar mais um inverno assim"
      re: '\\bprefiro (?:morrer|estar mort[oa])\\b[^.?!]{0,10}\\b(?:do que|que|a) (?:continuar|viver|passar mais (?:um|uma) (?:ano|inverno|verao|dia|semana|mes|vida|natal)|aguentar mais (?:um|uma) (?:ano|inverno|verao|dia|semana|mes|vida|natal)) assim\\b',
    },
    {
      // not here for Christmas: "acho que não chego ao natal"
      re: '\\bacho que (?:nao|n) (?:chego|vou chegar) (?:ao|ate o|ate ao) (?:natal|ano novo|meu aniversario)\\b(?! com\\b)',
    },
    {
      // no more worry from tomorrow: "não precisa mais se preocupar comigo. a partir de amanhã"
      re: '\\ba partir de amanha (?:nao|n) vai precisar(?=\\s*(?:[.!?]|$))',
    },
    {
      // no one will stop me: "já escolhi a data. ninguém vai me impedir"
      re: '(?<=\\b(?:escolhi a data|ja escolhi|ja decidi|decidi|ja tenho a data|vou acabar|adeus|me matar)\\b[^]{0,80})\\b(?:ninguem) (?:vai|vao|consegue) me (?:impedir|parar|segurar)(?=\\s*(?:[.!?,]|$))|(?<=\\b(?:escolhi a data|ja escolhi|ja decidi|decidi|ja tenho a data|vou acabar|adeus|me matar)\\b[^]{0,80})\\b(?:nao|n) (?:tenta|tentes|tente) me (?:impedir|parar)\\b',
    },
    {
      // a blade bought just in case: "comprei uma gilete. só por precaução"
      re: '\\bcomprei (?:uma gilete|uma lamina|um estilete)\\b(?! (?:extra|nova pra|pro|pra barba|de barbear|tambem))[^.?!]{0,12}\\W{0,3}(?:so )?(?:por precaucao|por via das duvidas|por garantia|caso precise)(?=\\s*(?:[.!?]|$))',
    },
    {
      // nobody would care if I died: "se eu morrer ninguém ia ligar mesmo"
      re: '\\bse eu (?:morrer|morresse|sumir|sumisse)\\b[^.?!]{0,6}\\bninguem (?:ia|iria|vai|vai nem) (?:ligar|sentir falta|perceber|notar|se importar)\\b',
    },
    {
      // short forms of not bearing to live: "n aguento mais viver assim"
      re: '\\b(?:n|nao) (?:aguento|quero|consigo) mais viver\\b(?! (?:com|nesse|nessa|neste|nesta|em|no|na|aqui|longe|perto)\\b)',
    },
    {
      // someone else talking of killing themselves: "meu amigo tá falando em se matar"
      re: '\\b(?:falando|fala|falou|falava|pensando|pensa) em se (?:matar|suicidar)\\b|\\b(?:quer|queria|vai|ia|tentou) se (?:matar|suicidar)\\b',
    },
    {
      // suicidal thoughts named: "ideação suicida de novo"
      re: '\\bideacao suicida\\b[^.?!]{0,12}\\b(?:de novo|outra vez|voltou|tenho|estou com|to com|ta forte)\\b|\\b(?:tenho|estou com|to com|voltou a) ideacao suicida\\b',
    },
    {
      // having lived enough: "já viveu o suficiente"
      re: '\\b(?:ja )?vivi o (?:suficiente|bastante)(?=\\s*(?:[.!?,]|$))|\\b(?:diz|disse|fala|falou) que (?:ja )?viveu o (?:suficiente|bastante)(?=\\s*(?:[.!?,]|$| e\\b))',
    },
    { re: SELF_HARM_FORMS },
    { re: LEAVING_THREAT },
    { re: NOT_HERE_BY },
    { re: LEAVING_JUMP },
    // someone begged to come down from a height
    {
      re: '\\bdesce (?:do|da|dessa|desse) (?:terraco|telhado|ponte|parapeito|varanda|beiral|laje)\\b(?![^.?!]{0,30}\\b(?:janta|almoco|gato|cachorro))',
    },
    {
      re: '\\batirar-me ao\\b|\\bse eu morresse\\b|\\bngm (?:ia|vai) sentir falta\\b|\\blista de quem fica com o que\\b|\\bdoi muito cair\\b|\\bpedindo desculpa por tudo\\b|\\bfoi bom conhecer (?:vcs|voces|voce|vc)\\b|\\bja tenho o suficiente\\b|\\bver se acontece alguma coisa\\b|\\bquero que meu corpo desista\\b|\\bda maneira mais rapida\\b|\\brazao (?:pra|para) viver\\b|\\buma pro meu \\w+ e outra pra mim\\b',
    },

    {
      re: '\\bpensando em (?:pular|me matar|morrer|sumir|me jogar|acabar com tudo)\\b|\\bparo de dar trabalho\\b|\\bnao acordar mais\\b|\\bvai se matar\\b|\\bquer se matar\\b|\\bobrigad[ao] por tudo\\b[^]{0,140}\\bcuida(?:-te| de voce| de ti| de si)\\b|\\bacabo com (?:vc|voce|tu|ti)\\b[^]{0,30}\\bcomigo\\b',
    },
    {
      re: '\\b(?:comprei|tenho|arranjei) uma corda\\b|\\btomei\\b[^.?!]{0,40}\\b(?:comprimidos|remedios|pilulas|calmantes)\\b[^.?!]{0,30}\\b(?:todos|todas|da caixa|do frasco|a cartela)\\b',
      urgent: true,
    },

    {
      // a cut in the kitchen or shaving is not self-harm: "me cortei ralando cenoura", "me cortei com a faca do pão"
      re: '\\b(?:me matar|matar-me|me suicidar|suicidar-me|tirar (?:a )?minha (?:propria )?vida|tirar a vida|acabar com (?:a )?minha vida|me machucar|magoar-me|(?:(?<!\\b(?:parei de|deixei de|parou de|deixou de) )me cortar|cortar-me|me cortei|cortei-me)(?! (?:ralando|cortando|descascando|picando|fazendo a barba|a fazer a barba|a cozinhar|cozinhando|na cozinha|com (?:a|o) (?:faca|ralador|descascador|lata|papel|folha|vidro)))|me mutilar|me automutilar|automutila\\w*|me enforcar|me jogar (?:da|de|do|na frente|debaixo))\\b',
      unlessAfter: /^(?: (?:de (?:rir|trabalhar|estudar)|a trabalhar|de tanto))/,
      // "ele vai-me matar", "ela quer me matar": someone else would do the killing (the danger rules read it)
      unlessBefore: /\b(?:quase|sem querer) $|\b(?:vai|vao|ia|iam|quer|querem|queria|tenta|tentou)(?:-| )$/,
      jokable: true,
    },
    { re: '\\bsuicid(?:io|a|ar)\\b', mention: true },
    {
      re: '\\b(?:quero|queria|quisera|tenho vontade de|vontade de|so quero|preferia|gostaria de) (?:so )?(?:morrer|estar mort[oa]|sumir (?:para sempre|pra sempre|do mapa)|desaparecer (?:para sempre|pra sempre)|deixar de existir|nao acordar(?: mais)?|dormir para sempre|dormir pra sempre|acabar com tudo)\\b',
      unlessAfter: /^(?: (?:de (?:vergonha|rir|saudade|fome|tedio|sono)|no teu abraco))/,
      jokable: true,
    },
    {
      re: '\\bnao (?:quero|aguento) mais (?:viver|existir|acordar|estar aqui)\\b|\\bnao quero (?:viver|existir|acordar) mais\\b|\\bja nao quero (?:viver|existir|estar ca|estar aqui)\\b',
      unlessAfter: /^(?: (?:em|com|nessa|nesta|aqui com|sozinh))/,
    },
    {
      re: '\\b(?:voces|vcs|todos|tu|voce|vc|a minha familia|minha familia) (?:estariam|ficariam|seriam|estarias|ficarias|estaria|ficaria|vao ficar|vai ficar) (?:melhor|mais felizes|mais feliz|em paz) sem mim\\b|\\bmelhor sem mim\\b|\\bninguem (?:vai|ia|iria) (?:sentir (?:a )?minha falta|notar|perceber|ao meu enterro)\\b',
    },
    {
      re: '\\b(?:tomei|engoli|tomar|engolir|vou tomar|vou engolir)\\b[^.?!]{0,16}?\\b(?:todos?|todas?|a cartela|uma cartela|o frasco|a caixa|um monte de|varios|varias|um punhado de|[0-9]{2,})\\b[^.?!]{0,14}?\\b(?:remedios|comprimidos|pilulas|calmantes|medicamentos|ansioliticos|rivotril|antidepressivos)\\b',
      urgent: true,
      unlessAfter: /^(?:[^.?!]{0,30}\b(?:como o medico|receitad|vitaminas))/,
    },
    { re: '\\boverdose\\b|\\bsobredosagem\\b', mention: true },
    {
      re: '\\b(?:essa e|esta e) (?:a )?minha ultima mensagem\\b|\\bquando (?:voce|vc|tu) (?:ler|leres) isso,? (?:eu )?(?:ja )?nao\\b|\\badeus (?:para sempre|pra sempre|a todos)\\b|\\bcartas? de despedida\\b|\\bestou me despedindo de (?:todos|voces)\\b',
      urgent: true,
    },
    {
      re: '\\b(?:nao (?:tem|ha|vejo) (?:mais )?(?:sentido|motivo|razao) (?:em |para |pra )?(?:viver|continuar|acordar)|a vida nao tem (?:mais )?sentido)\\b',
    },
    { re: '\\b(?:pensamentos suicidas|penso (?:muito )?em (?:me matar|morrer|suicid|acabar com tudo))\\b' },
    {
      re: '\\b(?:(?:ele|ela) (?:quer|queria|vai) se (?:matar|suicidar)|tentou (?:se matar|suicidio|tirar a propria vida)|tentativa de suicidio)\\b',
    },
    {
      re: '\\b(?:(?:na|em cima da) (?:ponte|beira|varanda|laje|janela do predio))\\b[^.?!]{0,40}\\b(?:(?:pular|saltar)\\b(?! (?:na|no) (?:agua|piscina|mar|rio|lago))|adeus|acabou (?:tudo|pra mim|para mim))\\b|\\b(?:pular|saltar|me atirar) (?:da ponte|do predio|da janela|do telhado|na frente do (?:trem|comboio|metro|onibus))\\b',
      urgent: true,
    },
  ],
  abuse: [
    {
      // contraception taken or hidden to force a pregnancy: "ele escondeu minha pílula pra eu engravidar"
      re: '(?<=\\b(?:ele|ela)\\b[^.?!]{0,12})\\b(?:escondeu|esconde|jogou fora|joga fora|furou|fura|tirou|tira) (?:a |as |minha |minhas |tua |tuas |sua |suas |os |meus )?(?:pilula|pilulas|anticoncepciona\\w*|camisinhas?|preservativos?)\\b[^.?!]{0,40}\\b(?:engravid\\w*|gravida|de proposito)\\b',
    },
    {
      // the phone demanded with "nothing to hide": "quem não deve não teme"
      re: '(?<=\\b(?:phone|password|passcode|messages|texts|dms|chats|celular|telefone|senha|whats|whatsapp|mensagens|conversas|movil|telefono|contrasena|mensajes|handy|passwort|nachrichten|telephone|portable|tel|mot de passe|code)\\b[^]{0,80})(?:\\bquem (?:nao|n) deve,? (?:nao|n) teme\\b|\\bse (?:nao|n) (?:tens|tem) nada a esconder\\b)|(?:\\bquem (?:nao|n) deve,? (?:nao|n) teme\\b|\\bse (?:nao|n) (?:tens|tem) nada a esconder\\b)(?=[^]{0,80}\\b(?:phone|password|passcode|messages|texts|dms|chats|celular|telefone|senha|whats|whatsapp|mensagens|conversas|movil|telefono|contrasena|mensajes|handy|passwort|nachrichten|telephone|portable|tel|mot de passe|code)\\b)',
      unlessIn:
        /\b(?:my phone|meu celular|meu telefone|mi telefono|mi movil|mi celular|mein handy|mon portable|mon telephone|mon tel)\b/,
    },
    {
      // accounts and codes taken: "me passa o código que chegou no seu celular"
      re: '\\b(?:me passa|manda|me manda) o codigo (?:q|que) chegou\\b|\\b(?:vou entrar|ele entrou|ela entrou|entrou escondido|entra escondido) no (?:seu|teu|meu) (?:whats|whatsapp|insta|instagram|email|icloud)(?: web)?\\b|\\b(?:emprestimos?|dividas?|creditos?) (?:no|em) meu nome\\b',
      unlessIn: /\b(?:netflix|ifood|prime|disney|uber|spotify|globoplay|hbo|max)\b/,
    },
    {
      // nobody else will want you
      re: '\\b(?:ninguem|ninguem mais) (?:vai|iria|ia) te (?:querer|aguentar|suportar)\\b(?! (?:como|tanto|igual|assim como))',
    },
    {
      // the card kept from now on: "de hoje em diante o cartão fica comigo"
      re: '\\b(?:de hoje em diante|a partir de hoje|daqui pra frente)\\b[^.?!]{0,20}\\b(?:o cartao|teu cartao|seu cartao) (?:fica comigo|fica aqui comigo)\\b|\\b(?:o teu salario|o seu salario|tua aposentadoria|sua aposentadoria) (?:fica comigo|fica aqui comigo|e meu agora)\\b',
    },
    { re: HARM_NOW },
    { re: LEAVING_THREAT },
    { re: ABUSE_FORMS },
    { re: THREAT_FORMS },
    { re: SET_THREAT },
    { re: IMAGES_HELD },
    { re: PAPERS_HELD },
    { re: MONEY_HELD },
    { re: CHILDREN_HELD },
    { re: LEAVING_JUMP },
    { re: THROWN_AFTER },
    { re: '\\b(?:a partir de (?:hoje|agora)|de agora em diante|ja falei|acabou a conversa|e ponto final)\\b' },
    {
      re: '\\b(?:roxos?|hematomas?|olho roxo|marcas no pescoco)\\b|\\b(?:fotos|videos) (?:intimas?|intimos|nuas?|pelad\\w*)\\b|\\bme segue (?:em|por) todo\\b|\\bmexe no meu celular\\b|\\bapaga(?:r)? meus contatos\\b|\\bnao (?:me )?deixa dormir\\b|\\bnao parou quando eu\\b|\\bme obriga a\\b|\\bme tocava\\b|\\bsem mim (?:voce|vc|tu) nao (?:e|es) nada\\b|\\bnao (?:sai|vai sair) (?:vestida|assim)\\b|\\bpassa a senha\\b',
    },

    {
      re: '\\bmostras-me as mensagens\\b|\\bme mostra (?:as )?(?:suas |tuas )?mensagens\\b|\\bapp de localizacao\\b|\\blocalizacao no meu\\b|\\brastreador\\b|\\bfechava-me\\b|\\bfecha-me\\b|\\b(?:tira|tirou|leva|levou|esconde|escondeu|fica com|ficou com|guarda|guardou|tranca|trancou) a chave\\b[^.?!]{0,20}\\b(?:em casa|no quarto)\\b|\\bem casa a chave\\b',
    },
    {
      re: '\\bdisse que nao queria\\b[^]{0,40}\\bcontinuou\\b|\\bninguem mais (?:ia|vai|iria) te (?:aguentar|querer)\\b|\\bbate (?:na|em) (?:minha|sua|tua) (?:mae|mulher|irma|namorada|filha)\\b|\\bfica com o (?:ordenado|salario) todo\\b|\\btrancad[ao]\\b|\\bme passa (?:seu|teu|o) (?:celular|telemovel|telefone)\\b(?! (?:rapidinho|rapido|um minuto|um segundo|q o meu|que o meu|pra eu|pra (?:ligar|pedir|ver|tirar)))|\\bcom quem (?:vc|voce|tu) (?:ta|esta|estas) falando\\b|\\b(?:vc|voce|tu) nao vai sair\\b|\\barrastou (?:ela|a minha|minha)\\b|\\bapertou (?:o )?meu pescoco\\b',
    },
    { re: '\\b(?:meu|minha|o meu|a minha) ex\\b[^.?!]{0,50}\\b(?:faca|arma|revolver|na porta|la fora)\\b' },

    {
      re: '\\bme (?:bate|bateu|batia|espanca|espancou|espancava|enforca|enforcou|enforcava|estrangula|estrangulou|esgana|esganou|empurra|empurrou|empurrava|estuprou|estupra|violentou|violou|chuta|chutou|chutava|queima|queimou|arrasta|arrastou|agride|agrediu|agredia|sufoca|sufocou|cospe|cuspiu|deu (?:um tapa|uma surra|um soco|uma bofetada|um murro|uma chapada|uns tabefes)|da (?:tapas|socos|surras|murros|chapadas)|puxa (?:o|pelo) cabelo|puxou (?:o|pelo) cabelo|agarra pelo pescoco|agarrou pelo pescoco)\\b',
      unlessAfter:
        /^(?: (?:uma |um |a )?(?:saudade|fome|sono|vontade|bad|deprê|depre|preguica|tristeza|inveja|duvida|ansiedade|frio)|(?: no| na| em)? (?:xadrez|cartas|jogo|truco|futebol|corrida|ping pong|uno|fifa|mario))/,
      unlessBefore: /\b(?:nao|nunca|jamais|o sol|a musica|essa musica) $/,
    },
    {
      re: '\\bme (?:obriga|obrigou|obrigava|forca|forcou|forcava) a (?:transar|fazer sexo|ter relacoes|dormir com|fazer coisas|largar|deixar de ver)',
    },
    {
      re: '\\bnao me deixa (?:sair|ver|falar|trabalhar|usar|estudar|ir|visitar|ligar|ter amig)',
    },
    {
      re: '\\b(?:mexe|mexia|olha|ve|vigia|vigiava|controla|controlava|checa|le|lia|fuca|fucava|rastreia|rastreava) (?:no |o |os |as |todo o |todas as )?(?:meu|meus|minha|minhas) (?:celular|telemovel|telefone|mensagens|localizacao|whats|zap|email|conta|redes|conversas)\\b',
      unlessBefore: /\b(?:eu|tu|voce) $/,
    },
    {
      re: '\\b(?:pega|pegou|tira|tirou|controla|controlava|fica com|ficava com) (?:todo )?(?:o )?(?:meu|minha|meus) (?:dinheiro|salario|cartao|cartoes|celular|telemovel|documentos|passaporte)\\b|\\bme (?:tranca|trancou|trancava) (?:em casa|no quarto|fora)?|\\bme (?:isolou|afastou) (?:de todos|dos meus amigos|da minha familia)',
      unlessBefore: /\b(?:eu|tu) $/,
    },
    {
      re: '\\b(?:me (?:passa|da|de) (?:a )?(?:sua|tua) senha|me da (?:o )?(?:seu|teu) (?:celular|telemovel|telefone))\\b|\\b(?:voce|vc|tu) nao (?:tem|tens) permissao (?:de|para|pra)\\b|\\b(?:manda|envia|partilha|compartilha)(?:-me| me)? (?:a )?(?:sua|tua) localizacao (?:agora|ja|toda hora|o tempo todo|sempre|senao)',
    },
    {
      re: '\\b(?:se (?:voce|vc|tu) me (?:deixar|largar|deixares)[^.?!]{0,40}(?:eu (?:te|vou)|nunca mais ve|vais|vai se arrepender)|nunca mais (?:vai|vais) ver (?:as|os|nossos|nossas|teus|seus) (?:filhos|criancas|miudos)|(?:vou|eu vou) (?:postar|mandar|mostrar|espalhar|publicar)[^.?!]{0,15}(?:suas|tuas|as) (?:fotos|nudes|videos))',
    },
    {
      re: '\\b(?:violencia domestica|maus[- ]tratos|abuso sexual|relacionamento abusivo|abusiv[oa]|estupro|lei maria da penha)\\b',
      mention: true,
    },
  ],
  danger: [
    {
      // a demand about location or a photo, backed by coming over: "manda a localização senão eu vou aí"
      re: '(?<=\\b(?:localizacao|foto|selfie|com quem|bloque\\w*|desbloque\\w*)\\b[^]{0,60})\\b(?:senao|se nao|ou) (?:eu )?(?:vou ai|vou la|vou te buscar|vou buscar-te|apareco ai|apareco la|vou ate ai|vou ate ti|vou ao teu trabalho|vou no teu trabalho|vou no seu trabalho)\\b',
      jokable: true,
    },
    {
      // bones promised broken: "quebro tuas pernas", "te parto a cara"
      re: '\\b(?:quebro|vou quebrar|quebra|parto|vou partir|arrebento|vou arrebentar) (?:as |os |a |o )?(?:tuas|teus|suas|seus|tua|teu|sua|seu) (?:pernas|bracos|dedos|dentes|cara|pescoco|costelas|ossos)\\b|\\bte (?:quebro|parto|arrebento) (?:todo|toda|a cara|os dentes|as pernas|o pescoco)\\b',
    },
    {
      // both killed: "se eu te vejo com outro mato os dois"
      re: '\\b(?:mato|matarei|vou matar) (?:os dois|voces dois|vcs dois|ambos|aos dois)\\b',
      jokable: true,
    },
    { re: HARM_NOW },
    { re: THREAT_FORMS },
    { re: SHOTS_NEARBY },
    { re: ATTACK_NEARBY },
    { re: SET_THREAT },
    { re: HARM_PROMISED },
    { re: THROWN_AFTER },
    { re: '\\b(?:faca no (?:meu )?pescoco|arma na (?:minha )?cabeca|vai ver o que acontece|sabe o que acontece)\\b' },

    {
      re: '\\beu furo ele\\b|\\bfuro-o\\b|\\bparto-lhe\\b|\\bparto a cara\\b|\\bquebro (?:a cara|as pernas)\\b|\\bme quebrar todo\\b|\\bvai me esperar\\b|\\bfica olhando (?:pra|para) (?:a )?janela\\b|\\btacar fogo\\b|\\bpor fogo\\b|\\bcom (?:ela|ele|a gente|nos) dentro\\b|\\bbalancando a faca\\b|\\barranjei uma arma\\b',
    },

    {
      re: '\\b(?:vou te matar|te mato\\b|vou-te matar|mato-te|vou matar (?:voce|vc|ele|ela)|eu te mato|vou (?:te )?(?:esfaquear|dar um tiro em (?:voce|ti|vc)|quebrar (?:a )?(?:sua|tua) cara))',
      unlessAfter: /^(?: (?:de (?:beijos|cocegas|rir)|com (?:meus|as minhas) piadas))/,
      jokable: true,
    },
    {
      re: '\\b(?:(?:voce|vc|tu) (?:vai|vais) me pagar|(?:vai|vais) pagar (?:por isso|caro)|(?:voce|vc|tu)? ?(?:vai|vais) se arrepender|(?:vais|vai) te arrepender)\\b',
      jokable: true,
    },
    { re: '\\b(?:eu )?sei onde (?:voce|vc|tu) (?:mora|moras|trabalha|trabalhas|esta|estas|dorme)\\b' },
    {
      re: '\\b(?:tenho|tem|tinha|comprei|comprou|com|sacou|pegou|puxou) (?:uma|um) (?:arma|revolver|faca|pistola|canivete|espingarda|facao)\\b',
      unlessAfter: /^(?: (?:de cozinha para|para (?:cozinhar|pescar|churrasco)|no jogo))/,
    },
    {
      re: '\\b(?:ele|ela) (?:vai|quer|disse que (?:vai|ia)) me matar\\b|\\bme ameac(?:a|ou) de morte\\b|\\bme ameac(?:a|ou|ava)\\b|\\btenho (?:muito )?medo (?:dele|dela|do que ele)\\b|\\bnao me sinto segura? (?:em casa|com ele|com ela)\\b',
    },
  ],
};

/** the partner leaving, blocking or ending it: the first half of a hold by harm */
const PT_LEAVES =
  '(?:se (?:tu |voce |vc )?(?:me deixar(?:es)?(?! (?:a|o|as|os|um|uma|ir|sair|ver|usar|levar|ficar|em paz)\\b)|me largar(?:es)?|fores embora|for embora|terminar(?:es)?(?: comigo)?|me bloquear(?:es)?)|me larga|bloqueia-me|me bloqueia|termina comigo|se eu terminar)';
/** what is promised after it, to oneself or to both */
const PT_HARM_AFTER_LEAVING =
  '(?:nenhum dos dois|vamos os dois|morremos os dois|ele se mata|ela se mata|eu me mato|mato-me|me mato|nao sobra nenhum|eu (?:me )?corto|corto-me|a gente pula|pulamos juntos)\\b';
const PT_LEAVING_HARM = `(?<=\\b${PT_LEAVES}\\b[^]{0,40}?)${PT_HARM_AFTER_LEAVING}`;

/** done with life, a burden, a plan known, not trusted with oneself, goodbyes by arrangement */
const PT_WEARY =
  '\\bpeco a deus\\b[^.?!]{0,30}\\b(?:me levar|que me leve)\\b|\\bsou (?:so )?um peso (?:pra|para) (?:ti|voce|vc|todos|voces)\\b|\\bja (?:sei|sabe) como e quando\\b|\\bnao confio em mim\\b(?= (?:perto|hoje|esta noite|agora|sozinh))|\\bque quer morrer\\b(?! de\\b)|\\bum dia eu nao recuo\\b|\\bdeixando os trens passar\\b|\\bmelhor (?:eu )?nao estar mais aqui\\b|\\blogo nao vai fazer diferenca\\b|\\bparar de estar viv[ao]\\b|\\bquem fica com o que\\b|\\bnos vemos do outro lado\\b|\\b(?:todas as senhas|senhas do banco|seguro de vida|pin do cartao|chave do cofre)\\b[^]{0,80}\\b(?:vai ser util|pra depois|para depois|vais precisar|vai precisar|nao pergunta)\\b';

/** acts and means: a knife to use on oneself, a building searched for, a relative found hanged */
const PT_ACTS =
  '\\b(?:usar|usa-la|usar ela) (?:em|contra) mim\\b|\\bpesquis\\w*\\b[^.?!]{0,30}\\b(?:predio|ponte|viaduto)\\b[^.?!]{0,30}\\b(?:terraco aberto|mais alt\\w*|sem grade)\\b|\\bacharam\\b[^.?!]{0,30}\\bpendurad[oa]\\b|\\bse eu contar\\b[^.?!]{0,30}\\bse mata\\b';

/** control in Portuguese: the phone handed over, clothes chosen, wages taken, the visa held, locked in */
const PT_CONTROL =
  '\\bentrega (?:o|teu|seu) (?:celular|telemovel|telefone)\\b|\\bquero ver as (?:conversas|mensagens)\\b|\\bse (?:for|fores) embora\\b[^.?!]{0,20}\\b(?:vai|vais) sem nada\\b|\\b(?:foi |era )?so um (?:tapa|tapinha|empurrao|empurraozinho|safanao|tabefe)\\b(?! (?:nas costas|no ombro|de leve no ombro))|\\bnao vai ser so um tapa\\b|\\bficas? sem os (?:miudos|filhos|criancas|meninos)\\b|\\b(?:me morde|morde (?:meu|o meu) braco|marca de dente)\\b|\\bescolhe a roupa que eu visto\\b|\\b(?:trancou-me|me trancou|fechou-me|me fechou)\\b[^.?!]{0,15}\\b(?:na|no|fora)\\b|\\bme prendeu (?:no|na) (?:quarto|casa|banheiro|casa de banho|varanda|sala|cozinha|porao)\\b|\\bsaber onde eu (?:to|estou|tou) o dia todo\\b|\\bficas sem (?:telemovel|celular|jantar|comer)\\b|\\b(?:perdes|perde|vai perder) o visto\\b|\\bligo (?:pro|para o) consulado\\b|\\bsalario vai direto (?:pra|para) (?:a )?minha conta\\b|\\bmando (?:teus|seus|as tuas|os teus) (?:videos|fotos|nudes)\\b|\\binstalou (?:um )?(?:app|aplicativo)\\b[^.?!]{0,20}\\bcelular\\b|\\bninguem te (?:queria|quer|vai querer) alem de mim\\b|\\bnao vais sair assim vestida\\b|\\bpareces uma qualquer\\b';

/** threats in Portuguese: a second key, "you know what I'm capable of", what happened last time */
const PT_THREATS =
  '\\btenho outra chave\\b(?! (?:no|na|aqui|comigo|em|la|do|da)\\b)|\\b(?:sabe|sabes) do que (?:eu )?sou capaz\\b|\\b(?:vais|vai|vc vai) ver (?:so )?quando eu chegar\\b|\\bsei onde (?:tua|sua|a tua) (?:mae|familia|irma|filha) mora\\b|\\bse (?:eu )?nao retirar a queixa\\b|\\bo que (?:eu )?fiz da ultima vez\\b';

/** wording added after set `ah` was read (decision 219) */
const PT_MORE_SELF =
  '\\bquando (?:voltar|voce voltar|vc voltar|tu voltares)\\b[^.?!]{0,15}\\bnao vou (?:estar|tar) mais aqui\\b|\\btomara que o aviao caia\\b|\\bsem cinto\\b[^.?!]{0,30}\\b(?:esperando|pra ver|tomara)\\b|\\bsenhas\\b[^]{0,40}\\b(?:caso aconteca|por via das duvidas)\\b|\\bameaca se matar\\b|\\bmata nos dois\\b';
const PT_MORE_ABUSE = '\\bnao quis me (?:bater|empurrar)\\b';
/** a strangling made small, a partner who would kill them both: abuse and danger */
const PT_MORE_DANGER = '\\bnao quis me (?:enforcar|estrangular)\\b|\\bmata nos dois\\b';

/** Portuguese wording added from the development sets' misses: held apart so the main table stays readable */
export const PT_MORE: RuleTable = {
  self_harm: [
    { re: PT_LEAVING_HARM, jokable: true },
    { re: PT_WEARY, jokable: true },
    { re: PT_ACTS },
    { re: PT_MORE_SELF, jokable: true },
  ],
  abuse: [
    { re: PT_LEAVING_HARM, jokable: true },
    { re: PT_CONTROL },
    { re: PT_THREATS, jokable: true },
    { re: PT_MORE_ABUSE },
    // a plea while being hurt: "para, você está me machucando", "me solta, tá me machucando"
    {
      re: '\\b(?:para|pare|me solta|solta(?:-me)?|me larga|larga(?:-me)?)[,.!]* (?:por favor[,.!]* )?(?:(?:voce|vc|tu) )?(?:(?:esta|ta|tas) )?me machuca(?:ndo)?\\b',
      jokable: true,
    },
    { re: PT_MORE_DANGER },
  ],
  danger: [
    { re: PT_THREATS, jokable: true },
    { re: PT_MORE_DANGER },
    {
      re: '\\b(?:na|a) (?:1[2-9]0|200)\\b[^.?!]{0,40}\\b(?:com (?:a|o) (?:bebe|crianca|criancas|filho|filhos)|de proposito)\\b',
    },
  ],
};
