import crypto from 'node:crypto';
import type { Application, OwnProfile, Position } from '@shsw/shared';
import type { TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';
import { type Actor, signUp } from './actors.js';
import { apply, openPosition } from './positions.js';

export interface RichWorker extends Actor {
  profile: OwnProfile;
  position: Position;
  application: Application;
  /** Every personal string stored about the worker somewhere: none may survive their deletion. */
  traces: string[];
}

/**
 * A worker with something in every place the platform keeps personal data: a full talent record
 * with an ID card, an application moved to interview with a message, an employer's private
 * note, a revealed contact and a profile view, a saved search with a match, report alerts and
 * notifications, a declined invitation and a granted contact request. `employer` is a verified organisation's owner or member.
 */
export async function richWorker(app: TestApp, employer: TestClient): Promise<RichWorker> {
  const tag = crypto.randomBytes(3).toString('hex');
  const name = `张晓梅${tag}`;
  const mobile = `138${String(crypto.randomInt(10_000_000, 99_999_999))}`;
  const email = `zxm-${tag}@example.test`;
  const worker = await signUp(app, { displayName: name });
  const patched = await worker.client.patch<OwnProfile>('/api/me/profile', {
    personal: {
      name,
      birthYear: 1990,
      gender: 'female',
      districtCode: '310104',
      streetCode: '310104014',
      mobile,
      email,
    },
    education: [
      { level: 'diploma', school: '上海某学院', major: '社会工作', field: 'social_work', graduationYear: 2015 },
    ],
    certificates: [{ level: 'assistant', number: `ZS-${tag}`, yearObtained: 2019 }],
    serviceDomains: ['elderly_care'],
    visibility: 'verified_orgs',
    openToWork: true,
  });
  if (patched.status !== 200) throw new Error(`profile: ${patched.status} ${patched.text}`);
  const idCard = await worker.client.put('/api/me/profile/id-card', {
    idCard: '11010519491231002X',
    consent: true,
    noticeVersion: '2026-11',
  });
  if (idCard.status !== 200) throw new Error(`id card: ${idCard.text}`);
  await worker.client.post('/api/me/saved-searches', {
    name: `养老${tag}`,
    query: { q: '养老' },
    frequency: 'instant',
  });
  await worker.client.put('/api/reports/follow');

  const position = await openPosition(employer, { title: `养老服务社工 ${tag}` });
  await app.server.services.events.idle();
  const note = `cover-note-${tag}`;
  const application = await apply(worker.client, position.id, note);
  await worker.client.put(`/api/me/bookmarks/${position.id}`);
  await employer.get(`/api/talent/${patched.body.id}`);
  const place = `interview-place-${tag}`;
  const message = `employer-message-${tag}`;
  const moved = await employer.post(`/api/applications/${application.id}/status`, {
    to: 'interview',
    interview: { at: '2026-12-10T02:00:00.000Z', place },
    message,
  });
  if (moved.status !== 200) throw new Error(`interview: ${moved.text}`);
  const employerNote = `employer-note-${tag}`;
  await employer.post(`/api/applications/${application.id}/notes`, { text: employerNote });
  await employer.post(`/api/applications/${application.id}/contact`);
  // An invitation to another position, declined with a reason, and a granted contact request.
  const invitedTo = await openPosition(employer, { title: `督导岗位 ${tag}` });
  const invitationMessage = `invitation-message-${tag}`;
  const invited = await employer.post<{ id: string }>('/api/invitations', {
    positionId: invitedTo.id,
    profileId: patched.body.id,
    message: invitationMessage,
  });
  if (invited.status !== 201) throw new Error(`invitation: ${invited.text}`);
  const declineReason = `decline-reason-${tag}`;
  await worker.client.post(`/api/me/invitations/${invited.body.id}/decline`, { reason: declineReason });
  const contactNote = `contact-note-${tag}`;
  const asked = await employer.post<{ id: string }>('/api/contact-requests', {
    profileId: patched.body.id,
    note: contactNote,
  });
  if (asked.status !== 201) throw new Error(`contact request: ${asked.text}`);
  await worker.client.post(`/api/me/contact-requests/${asked.body.id}/answer`, { grant: true });
  await app.server.services.events.idle();
  return {
    ...worker,
    profile: patched.body,
    position,
    application,
    traces: [
      worker.user.id,
      application.id,
      worker.login,
      name,
      mobile,
      email,
      note,
      place,
      message,
      employerNote,
      `ZS-${tag}`,
      invitationMessage,
      declineReason,
      contactNote,
    ],
  };
}
