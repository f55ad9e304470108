export * from './api/contract.js';
export * from './api/error-codes.js';
export * from './api/routes.js';
export * from './rules/index.js';
export * from './schemas/common.js';
export * from './schemas/meta.js';
export * from './vocabulary/index.js';
