import type { RegistryImport } from '@shsw/shared';
import type { TestClient } from '../setup/test-client.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads a registry file as the bureau's page does (the file as the body); the 202 answer's import. */
export async function startImport(
  client: TestClient,
  file: Buffer | string,
  fileName = 'registry.csv',
): Promise<{ status: number; body: RegistryImport }> {
  const res = await fetch(
    new URL(`/api/bureau/registry/imports?fileName=${encodeURIComponent(fileName)}`, client.baseUrl),
    {
      method: 'POST',
      headers: {
        'content-type': fileName.endsWith('.xlsx') ? XLSX : 'text/csv',
        'x-csrf-token': client.csrfToken ?? '',
        cookie: `shsw.sid=${client.cookie('shsw.sid')}; shsw.csrf=${client.cookie('shsw.csrf')}`,
      },
      body: typeof file === 'string' ? file : new Uint8Array(file),
    },
  );
  return { status: res.status, body: (await res.json()) as RegistryImport };
}

/** Polls the import until it is done or failed (the test's timeout catches a hang). */
export async function finishedImport(client: TestClient, id: string): Promise<RegistryImport> {
  for (;;) {
    const res = await client.get<RegistryImport>(`/api/bureau/registry/imports/${id}`);
    if (res.status !== 200) throw new Error(`import ${id}: ${res.status} ${res.text}`);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Uploads and waits for the outcome. */
export async function importRegistry(
  client: TestClient,
  file: Buffer | string,
  fileName = 'registry.csv',
): Promise<RegistryImport> {
  const started = await startImport(client, file, fileName);
  if (started.status !== 202) throw new Error(`upload answered ${started.status}: ${JSON.stringify(started.body)}`);
  return finishedImport(client, started.body.id);
}

/** A valid registry CSV of `rows` rows with numbers `<prefix>-0000001`…, all different. */
export function registryCsv(rows: number, prefix: string, opts: { year?: number; from?: number } = {}): string {
  const lines = ['name,number,level,year'];
  const from = opts.from ?? 0;
  for (let i = from; i < from + rows; i += 1) {
    lines.push(
      `社工${i % 997},${prefix}-${String(i).padStart(7, '0')},${i % 3 === 0 ? 'senior' : 'assistant'},${opts.year ?? 2015 + (i % 10)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
