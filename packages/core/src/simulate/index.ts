// the conversation simulator's public surface

export * from './conversation.ts';
export { demoConversation } from './demo.ts';
export { simulateGroupChat } from './group-chat.ts';
export { createRandom, type Random } from './random.ts';
export { toWhatsAppText } from './whatsapp-text.ts';
