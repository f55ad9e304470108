import type { PersonalDataDeclaration } from '@shsw/server/platform/privacy/personal-data';
import { personalDataSections } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdingPersonIds, models, pathsOf } from '../setup/schema-paths.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/**
 * The test that grows with the platform: it reads every registered mongoose model's schema (not
 * a list kept by hand), finds the collections whose documents hold a person's id, and fails when
 * one of them has no declared handling for export and deletion. A new module (messages,
 * invitations…) fails here until it declares its personal data in its `*.personal-data.ts`.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const declarations = (): readonly PersonalDataDeclaration[] => app.server.services.personalData.declarations;

describe('personal data: every collection declares its handling', () => {
  it('when a schema holds an id, then it names what the id refers to (ref), so people can be found', () => {
    const unnamed = models().flatMap((m) =>
      pathsOf(m.schema)
        .filter((p) => p.instance === 'ObjectId' && !p.generated && p.ref === null)
        .map((p) => `${m.modelName}.${p.path}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('when a collection holds a person’s id, then it declares an export and a deletion policy', () => {
    const discovered = holdingPersonIds();
    // The discovery itself must see the platform's known personal collections.
    expect([...discovered.keys()]).toEqual(
      expect.arrayContaining(['User', 'Profile', 'Session', 'Application', 'Notification', 'SavedSearch']),
    );
    const missing: string[] = [];
    for (const [model, paths] of discovered) {
      const d = declarations().find((x) => x.model === model);
      if (!d) missing.push(`${model} (${paths.join(', ')}): no declaration`);
      else if (!d.personal) missing.push(`${model} (${paths.join(', ')}): declared as holding no personal data`);
      else {
        if (!('read' in d.export) && !d.export.none) missing.push(`${model}: export neither read nor explained`);
        const e = d.erasure;
        if (!('run' in e) && !('via' in e) && !('reason' in e)) missing.push(`${model}: no deletion policy`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('when any collection is registered, then it is declared (personal data, or why none), and every declaration is a real collection', () => {
    const registered = models().map((m) => m.modelName);
    const declared = declarations().map((d) => d.model);
    expect(registered.filter((m) => !declared.includes(m))).toEqual([]);
    expect(declared.filter((m) => !registered.includes(m))).toEqual([]);
    for (const d of declarations()) if (!d.personal) expect(d.why.length, d.model).toBeGreaterThan(10);
  });

  it('when a declaration names a section, then the shared vocabulary labels it and anonymised data says why it stays', () => {
    const codes = new Set<string>(personalDataSections.map((s) => s.code));
    for (const d of declarations()) {
      if (!d.personal) continue;
      expect(codes.has(d.section), `${d.model}: section ${d.section}`).toBe(true);
      if (d.erasure.how === 'anonymise' && 'run' in d.erasure) expect(d.keptBecause, d.model).toBeDefined();
    }
    const exported = declarations().flatMap((d) => (d.personal && 'read' in d.export ? [d.section] : []));
    expect(new Set(exported).size).toBe(exported.length);
  });
});
