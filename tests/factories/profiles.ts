import crypto from 'node:crypto';
import { applicationReadiness, type OwnProfile, type UpdateProfileBody } from '@shsw/shared';
import type { TestClient } from '../setup/test-client.js';

/** A random mainland mobile number, different for every call. */
export const newMobile = () => `139${String(crypto.randomInt(10_000_000, 99_999_999))}`;

/** The sections a fresh record needs to be ready to apply, filled with plausible values. */
export function readyProfileBody(name = '测试社工'): UpdateProfileBody {
  return {
    personal: { name, birthYear: 1995, districtCode: '310104', mobile: newMobile() },
    education: [
      { level: 'bachelor', school: '华东理工大学', major: '社会工作', field: 'social_work', graduationYear: 2017 },
    ],
    serviceDomains: ['elderly_care'],
  };
}

/**
 * Fills in what the worker's record still lacks for applying (phone, district, education, a
 * domain), keeping whatever is there: the parent an application needs, as factories make parents.
 */
export async function makeReady(worker: TestClient): Promise<OwnProfile> {
  const res = await worker.get<OwnProfile>('/api/me/profile');
  if (res.status !== 200) throw new Error(`profile: ${res.status} ${res.text}`);
  const profile = res.body;
  const { missing } = applicationReadiness(profile);
  if (missing.length === 0) return profile;
  const filler = readyProfileBody(profile.personal.name || '测试社工');
  const p = profile.personal;
  const body: UpdateProfileBody = {};
  if (missing.includes('contact') || missing.includes('district')) {
    body.personal = {
      name: p.name || '测试社工',
      birthYear: p.birthYear ?? 1995,
      gender: p.gender,
      districtCode: p.districtCode ?? '310104',
      streetCode: p.districtCode ? p.streetCode : null,
      mobile: p.mobile ?? newMobile(),
      email: p.email,
    };
  }
  if (missing.includes('education')) body.education = filler.education;
  if (missing.includes('domain')) body.serviceDomains = filler.serviceDomains;
  const patched = await worker.patch<OwnProfile>('/api/me/profile', body);
  if (patched.status !== 200) throw new Error(`profile: ${patched.status} ${patched.text}`);
  return patched.body;
}
