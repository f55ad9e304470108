import type { Application, CreatePositionBody, Position, SalaryGuidance } from '@shsw/shared';
import type { TestClient } from '../setup/test-client.js';
import { makeReady } from './profiles.js';

export function positionBody(overrides: Partial<CreatePositionBody> = {}): CreatePositionBody {
  return {
    title: '养老服务社工',
    primaryDomain: 'elderly_care',
    secondaryDomain: 'community_building',
    talentCategory: 'practice',
    description: '负责社区长者个案服务与小组活动。\n\n- 需求评估\n- 个案管理',
    districtCode: '310104',
    streetCode: '310104014',
    headcount: 2,
    employmentType: 'full_time',
    salaryMin: 8000,
    salaryMax: 10000,
    minCertificate: 'assistant',
    minEducation: 'diploma',
    socialWorkMajorRequired: false,
    minYearsInDomain: 1,
    skills: ['个案工作'],
    benefits: ['五险一金'],
    governmentPurchase: null,
    deadline: null,
    ...overrides,
  };
}

export async function draftPosition(owner: TestClient, overrides: Partial<CreatePositionBody> = {}): Promise<Position> {
  const res = await owner.post<Position>('/api/positions', positionBody(overrides));
  if (res.status !== 201) throw new Error(`draft failed: ${res.status} ${res.text}`);
  return res.body;
}

export async function openPosition(owner: TestClient, overrides: Partial<CreatePositionBody> = {}): Promise<Position> {
  const draft = await draftPosition(owner, overrides);
  const res = await owner.post<Position>(`/api/positions/${draft.id}/status`, {
    to: 'open',
    acknowledgeBelowGuidance: true,
  });
  if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${res.text}`);
  return res.body;
}

/** Applies as the worker, first filling in what its record lacks for applying. */
export async function apply(
  worker: TestClient,
  positionId: string,
  note = '我有三年养老服务经验',
): Promise<Application> {
  await makeReady(worker);
  const res = await worker.post<Application>(`/api/positions/${positionId}/applications`, { note });
  if (res.status !== 201) throw new Error(`apply failed: ${res.status} ${res.text}`);
  return res.body;
}

const band = (low: number, median: number, high: number) => ({ low, median, high });

export const guidanceBody = {
  byLevel: {
    none: band(6000, 7000, 8500),
    assistant: band(7000, 8000, 9500),
    social_worker: band(8000, 9500, 11500),
    senior: band(11000, 13500, 17000),
  },
  byCategory: {
    practice: band(6500, 8000, 10000),
    supervision: band(9000, 11000, 14000),
    management: band(10000, 12500, 16000),
    education_research: band(9000, 11500, 15000),
  },
  source: '上海市社会工作者协会 薪酬指导价（测试数据）',
} satisfies Omit<SalaryGuidance, 'year' | 'updatedAt'>;
