import { BarChartOutlined, DatabaseOutlined, SolutionOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import styles from './home-hero.module.css';
import { PositionSearch } from './position-search';

const points = [
  { key: 'talent', Icon: DatabaseOutlined },
  { key: 'positions', Icon: SolutionOutlined },
  { key: 'statistics', Icon: BarChartOutlined },
] as const;

/** What the platform is, for a first-time visitor, with the position search right under it. */
export function HomeHero() {
  const { t } = useTranslation();
  return (
    <section className={styles.hero} aria-labelledby="home-title">
      <PageTitle id="home-title">{t('home.hero.title')}</PageTitle>
      <Typography.Paragraph className={styles.lead}>{t('home.hero.lead')}</Typography.Paragraph>
      <PositionSearch />
      <ul className={styles.points} aria-label={t('home.hero.pointsLabel')}>
        {points.map(({ key, Icon }) => (
          <li key={key} className={styles.point}>
            <Icon aria-hidden className={styles.pointIcon} />
            <div>
              <strong className={styles.pointTitle}>{t(`home.hero.${key}Title`)}</strong>
              <span className={styles.pointText}>{t(`home.hero.${key}Text`)}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
