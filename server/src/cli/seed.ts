// npm run seed -- [--preset demo|scale-2025|baseline-2020|baseline-2020-mini] [--reset] [--seed <n>]
// Fills the database with demo data (refusing a non-empty one unless --reset is given).
import { type BaselineName, baselineSpecs, seedBaseline } from '../demo/baseline-2020.js';
import { clearDatabase, databaseIsEmpty, type PresetName, presets, seedDemo } from '../demo/seed.js';
import { waitForIndexBuilds } from '../platform/db/sql-reads.js';
import { flags, openCli } from './cli-context.js';

const f = flags(process.argv.slice(2));
const preset = f.preset ?? 'demo';
const names = [...Object.keys(presets), ...Object.keys(baselineSpecs)];
if (!names.includes(preset)) {
  process.stderr.write(`unknown preset ${preset}; one of ${names.join(', ')}\n`);
  process.exit(64);
}
const cli = await openCli();
try {
  if (!(await databaseIsEmpty())) {
    if (f.reset !== 'true') {
      process.stderr.write('the database already has data; add --reset to wipe it first\n');
      process.exitCode = 65;
    } else await clearDatabase();
  }
  if (process.exitCode === undefined && preset in baselineSpecs) {
    const result = await seedBaseline({ name: preset as BaselineName, log: cli.logger });
    process.stdout.write(
      `seeded ${preset}: ${result.organisations} organisations, ${result.workers} talent records ` +
        `in ${(result.ms / 1000).toFixed(1)} s (${cli.db.engine}); the indicator dashboard is at /indicators\n`,
    );
  } else if (process.exitCode === undefined) {
    const result = await seedDemo({
      preset: preset as PresetName,
      seed: f.seed ? Number(f.seed) : undefined,
      log: cli.logger,
      reports: true,
    });
    process.stdout.write(
      `seeded ${preset}: ${result.organisations} organisations, ${result.workers} talent records, ` +
        `${result.registryEntries} registry entries, ${result.positions} positions, ${result.applications} applications ` +
        `in ${(result.ms / 1000).toFixed(1)} s (${cli.db.engine})\n`,
    );
  }
  if (process.exitCode === undefined) {
    // The embedded database indexes what the seed wrote in the background: let it finish, so the
    // platform never starts on half-built indexes.
    process.stdout.write('waiting for the database to finish its indexes…\n');
    await waitForIndexBuilds();
  }
} finally {
  await cli.close();
}
