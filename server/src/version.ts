import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

/** The platform's version, from server/package.json. */
export const version: string = pkg.version;
