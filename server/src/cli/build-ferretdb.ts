// Builds (or finds in the cache) the FerretDB wrapper in tools/ferretdb and prints its path.
import { findRepoRoot } from '../config.js';
import { ensureFerretDbBinary } from '../platform/db/ferretdb.js';
import { createLogger } from '../platform/logger.js';

const bin = await ensureFerretDbBinary(findRepoRoot(), createLogger('info', 'build-ferretdb'));
process.stdout.write(`${bin}\n`);
