import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const urlWithScheme = (schemes: string[]) =>
  z
    .string()
    .trim()
    .refine((v) => schemes.some((s) => v.startsWith(`${s}://`)), {
      message: `must start with ${schemes.join(':// or ')}://`,
    });

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().default('data'),
  MONGODB_URI: optional(urlWithScheme(['mongodb', 'mongodb+srv'])),
  MONGODB_DB: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,63}$/, 'letters, digits, _ and - only, at most 63')
    .default('shsw'),
  EMBEDDED_DB: z.enum(['auto', 'mongod', 'postgresql', 'sqlite', 'memory-server']).default('auto'),
  FERRETDB_BIN: optional(z.string()),
  MEILI_HOST: optional(urlWithScheme(['http', 'https'])),
  MEILI_MASTER_KEY: optional(z.string().min(16, 'must be at least 16 bytes')),
  /** The in-process engine keeps whole answers between two index writes; `off` for cold benchmarks. */
  SEARCH_RESULT_CACHE: z.enum(['on', 'off']).default('on'),
  /** A Meilisearch binary the app runs as a child (data in DATA_DIR/meili) when MEILI_HOST is unset. */
  MEILI_BIN: optional(z.string().trim()),
  REDIS_URL: optional(urlWithScheme(['redis', 'rediss'])),
  /** Outgoing mail (smtp://user:pass@host:587 or smtps://…:465); unset means e-mail is off. */
  SMTP_URL: optional(urlWithScheme(['smtp', 'smtps'])),
  /** The sender of every mail: an address, optionally with a name. */
  MAIL_FROM: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().min(3).default('"上海社会工作人才供需平台" <no-reply@localhost>'),
  ),
  /** Shared with the mail provider's bounce webhook (`POST /api/mail/bounces`); unset turns it off. */
  MAIL_WEBHOOK_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  /** Where people reach the web app (https://talent.example.org): the base of every link in mail. */
  PUBLIC_URL: optional(urlWithScheme(['http', 'https'])),
  SESSION_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  DATA_ENCRYPTION_KEY: optional(z.string().min(32, 'must be at least 32 characters')),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(20),
  /** Requests served at once over everyone, and for one person; the rest wait their turn. */
  MAX_ACTIVE_REQUESTS: z.coerce.number().int().min(1).default(32),
  MAX_ACTIVE_REQUESTS_PER_USER: z.coerce.number().int().min(1).default(6),
  SEED_DEMO: z.enum(['off', 'if-empty']).default('off'),
  /** Origins besides the app's own whose pages may open the realtime channel (comma-separated). */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: 'a comma-separated list of origins like https://example.org' }))),
  /** Database commands slower than this are logged with their filter's shape (0 = off). */
  SLOW_QUERY_MS: z.coerce.number().int().min(0).default(500),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  CLIENT_DIST: optional(z.string()),
});

export type Env = z.infer<typeof envSchema>;

export interface Config extends Omit<Env, 'SESSION_SECRET' | 'DATA_ENCRYPTION_KEY' | 'CLIENT_DIST' | 'DATA_DIR'> {
  DATA_DIR: string;
  SESSION_SECRET: string;
  /** Encrypts sensitive personal information at rest (ID-card numbers). */
  DATA_ENCRYPTION_KEY: string;
  CLIENT_DIST: string;
  /** Where the repository lives (for the FerretDB wrapper and the built SPA). */
  repoRoot: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Walks up from this file to the directory holding the workspace root package.json. */
export function findRepoRoot(start = path.dirname(new URL(import.meta.url).pathname)): string {
  let dir = start;
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'tools', 'ferretdb', 'go.mod'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/**
 * Parses the environment once. A bad value throws a ConfigError naming the variable.
 * In production SESSION_SECRET and DATA_ENCRYPTION_KEY are required; elsewhere each is
 * generated once and kept in DATA_DIR, so sessions and encrypted data survive restarts.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    const missing = (['SESSION_SECRET', 'DATA_ENCRYPTION_KEY'] as const).filter((name) => !e[name]);
    if (missing.length > 0) {
      throw new ConfigError(missing.map((name) => `${name}: required in production (at least 32 characters)`));
    }
    if (e.SMTP_URL && !e.PUBLIC_URL) {
      throw new ConfigError([
        'PUBLIC_URL: required in production when SMTP_URL is set (links in mail are built on it)',
      ]);
    }
  }
  const repoRoot = findRepoRoot();
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    ...e,
    DATA_DIR: dataDir,
    SESSION_SECRET: e.SESSION_SECRET ?? localSecret(dataDir, 'session-secret'),
    DATA_ENCRYPTION_KEY: e.DATA_ENCRYPTION_KEY ?? localSecret(dataDir, 'data-encryption-key'),
    CLIENT_DIST: path.resolve(e.CLIENT_DIST ?? path.join(repoRoot, 'client', 'dist')),
    repoRoot,
  };
}

/** A secret generated once and kept in the data dir, so the embedded run needs nothing set. */
function localSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(48).toString('base64url');
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
