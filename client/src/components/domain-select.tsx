import { serviceDomains } from '@shsw/shared';
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../lib/format';

/** Several of the plan's 28 service domains, searchable by name. */
export function DomainMultiSelect(props: Omit<SelectProps<string[]>, 'options' | 'mode'>) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useMemo(() => serviceDomains.map((d) => ({ value: d.code, label: label(d.label) })), [label]);
  return (
    <Select<string[]>
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('domains.choose')}
      {...props}
      options={options}
    />
  );
}

/** One of the plan's 28 service domains (a position's primary or secondary domain). */
export function DomainSelect(props: Omit<SelectProps<string>, 'options' | 'mode'>) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useMemo(() => serviceDomains.map((d) => ({ value: d.code, label: label(d.label) })), [label]);
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('domains.chooseOne')}
      {...props}
      options={options}
    />
  );
}
