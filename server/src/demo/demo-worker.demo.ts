import { defaultCeRule } from '@shsw/shared';
import mongoose from 'mongoose';
import { ceReminderPending, computeProfile } from '../modules/profiles/index.js';
import { RegistryEntry } from '../modules/registry/index.js';
import type { DemoEmployer } from './positions.demo.js';

/** The demo registry import (the bureau's history shows it). */
export const DEMO_IMPORT_ID = new mongoose.Types.ObjectId('000000000000000000000001');

/** The demo worker's application to the demo organisation's first position: at interview. */
export function demoWorkerApplication(
  workerId: mongoose.Types.ObjectId,
  position: Record<string, unknown>,
  org: DemoEmployer,
  now: Date,
): Record<string, unknown> {
  const day = 86_400_000;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);
  const interview = { at: new Date(now.getTime() + 3 * day).toISOString(), place: '徐汇区漕溪北路 88 号 3 楼会议室' };
  return {
    _id: new mongoose.Types.ObjectId(),
    positionId: position._id,
    orgId: org._id,
    workerUserId: workerId,
    profileId: workerId,
    status: 'interview',
    note: '我在养老服务领域有多年经验，期待加入。',
    interview,
    history: [
      { status: 'submitted', at: at(3), actor: 'worker', by: workerId, message: null, interview: null },
      { status: 'viewed', at: at(2), actor: 'employer', by: org.ownerId, message: null, interview: null },
      { status: 'shortlisted', at: at(2), actor: 'employer', by: org.ownerId, message: null, interview: null },
      { status: 'interview', at: at(1), actor: 'employer', by: org.ownerId, message: '请携带证书原件', interview },
    ],
    employerNotes: [],
    version: 4,
    createdAt: at(3),
    updatedAt: at(1),
  };
}

/** The demo worker's own record: complete enough to show every badge. */
export async function demoWorkerProfile(userId: mongoose.Types.ObjectId, now: Date) {
  const year = now.getFullYear();
  const profile = {
    _id: userId,
    userId,
    personal: {
      name: '林晓雯',
      birthYear: 1992,
      gender: 'female',
      districtCode: '310104',
      streetCode: '310104014',
      mobile: '13800138000',
      email: 'worker@demo.shsw.cn',
    },
    idCard: null,
    education: [
      {
        id: 'demo-edu-1',
        level: 'bachelor',
        school: '华东理工大学',
        major: '社会工作',
        field: 'social_work',
        graduationYear: 2014,
        inProgress: false,
      },
    ],
    certificates: [
      {
        id: 'demo-cert-1',
        level: 'social_worker',
        number: 'S2018DEMO001',
        yearObtained: 2018,
        registrationValidUntil: `${year + 1}-06-30`,
        status: 'verified' as const,
        verifiedBy: 'registry' as const,
        decidedAt: now,
        decidedBy: null,
        refusalReason: null,
        claimedAt: now,
      },
    ],
    training: [],
    continuingEducation: [
      {
        id: 'demo-ce-1',
        date: `${year - 1}-03-15`,
        hours: 24,
        provider: '上海市社会工作者协会',
        topic: '老年社会工作实务',
      },
      { id: 'demo-ce-2', date: `${year - 1}-10-20`, hours: 16, provider: '区社会工作协会', topic: '社会工作伦理' },
    ],
    serviceHistory: [
      {
        id: 'demo-sh-1',
        organisationName: '徐汇区某街道社区综合为老服务中心',
        organisationId: null,
        domains: ['elderly_care'],
        role: '一线社工',
        from: '2014-07-01',
        to: '2019-06-30',
        hours: null,
        confirmedByEmployer: false,
        source: 'self' as const,
      },
      {
        id: 'demo-sh-2',
        organisationName: '上海市徐汇区阳光社会工作服务社',
        organisationId: null,
        domains: ['elderly_care', 'community_building'],
        role: '项目主管',
        from: '2019-07-01',
        to: null,
        hours: null,
        confirmedByEmployer: false,
        source: 'self' as const,
      },
    ],
    serviceDomains: ['elderly_care', 'community_building'],
    skills: ['个案工作', '需求评估', '项目管理'],
    talentCategory: 'practice',
    communityWorker: false,
    languages: ['普通话', '上海话', 'English'],
    wishes: {
      serviceDomains: ['elderly_care'],
      districtCodes: ['310104', '310105'],
      salaryMin: 9000,
      employmentTypes: ['full_time'],
    },
    openToWork: true,
    openToWorkHistory: [{ value: true, at: now }],
    visibility: 'verified_orgs' as const,
    hideFrom: [],
    declaredNone: [],
    computed: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await RegistryEntry.collection.insertOne({
    _id: 'S2018DEMO001',
    name: '林晓雯',
    level: 'social_worker',
    year: 2018,
    importId: DEMO_IMPORT_ID,
    updatedAt: now,
  } as never);
  const computed = computeProfile(profile, defaultCeRule, now);
  return { ...profile, computed, ceReminderPending: ceReminderPending({ computed, ceReminderFor: null }) };
}
