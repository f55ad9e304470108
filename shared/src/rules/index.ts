export * from './agency.js';
export type { DateInput } from './calendar.js';
export * from './continuing-education.js';
export * from './credit-code.js';
export * from './experience.js';
export * from './id-card.js';
export * from './masking.js';
export * from './phone.js';
export * from './talent.js';
