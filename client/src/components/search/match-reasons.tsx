import { findDistrict, findStreet, type SearchMatch, serviceDomains } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useLabel, useVocabularyLabel } from '../../lib/format';
import styles from './search.module.css';

/**
 * Why a hit matched, as one compact line: "匹配：技能 儿童保护评估 · 标题（拼音）· 地点 闵行区".
 * A title matched by the query's own word says nothing the highlighted title does not already
 * show, so it is left out; matched through pinyin or a synonym, it is said. Nothing to say, no line.
 */
export function MatchReasons({ matches, className }: { matches: readonly SearchMatch[]; className?: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const shownValue = (m: SearchMatch): string => {
    switch (m.field) {
      case 'title':
        return ''; // on the card already
      case 'domain':
        return vocabulary(serviceDomains, m.value);
      case 'place': {
        const place = findDistrict(m.value) ?? findStreet(m.value);
        return place ? label(place.label) : m.value;
      }
      default:
        return m.value;
    }
  };
  const items = [
    ...new Set(
      matches
        .filter((m) => !(m.field === 'title' && m.via === 'word'))
        .map((m) => {
          const value = shownValue(m);
          const item = [t(`search.matched.fields.${m.field}`), value].filter(Boolean).join(' ');
          if (m.via === 'pinyin') return t('search.matched.pinyin', { item });
          if (m.via === 'synonym' && m.synonymOf) return t('search.matched.synonym', { item, of: m.synonymOf });
          return item;
        }),
    ),
  ];
  if (items.length === 0) return null;
  return (
    <p className={[styles.matchReasons, className].filter(Boolean).join(' ')} data-testid="hit-matches">
      <span className={styles.matchTerm}>{t('search.matched.label')}</span>
      {items.join(' · ')}
    </p>
  );
}
