import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = path.join(os.tmpdir(), 'shsw-config-test');

describe('loadConfig', () => {
  it('when nothing is set, then the embedded defaults apply and a session secret is generated', () => {
    const config = loadConfig({ DATA_DIR: tmp });
    expect(config.PORT).toBe(3000);
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config.EMBEDDED_DB).toBe('auto');
    expect(config.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: tmp }).SESSION_SECRET).toBe(config.SESSION_SECRET);
  });

  it('when values are bad, then the error names every bad variable', () => {
    const attempt = () =>
      loadConfig({ DATA_DIR: tmp, PORT: 'eighty', MONGODB_URI: 'http://x', LOG_LEVEL: 'loud', REDIS_URL: 'x' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      const names = (err as ConfigError).issues.map((i) => i.split(':')[0]);
      expect(names.sort()).toEqual(['LOG_LEVEL', 'MONGODB_URI', 'PORT', 'REDIS_URL']);
    }
  });

  it('when production runs without SESSION_SECRET, then start-up is refused', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tmp })).toThrow(/SESSION_SECRET/);
  });

  it('when an optional variable is empty, then it counts as unset', () => {
    expect(loadConfig({ DATA_DIR: tmp, MEILI_HOST: '', REDIS_URL: ' ' }).MEILI_HOST).toBeUndefined();
  });

  it('when MEILI_BIN names a Meilisearch binary, then it is kept for the start-up choice; empty means unset', () => {
    expect(loadConfig({ DATA_DIR: tmp }).MEILI_BIN).toBeUndefined();
    expect(loadConfig({ DATA_DIR: tmp, MEILI_BIN: ' ' }).MEILI_BIN).toBeUndefined();
    expect(loadConfig({ DATA_DIR: tmp, MEILI_BIN: ' .cache/meilisearch ' }).MEILI_BIN).toBe('.cache/meilisearch');
    expect(() => loadConfig({ DATA_DIR: tmp, MEILI_BIN: '.cache/meilisearch', MEILI_MASTER_KEY: 'short' })).toThrow(
      /MEILI_MASTER_KEY/,
    );
  });

  it('when SMTP_URL is not an smtp URL, or production sets it without PUBLIC_URL, then start-up is refused', () => {
    expect(() => loadConfig({ DATA_DIR: tmp, SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    const secrets = { SESSION_SECRET: 'x'.repeat(32), DATA_ENCRYPTION_KEY: 'y'.repeat(32) };
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATA_DIR: tmp, ...secrets, SMTP_URL: 'smtp://mail.example.org:587' }),
    ).toThrow(/PUBLIC_URL/);
    const ok = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: tmp,
      ...secrets,
      SMTP_URL: 'smtps://u:p@mail.example.org:465',
      PUBLIC_URL: 'https://talent.example.org',
    });
    expect(ok.SMTP_URL).toBe('smtps://u:p@mail.example.org:465');
    expect(loadConfig({ DATA_DIR: tmp }).SMTP_URL).toBeUndefined();
  });
});
