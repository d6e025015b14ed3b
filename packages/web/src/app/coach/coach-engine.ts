// the coach as the app loads it: a separate chunk (rules, learned model, safety check) fetched after first paint
export { coachMessage } from '@reconnect/core/coach';
