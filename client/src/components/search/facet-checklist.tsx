import { Button, Checkbox, Input, Radio } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './search.module.css';
import { usePendingValue } from './use-pending-value';

export interface FacetOption {
  value: string;
  label: string;
  /** Results with this value given the other filters; undefined when the API gave no count. */
  count?: number;
  /** Other names to match when searching the list (the other language, pinyin). */
  keywords?: string;
}

interface FacetChecklistProps {
  title: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** A box that narrows the list by name (the 200-odd streets and towns). */
  searchable?: boolean;
  /**
   * What a name typed in the box is looked up in, when it is more than `options`: every street
   * and town, those without results included (they show 0: the place exists, it has none).
   */
  searchPool?: readonly FacetOption[];
  /** How many options show before "show all". */
  visible?: number;
  testId?: string;
}

/**
 * One facet as a group of checkboxes with result counts. Values with no results are left out
 * unless chosen; choosing several widens the search (OR), other facets narrow it (AND).
 */
export function FacetChecklist({
  title,
  options,
  selected,
  onChange,
  searchable,
  searchPool,
  visible = 8,
  testId,
}: FacetChecklistProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [chosen, setChosen] = usePendingValue<readonly string[]>(selected);
  const shown = useMemo(() => {
    const words = nameKey(filter);
    if (!words) return options.filter((o) => selected.includes(o.value) || (o.count ?? 1) > 0);
    const named = (o: FacetOption) => nameKey(`${o.label} ${o.keywords ?? ''}`).includes(words);
    if (searchPool) return searchPool.filter(named);
    return options.filter((o) => (selected.includes(o.value) || (o.count ?? 1) > 0) && named(o));
  }, [options, searchPool, selected, filter]);
  if (shown.length === 0 && !filter) return null;
  // Chosen values always stay visible, even past the fold.
  const limited = expanded || filter ? shown : shown.filter((o, i) => i < visible || selected.includes(o.value));
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...chosen, value] : chosen.filter((v) => v !== value);
    setChosen(next);
    onChange(next);
  };
  return (
    <fieldset className={styles.facet} data-testid={testId}>
      <legend id={titleId} className={styles.facetTitle}>
        {title}
      </legend>
      {searchable && (
        <Input
          size="small"
          allowClear
          className={styles.facetFilter}
          placeholder={t('search.facets.filterPlaceholder')}
          aria-label={t('search.facets.filterLabel', { facet: title })}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      )}
      {filter && shown.length === 0 && (
        <p className={styles.facetNone} role="status">
          {t('search.facets.noMatch', { facet: title, text: filter.trim() })}
        </p>
      )}
      <ul className={styles.facetList}>
        {limited.map((o) => (
          <li key={o.value}>
            <Checkbox
              checked={chosen.includes(o.value)}
              onChange={(event) => toggle(o.value, event.target.checked)}
              className={styles.facetOption}
            >
              <span className={styles.facetLabel}>{o.label}</span>
              {o.count !== undefined && <span className={styles.facetCount}>{o.count}</span>}
            </Checkbox>
          </li>
        ))}
      </ul>
      {!filter && shown.length > limited.length && (
        <Button type="link" size="small" className={styles.more} onClick={() => setExpanded(true)}>
          {t('search.facets.showAll', { count: shown.length })}
        </Button>
      )}
      {!filter && expanded && shown.length > visible && (
        <Button type="link" size="small" className={styles.more} onClick={() => setExpanded(false)}>
          {t('search.facets.showFewer')}
        </Button>
      )}
    </fieldset>
  );
}

/**
 * A name as the facet box compares it: NFKC (full-width letters), lower case, and without spaces
 * and punctuation, so "Xu Jia Hui", "xujiahui" and "ＸＵＪＩＡＨＵＩ" all find Xujiahui Subdistrict.
 */
function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
}

export interface FacetChoice {
  value: string;
  label: string;
  count?: number;
}

interface FacetRadioProps {
  title: string;
  /** The first choice is "any" (value ''). */
  choices: readonly FacetChoice[];
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}

/** A facet with one answer (a minimum level, a time window), as radio buttons; counts where known. */
export function FacetRadio({ title, choices, value, onChange, testId }: FacetRadioProps) {
  const [chosen, setChosen] = usePendingValue(value);
  return (
    <fieldset className={styles.facet} data-testid={testId}>
      <legend className={styles.facetTitle}>{title}</legend>
      <Radio.Group
        value={chosen}
        onChange={(event) => {
          setChosen(String(event.target.value));
          onChange(String(event.target.value));
        }}
        className={styles.radios}
      >
        {choices.map((c) => (
          <Radio key={c.value} value={c.value} className={styles.facetOption}>
            <span className={styles.facetLabel}>{c.label}</span>
            {c.count !== undefined && <span className={styles.facetCount}>{c.count}</span>}
          </Radio>
        ))}
      </Radio.Group>
    </fieldset>
  );
}

/** A yes/no filter (only people looking for work) as one checkbox under a heading. */
export function FacetToggle({
  title,
  label,
  checked,
  onChange,
}: {
  title: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const [shown, setShown] = usePendingValue(checked);
  return (
    <fieldset className={styles.facet}>
      <legend className={styles.facetTitle}>{title}</legend>
      <Checkbox
        checked={shown}
        onChange={(event) => {
          setShown(event.target.checked);
          onChange(event.target.checked);
        }}
      >
        {label}
      </Checkbox>
    </fieldset>
  );
}
