import type { ServiceDomain } from '@shsw/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './domain-tag.module.css';

export const domainMarkerKinds = ['priority', 'emerging', 'newTeam'] as const;
export type DomainMarkerKind = (typeof domainMarkerKinds)[number];

// Text/background pairs keep at least 5.8:1 contrast; the word itself carries the meaning, not the colour.
const markerColours: Record<DomainMarkerKind, { color: string; background: string; borderColor: string }> = {
  priority: { color: '#ad2102', background: '#fff2e8', borderColor: '#ffbb96' },
  emerging: { color: '#006d75', background: '#e6fffb', borderColor: '#87e8de' },
  newTeam: { color: '#531dab', background: '#f9f0ff', borderColor: '#d3adf7' },
};

/** One plan marker of a service domain: 重点 (priority), 新兴 (emerging) or 新建 (new team). */
export function DomainMarkerTag({ kind }: { kind: DomainMarkerKind }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ ...markerColours[kind], marginInlineEnd: 0 }}>
      {t(`domainMarkers.${kind}`)}
    </Tag>
  );
}

/** Every marker that applies to the domain, in a fixed order; nothing when none applies. */
export function DomainMarkers({ domain }: { domain: Pick<ServiceDomain, DomainMarkerKind> }) {
  const kinds = domainMarkerKinds.filter((kind) => domain[kind]);
  if (kinds.length === 0) return null;
  return (
    <span className={styles.markers}>
      {kinds.map((kind) => (
        <DomainMarkerTag key={kind} kind={kind} />
      ))}
    </span>
  );
}

/** Explains the markers; place it next to any list that shows them. */
export function DomainMarkerLegend() {
  const { t } = useTranslation();
  return (
    <div className={styles.legend}>
      <span className={styles.legendTitle}>{t('domainMarkers.legendTitle')}</span>
      <dl className={styles.legendList}>
        {domainMarkerKinds.map((kind) => (
          <div key={kind}>
            <dt>
              <DomainMarkerTag kind={kind} />
            </dt>
            <dd>{t(`domainMarkers.${kind}Description`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
