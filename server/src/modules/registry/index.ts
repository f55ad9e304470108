export { registryMigrations } from './registry.migrations.js';
export { RegistryEntry, type RegistryEntryDoc, registryEntriesByNumbers } from './registry.model.js';
export { registryPersonalData } from './registry.personal-data.js';
export { registerRegistryRoutes } from './registry.router.js';
export { RegistryService } from './registry.service.js';
export { registryCheck } from './registry-check.js';
