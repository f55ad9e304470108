// npm run reindex — rebuilds the search indexes from MongoDB (the source of truth).
// With MEILI_HOST (or MEILI_BIN) set this rebuilds Meilisearch's indexes for every app node. The in-process
// engine rebuilds itself at every start, so there the command only checks that a rebuild works
// and how long it takes.
import { buildServices } from '../services.js';
import { openCli } from './cli-context.js';

const cli = await openCli({ search: true });
try {
  const services = buildServices(cli.config, cli.logger);
  const result = await services.searchSync.rebuild();
  process.stdout.write(
    `reindexed ${result.talent} talent records and ${result.positions} open positions in ${(result.ms / 1000).toFixed(1)} s ` +
      `(${services.searchEngine.kind}${services.searchEngine.kind === 'embedded' ? '; the running app keeps its own in-process index' : ''})\n`,
  );
  await services.searchEngine.close();
} finally {
  await cli.close();
}
