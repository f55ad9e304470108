import { auditMigrations } from './modules/audit/index.js';
import { profileMigrations } from './modules/profiles/index.js';
import type { Migration } from './platform/db/migrations.js';

/** One-time data migrations, in order; each module lists its own. The seed marks them all done. */
export const dataMigrations: readonly Migration[] = [...auditMigrations, ...profileMigrations];
