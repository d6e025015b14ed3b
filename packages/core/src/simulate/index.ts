// the conversation simulator's public surface

export * from './conversation.ts';
export { demoConversation } from './demo.ts';
export { simulateGroupChat } from './group-chat.ts';
export {
  DEVELOPMENT_LIVES,
  HELD_OUT_LIVES,
  LIVES,
  type Life,
  type LifeSettings,
  lifeSpec,
  type Span,
} from './lives.ts';
export { createRandom, type Random } from './random.ts';
export { toWhatsAppText } from './whatsapp-text.ts';
