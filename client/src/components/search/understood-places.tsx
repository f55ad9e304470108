import { CloseOutlined } from '@ant-design/icons';
import { findDistrict, findStreet } from '@shsw/shared';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../lib/format';
import styles from './search.module.css';

export interface UnderstoodPlace {
  kind: 'district' | 'street';
  code: string;
}

/**
 * The places the search read in the query (闵行区 in "闵行区 儿童"), which rank hits there first
 * without filtering: one chip saying so, × to search the words as typed instead, and a button to
 * make the place a real filter.
 */
export function UnderstoodPlaces({
  places,
  ignored = [],
  onRemove,
  onOnly,
}: {
  places: readonly UnderstoodPlace[];
  /** Words the search left out because they match nothing on their own. */
  ignored?: readonly string[];
  onRemove: () => void;
  onOnly: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const note =
    ignored.length > 0 ? (
      <p className={styles.ignoredWords} role="status" data-testid="ignored-words">
        {t('search.ignored', { words: ignored.join(t('search.places.separator')) })}
      </p>
    ) : null;
  if (places.length === 0) return note;
  const names = places
    .map((p) => {
      const place = p.kind === 'district' ? findDistrict(p.code) : findStreet(p.code);
      return place ? label(place.label) : p.code;
    })
    .join(t('search.places.separator'));
  return (
    <section className={styles.places} aria-label={t('search.places.label')} data-testid="understood-places">
      <span className={styles.placeChip}>
        <span>{t('search.places.chip', { places: names })}</span>
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined aria-hidden />}
          aria-label={t('search.places.remove', { places: names })}
          title={t('search.places.remove', { places: names })}
          onClick={onRemove}
        />
      </span>
      <Button type="link" size="small" title={t('search.places.onlyLabel', { places: names })} onClick={onOnly}>
        {t('search.places.only')}
      </Button>
      {note}
    </section>
  );
}
