import { districts, findDistrict } from '@shsw/shared';
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../lib/format';

type SingleSelectProps = Omit<SelectProps<string>, 'options' | 'mode'>;

/** Shanghai's 16 districts. */
export function DistrictSelect(props: SingleSelectProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useMemo(() => districts.map((d) => ({ value: d.code, label: label(d.label) })), [label]);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('places.chooseDistrict')}
      {...props}
      options={options}
    />
  );
}

/** Several districts (work wishes). */
export function DistrictMultiSelect(props: Omit<SelectProps<string[]>, 'options' | 'mode'>) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useMemo(() => districts.map((d) => ({ value: d.code, label: label(d.label) })), [label]);
  return (
    <Select<string[]>
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('places.chooseDistricts')}
      {...props}
      options={options}
    />
  );
}

/**
 * The streets and towns of one district; units the statistics office lists only for statistics
 * (development zones, farms) come last and are marked, since they are no street or town.
 */
export function StreetSelect({ districtCode, ...props }: SingleSelectProps & { districtCode: string | undefined }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useMemo(() => {
    const streets = districtCode ? (findDistrict(districtCode)?.streets ?? []) : [];
    const ordered = [...streets.filter((s) => !s.statisticalOnly), ...streets.filter((s) => s.statisticalOnly)];
    return ordered.map((s) => ({
      value: s.code,
      label: s.statisticalOnly ? `${label(s.label)} ${t('places.statisticalOnly')}` : label(s.label),
    }));
  }, [districtCode, label, t]);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={districtCode ? t('places.chooseStreet') : t('places.chooseDistrictFirst')}
      disabled={!districtCode}
      {...props}
      options={options}
    />
  );
}
