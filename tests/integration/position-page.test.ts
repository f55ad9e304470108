import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner } from '../factories/actors.js';
import { draftPosition, openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
let owner: Awaited<ReturnType<typeof orgOwner>>;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-dist-'));

beforeAll(async () => {
  // A stand-in for the built SPA: the page head is the server's, whatever the client build holds.
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><html><head><title>App</title></head><body></body></html>',
  );
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', CLIENT_DIST: dist });
  owner = await orgOwner(app, { bureauClient: await bureau(app) });
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

function jsonLd(html: string): Record<string, unknown> | null {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return match?.[1] ? (JSON.parse(match[1]) as Record<string, unknown>) : null;
}

describe('public position page', () => {
  it('when a published position is opened without JavaScript, then the HTML carries its JobPosting data', async () => {
    const position = await openPosition(owner.client, { title: '医务社工', salaryMin: 8500, salaryMax: 11000 });
    const res = await app.client().get(`/positions/${position.id}`, { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>医务社工 · ');
    expect(res.text.match(/<title>/g)).toHaveLength(1);
    expect(jsonLd(res.text)).toMatchObject({
      '@type': 'JobPosting',
      title: '医务社工',
      employmentType: 'FULL_TIME',
      hiringOrganization: { name: position.organisation.name },
      baseSalary: { currency: 'CNY', value: { minValue: 8500, maxValue: 11000, unitText: 'MONTH' } },
      jobLocation: { address: { addressLocality: '徐汇区', addressRegion: '上海市' } },
    });
  });

  it('when a title tries to close the script element, then it stays inside the JSON', async () => {
    const position = await openPosition(owner.client, { title: '</script><img src=x>' });
    const res = await app.client().get(`/positions/${position.id}`, { accept: 'text/html' });
    expect(res.text).not.toContain('</script><img');
    expect(jsonLd(res.text)?.title).toBe('</script><img src=x>');
  });

  it('when the position is a draft or unknown, then the plain page is served without structured data', async () => {
    const draft = await draftPosition(owner.client);
    for (const url of [`/positions/${draft.id}`, '/positions/0123456789abcdef01234567']) {
      const res = await app.client().get(url, { accept: 'text/html' });
      expect(res.status).toBe(200);
      expect(jsonLd(res.text)).toBeNull();
      expect(res.text).toContain('<title>App</title>');
    }
  });
});

describe('public organisation page', () => {
  it('when a verified organisation’s page is opened without JavaScript, then the HTML names it with Organization data and no person', async () => {
    const res = await app.client().get(`/organisations/${owner.orgId}`, { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.text.match(/<title>/g)).toHaveLength(1);
    const data = jsonLd(res.text);
    expect(data).toMatchObject({ '@type': 'Organization', address: { addressRegion: '上海市' } });
    const mine = await owner.client.get<{ organisation: { name: string; contact: { name: string } } }>(
      '/api/organisations/mine',
    );
    expect(data?.name).toBe(mine.body.organisation.name);
    expect(res.text).not.toContain(mine.body.organisation.contact.name);
  });

  it('when the organisation is not verified, then the plain page is served', async () => {
    const pending = await orgOwner(app, { verified: false });
    const res = await app.client().get(`/organisations/${pending.orgId}`, { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(jsonLd(res.text)).toBeNull();
    expect(res.text).toContain('<title>App</title>');
  });
});
