import { countedStreets, districts, generateCreditCode, organisationTypes, qualifiesAsAgency } from '@shsw/shared';
import mongoose from 'mongoose';
import { organisationName } from './names.demo.js';
import { personName } from './people.js';
import type { Random } from './random.js';

export interface DemoOrganisation {
  org: Record<string, unknown> & { _id: mongoose.Types.ObjectId; type: string; districtCode: string; status: string };
  owner: Record<string, unknown> & { _id: mongoose.Types.ObjectId };
  /** The service domains its positions come from (null: any, as the plan's demand). */
  domains: readonly string[] | null;
}

/** Road names common across the city's districts, for the demo's addresses. */
const roads = [
  '中山路',
  '人民路',
  '建设路',
  '文化路',
  '长江路',
  '团结路',
  '和平路',
  '振兴路',
  '育才路',
  '新华路',
] as const;

/** How many of each non-station type per 1,000 organisations: agencies and elderly care lead. */
const typeWeights: readonly (readonly [string, number])[] = [
  ['social_work_agency', 330],
  ['elderly_care_institution', 260],
  ['school', 70],
  ['hospital', 60],
  ['mass_organisation', 40],
  ['community_service_centre', 90],
  ['public_institution', 60],
  ['social_organisation', 60],
  ['enterprise', 30],
];

function staffFor(rng: Random, type: string) {
  const fullTime = type === 'social_work_agency' ? rng.int(5, 80) : rng.int(3, 40);
  const share = type === 'social_work_agency' ? 0.25 + rng.next() * 0.45 : rng.next() * 0.35;
  const qualified = Math.min(fullTime, Math.round(fullTime * share));
  const certified = Math.round(qualified * (0.6 + rng.next() * 0.4));
  const swBachelorPlus = Math.max(qualified - certified, Math.round(qualified * rng.next() * 0.5));
  return { fullTime, certified, swBachelorPlus: Math.min(swBachelorPlus, qualified), qualified };
}

/**
 * Organisations of every type across all 16 districts: stations at most streets/towns,
 * elderly-service complexes at many, and `count` others. Owners are accounts without a
 * usable password (only the documented demo accounts can sign in).
 */
export function demoOrganisations(
  rng: Random,
  opts: { count: number; stationCoverage: number; now: Date; takenNames?: readonly string[] },
): DemoOrganisation[] {
  const used = new Set(opts.takenNames ?? []);
  const out: DemoOrganisation[] = [];
  const start = new Date(opts.now.getTime() - 3 * 365 * 86400_000);
  const add = (type: string, districtCode: string, streetCode: string, streetName?: string) => {
    const districtName = districts.find((d) => d.code === districtCode)?.label.zh ?? '';
    const { name, domains } = organisationName(rng, type, { district: districtName, street: streetName ?? '' }, used);
    const staff = staffFor(rng, type);
    const charter = type === 'social_work_agency' || (type === 'street_station' && rng.chance(0.6));
    const status = rng.weighted([
      ['verified', 90],
      ['pending', 7],
      ['rejected', 3],
    ] as const);
    const createdAt = new Date(start.getTime() + rng.next() * (opts.now.getTime() - start.getTime() - 7 * 86400_000));
    const decidedAt = new Date(createdAt.getTime() + rng.int(1, 6) * 86400_000);
    const ownerId = new mongoose.Types.ObjectId();
    const orgId = new mongoose.Types.ObjectId();
    out.push({
      org: {
        _id: orgId,
        name,
        creditCode: generateCreditCode(() => rng.next(), {
          authority: type === 'enterprise' ? '9' : '5',
          type: '2',
          districtCode,
        }),
        type,
        districtCode,
        streetCode,
        address: `${districtName}${streetName ?? ''}${rng.pick(roads)} ${rng.int(1, 999)} 号`,
        contact: {
          name: personName(rng),
          mobile: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
          email: null,
        },
        staff,
        charterStatesSocialWorkAims: charter,
        agencyQualified: qualifiesAsAgency({ staff, charterStatesSocialWorkAims: charter }),
        status,
        verification: {
          decidedAt: status === 'pending' ? null : decidedAt,
          decidedBy: null,
          reason: status === 'rejected' ? '提交的登记证书与信用代码不一致' : null,
        },
        statusHistory: [
          { status: 'pending', at: createdAt, by: ownerId, reason: null },
          ...(status === 'pending' ? [] : [{ status, at: decidedAt, by: null, reason: null }]),
        ],
        ownerId,
        createdAt,
        updatedAt: decidedAt,
      },
      owner: {
        _id: ownerId,
        login: `owner-${orgId.toHexString()}@demo.invalid`,
        loginKind: 'email',
        passwordHash: '!',
        displayName: `${name}管理员`,
        role: 'org',
        status: 'active',
        orgId,
        orgRole: 'owner',
        consents: [{ kind: 'privacy_notice', noticeVersion: 'demo', grantedAt: createdAt, withdrawnAt: null }],
        createdAt,
        updatedAt: createdAt,
      },
      domains,
    });
  };

  for (const street of countedStreets) {
    if (rng.chance(opts.stationCoverage)) add('street_station', street.districtCode, street.code, street.label.zh);
    if (rng.chance(0.7)) add('elderly_service_complex', street.districtCode, street.code, street.label.zh);
  }
  for (let i = 0; i < opts.count; i += 1) {
    const district = rng.pick(districts);
    const street = rng.pick(district.streets.filter((s) => !s.statisticalOnly));
    add(rng.weighted(typeWeights), district.code, street.code, street.label.zh);
  }
  if (organisationTypes.some((t) => !out.some((o) => o.org.type === t.code))) {
    for (const t of organisationTypes)
      if (!out.some((o) => o.org.type === t.code)) add(t.code, '310101', '310101002', '南京东路街道');
  }
  return out;
}
