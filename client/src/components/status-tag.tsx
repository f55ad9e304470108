import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  MinusCircleOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import type { ApplicationStatus, OrganisationStatus, PositionStatus } from '@shsw/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export type Tone = 'waiting' | 'good' | 'bad' | 'progress' | 'neutral' | 'draft';

// The word carries the meaning; colours keep ≥ 4.5:1 against their background.
const tones: Record<
  Tone,
  { color: string; background: string; borderColor: string; Icon: typeof CheckCircleOutlined }
> = {
  waiting: { color: '#8a5300', background: '#fff7e6', borderColor: '#ffd591', Icon: ClockCircleOutlined },
  good: { color: '#1e6b21', background: '#f0f9eb', borderColor: '#b7eb8f', Icon: CheckCircleOutlined },
  bad: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e', Icon: CloseCircleOutlined },
  progress: { color: '#0b4f8a', background: '#e6f4ff', borderColor: '#91caff', Icon: SyncOutlined },
  neutral: { color: '#434a54', background: '#f5f5f5', borderColor: '#d9d9d9', Icon: MinusCircleOutlined },
  draft: { color: '#5b3f00', background: '#fffbe6', borderColor: '#ffe58f', Icon: EditOutlined },
};

/** A chip whose colour follows its meaning (the word carries it; the colour repeats it). */
export function ToneTag({ tone, children }: { tone: Tone; children: string }) {
  const { Icon, ...style } = tones[tone];
  return (
    <Tag variant="outlined" style={{ ...style, marginInlineEnd: 0 }} icon={<Icon aria-hidden />}>
      {children}
    </Tag>
  );
}

/** An organisation's verification: 待审核 / 已认证 / 未通过, or 已关闭. */
export function OrganisationStatusTag({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  const tone: Tone =
    status === 'verified' ? 'good' : status === 'rejected' ? 'bad' : status === 'closed' ? 'neutral' : 'waiting';
  return <ToneTag tone={tone}>{t(`status.organisation.${status}`)}</ToneTag>;
}

/** A claimed certificate's verification: 待核验 / 已核验 / 未通过. */
export function CertificateStatusTag({ status }: { status: 'claimed' | 'verified' | 'refused' }) {
  const { t } = useTranslation();
  const tone: Tone = status === 'verified' ? 'good' : status === 'refused' ? 'bad' : 'waiting';
  return <ToneTag tone={tone}>{t(`status.certificate.${status}`)}</ToneTag>;
}

const positionTones: Record<PositionStatus, Tone> = {
  draft: 'draft',
  open: 'good',
  paused: 'waiting',
  filled: 'progress',
  closed: 'neutral',
  expired: 'neutral',
};

/** A position's lifecycle: 草稿 / 招聘中 / 已暂停 / 已招满 / 已关闭 / 已过期. */
export function PositionStatusTag({ status }: { status: PositionStatus }) {
  const { t } = useTranslation();
  return <ToneTag tone={positionTones[status]}>{t(`status.position.${status}`)}</ToneTag>;
}

const applicationTones: Record<ApplicationStatus, Tone> = {
  submitted: 'waiting',
  viewed: 'progress',
  shortlisted: 'progress',
  interview: 'progress',
  offered: 'progress',
  accepted: 'good',
  hired: 'good',
  rejected: 'bad',
  withdrawn: 'neutral',
  declined: 'neutral',
  ended: 'neutral',
};

/** An application's step: 已投递 / 已查看 / … / 已录用, or how it ended. */
export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <ToneTag tone={applicationTones[status]}>{t(`status.application.${status}`)}</ToneTag>;
}
