import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type Tone = 'waiting' | 'good' | 'bad';

// The word carries the meaning; colours keep ≥ 4.5:1 against their background.
const tones: Record<
  Tone,
  { color: string; background: string; borderColor: string; Icon: typeof CheckCircleOutlined }
> = {
  waiting: { color: '#8a5300', background: '#fff7e6', borderColor: '#ffd591', Icon: ClockCircleOutlined },
  good: { color: '#1e6b21', background: '#f0f9eb', borderColor: '#b7eb8f', Icon: CheckCircleOutlined },
  bad: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e', Icon: CloseCircleOutlined },
};

function ToneTag({ tone, children }: { tone: Tone; children: string }) {
  const { Icon, ...style } = tones[tone];
  return (
    <Tag variant="outlined" style={{ ...style, marginInlineEnd: 0 }} icon={<Icon aria-hidden />}>
      {children}
    </Tag>
  );
}

/** An organisation's verification: 待审核 / 已认证 / 未通过. */
export function OrganisationStatusTag({ status }: { status: 'pending' | 'verified' | 'rejected' }) {
  const { t } = useTranslation();
  const tone: Tone = status === 'verified' ? 'good' : status === 'rejected' ? 'bad' : 'waiting';
  return <ToneTag tone={tone}>{t(`status.organisation.${status}`)}</ToneTag>;
}

/** A claimed certificate's verification: 待核验 / 已核验 / 未通过. */
export function CertificateStatusTag({ status }: { status: 'claimed' | 'verified' | 'refused' }) {
  const { t } = useTranslation();
  const tone: Tone = status === 'verified' ? 'good' : status === 'refused' ? 'bad' : 'waiting';
  return <ToneTag tone={tone}>{t(`status.certificate.${status}`)}</ToneTag>;
}
