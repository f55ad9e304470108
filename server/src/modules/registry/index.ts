export { registryMigrations } from './registry.migrations.js';
export { RegistryEntry, type RegistryEntryDoc, registryEntriesByNumbers } from './registry.model.js';
export { registerRegistryRoutes } from './registry.router.js';
export { RegistryService } from './registry.service.js';
export { registryCheck } from './registry-check.js';
