import { qualifiedStaffRequired, qualifiesAsAgency, validateStaffFigures } from '@shsw/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './agency-preview.module.css';

interface AgencyPreviewProps {
  staff: Partial<Record<'fullTime' | 'certified' | 'swBachelorPlus' | 'qualified', number | null>> | undefined;
  charter: boolean;
}

const whole = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/**
 * The plan's definition of a 社会工作服务机构, computed with the shared rule while the figures are
 * typed: a third of full-time staff qualified, and a charter stating social-work aims.
 */
export function AgencyPreview({ staff, charter }: AgencyPreviewProps) {
  const { t } = useTranslation();
  const figures = {
    fullTime: whole(staff?.fullTime),
    certified: whole(staff?.certified),
    swBachelorPlus: whole(staff?.swBachelorPlus),
    qualified: whole(staff?.qualified),
  };
  const qualifies = qualifiesAsAgency({ staff: figures, charterStatesSocialWorkAims: charter });
  const required = qualifiedStaffRequired(figures.fullTime);
  const sound = validateStaffFigures(figures).ok && figures.fullTime > 0;
  const reasons: string[] = [];
  if (!sound) reasons.push(t('org.agency.needFigures'));
  else if (figures.qualified < required)
    reasons.push(t('org.agency.needQualified', { required, qualified: figures.qualified }));
  if (!charter) reasons.push(t('org.agency.needCharter'));
  return (
    <div className={styles.preview} aria-live="polite" data-testid="agency-preview">
      <p className={styles.title}>{t('org.agency.previewTitle')}</p>
      {qualifies ? (
        <>
          <Tag color="blue" className={styles.tag}>
            {t('org.agency.badge')}
          </Tag>
          <span>
            {t('org.agency.qualifies', { qualified: figures.qualified, fullTime: figures.fullTime, required })}
          </span>
        </>
      ) : (
        <>
          <span>{t('org.agency.notYet')}</span>
          <ul className={styles.reasons}>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.note}>{t('org.agency.note')}</p>
    </div>
  );
}
