import { z } from 'zod';
import type { Label } from './label.js';
import divisions from './shanghai-divisions.json' with { type: 'json' };
import streetNamesEn from './street-names-en.json' with { type: 'json' };

/** 街道 / 镇 / 乡, or `other`: a unit NBS lists for statistics only (development zones, farms). */
export type StreetKind = 'street' | 'town' | 'township' | 'other';

export interface Street {
  /** 9-digit NBS statistical division code. */
  code: string;
  label: Label;
  kind: StreetKind;
  /** True for the 19 statistical-only units: kept for addresses, excluded from the 215 streets/towns. */
  statisticalOnly: boolean;
  districtCode: string;
}

export interface District {
  /** 6-digit NBS division code. */
  code: string;
  label: Label;
  streets: Street[];
}

const englishNames: Record<string, string> = streetNamesEn;

export const districts: readonly District[] = divisions.districts.map((d) => ({
  code: d.code,
  label: { zh: d.name, en: d.nameEn },
  streets: d.streets.map((s) => ({
    code: s.code,
    label: { zh: s.name, en: englishNames[s.code] ?? s.name },
    kind: s.kind as StreetKind,
    statisticalOnly: s.kind === 'other',
    districtCode: d.code,
  })),
}));

export const divisionsSource = {
  source: divisions.source,
  sourceVersion: divisions.sourceVersion,
} as const;

export const streets: readonly Street[] = districts.flatMap((d) => d.streets);
const streetByCode = new Map(streets.map((s) => [s.code, s]));
const districtByCode = new Map(districts.map((d) => [d.code, d]));

export const districtCodes = districts.map((d) => d.code) as [string, ...string[]];
export const streetCodes = streets.map((s) => s.code) as [string, ...string[]];

// Enums, not refinements: the OpenAPI document then lists the codes (clients and fuzzers see them).
export const districtCodeSchema = z.enum(districtCodes, { error: 'unknown district code' });
export const streetCodeSchema = z.enum(streetCodes, { error: 'unknown street/town code' });

export function findDistrict(code: string): District | undefined {
  return districtByCode.get(code);
}

export function findStreet(code: string): Street | undefined {
  return streetByCode.get(code);
}

/** True when the street/town code belongs to the district. */
export function streetInDistrict(streetCode: string, districtCode: string): boolean {
  return streetByCode.get(streetCode)?.districtCode === districtCode;
}

/** The streets and towns every station-coverage figure counts against (215 in the 2023 table). */
export const countedStreets: readonly Street[] = streets.filter((s) => !s.statisticalOnly);
