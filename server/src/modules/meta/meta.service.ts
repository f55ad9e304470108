import type { Health } from '@shsw/shared';

export interface HealthProbes {
  dbEngine: string;
  pingDb(): Promise<boolean>;
  searchEngine: string;
  pingSearch(): Promise<boolean>;
  /** Outgoing mail: never makes health `degraded` by being off, only by failing. */
  mail(): 'up' | 'down' | 'log' | 'off';
  version: string;
  startedAt: number;
}

/** Health is 200 either way; `degraded` tells a load balancer or an operator what is down. */
export async function checkHealth(probes: HealthProbes): Promise<Health> {
  const [dbUp, searchUp] = await Promise.all([probes.pingDb(), probes.pingSearch().catch(() => false)]);
  const mail = probes.mail();
  return {
    status: dbUp && searchUp && mail !== 'down' ? 'ok' : 'degraded',
    db: dbUp ? 'up' : 'down',
    search: searchUp ? 'up' : 'down',
    mail,
    engines: { db: probes.dbEngine, search: probes.searchEngine },
    version: probes.version,
    uptimeSeconds: Math.floor((Date.now() - probes.startedAt) / 1000),
  };
}
