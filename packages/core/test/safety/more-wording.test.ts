import { describe, expect, it } from 'vitest';
import { checkSafety } from '../../src/safety/index.ts';

describe('wording added in German, Spanish, French and Portuguese', () => {
  it.each([
    ['wenn du mich verlässt, dann gehen wir beide', 'self_harm'],
    ['ich bin so müde vom leben', 'self_harm'],
    ['zeig mal dein handy, sofort', 'abuse'],
    ['er hat mich gewürgt, als ich gehen wollte', 'abuse'],
    ['si me dejas me mato, te lo juro por mi madre', 'self_harm'],
    ['ya no me da miedo morir', 'self_harm'],
    ['fue solo una cachetada, no exageres', 'abuse'],
    ['si le cuento a alguien me mata', 'danger'],
    ['si tu me quittes, on part tous les deux', 'self_harm'],
    ["je me tape la tête contre le mur jusqu'à saigner", 'self_harm'],
    ['débloque ton tel et donne-le', 'abuse'],
    ["il m'a étranglée hier soir", 'danger'],
    ['se me deixares, morremos os dois', 'self_harm'],
    ['peço a deus toda noite pra me levar', 'self_harm'],
    ['entrega o celular desbloqueado, agora', 'abuse'],
    ['você sabe do que eu sou capaz', 'danger'],
    ['cuando vuelvas ya no voy a estar', 'self_harm'],
    ['desbloquéame o me corto', 'self_harm'],
    ['fahre seit Tagen ohne Gurt, vielleicht passiert ja was', 'self_harm'],
    ["c'était juste une claque, arrête", 'abuse'],
    ['ele ameaça se matar toda vez que eu saio', 'self_harm'],
    ['🪢 + the beam in the garage', 'self_harm'],
    ['ill be 🪦 before christmas', 'self_harm'],
    ['she threatens to kill herself every time i see my mum', 'self_harm'],
    ['ur mom lives alone right', 'danger'],
    ["she's not letting me see my friends anymore", 'abuse'],
    ['suéltame, me haces daño', 'abuse'],
    ['arrête, tu me fais mal', 'abuse'],
    ['hör auf, du tust mir weh', 'abuse'],
    ['me solta, tá me machucando', 'abuse'],
  ])('%s raises %s', (text, concern) => {
    expect(checkSafety(text)?.concerns).toContain(concern);
  });

  it.each([
    'wenn du gehst, spring ich schnell unter die Dusche',
    '"du bist nix ohne mich" singt die Helene grad im Radio',
    'wenn du gehst, mach bitte das Licht im Keller aus',
    'te lo juro por mi madre, mi jefe me mata si llego tarde',
    'si me dejas elegir la peli, nos vamos juntos al cine',
    'jveux plus etre la, cette soirée est nulle on se casse?',
    'je me suis enfermée dehors sur le balcon, la porte a claqué avec le vent',
    'se tu me deixar a receita do bacalhau, nenhum dos dois passa fome no natal',
    'pode trancar a porta, eu tenho outra chave no chaveiro',
    'desbloquéame o me corto el pelo yo solo',
    "my boyfriend and i have each other's passwords, just in case",
    'dont wait up, last train is at 00:40',
    'arrête, tu me fais mal au cœur avec cette chanson',
    'para, me haces daño de risa jajaja',
    'para, você está me magoando com essas palavras',
  ])('%s raises nothing', (text) => {
    expect(checkSafety(text)).toBeNull();
  });
});
