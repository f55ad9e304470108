import type { ContactRequestStatus, InvitationStatus } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { type Tone, ToneTag } from '../../../components/status-tag';

const invitationTones: Record<InvitationStatus, Tone> = {
  pending: 'waiting',
  accepted: 'good',
  declined: 'bad',
  expired: 'neutral',
  withdrawn: 'neutral',
};
const contactTones: Record<ContactRequestStatus, Tone> = {
  pending: 'waiting',
  granted: 'good',
  refused: 'bad',
  withdrawn: 'neutral',
};

export function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return <ToneTag tone={invitationTones[status]}>{t(`invitations.status.${status}`)}</ToneTag>;
}

export function ContactStatusTag({ status }: { status: ContactRequestStatus }) {
  const { t } = useTranslation();
  return <ToneTag tone={contactTones[status]}>{t(`invitations.contactStatus.${status}`)}</ToneTag>;
}
