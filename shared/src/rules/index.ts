export type { DateInput } from './calendar.js';
export * from './credit-code.js';
export * from './id-card.js';
export * from './masking.js';
export * from './phone.js';
