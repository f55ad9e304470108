import { findDistrict, findStreet, type Organisation, organisationTypes } from '@shsw/shared';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, useLabel, useVocabularyLabel } from '../../../lib/format';
import { useWideScreen } from '../../../lib/use-media-query';

/** The registered details, as the bureau reviews them. */
export function OrganisationDetails({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const wide = useWideScreen();
  const district = findDistrict(o.districtCode);
  const street = findStreet(o.streetCode);
  return (
    <Descriptions
      bordered
      size="small"
      column={wide ? 2 : 1}
      items={[
        { key: 'name', label: t('org.fields.name'), children: o.name },
        { key: 'code', label: t('org.fields.creditCode'), children: <code>{o.creditCode}</code> },
        { key: 'type', label: t('org.fields.type'), children: vocabulary(organisationTypes, o.type) },
        {
          key: 'place',
          label: t('org.fields.place'),
          children: [district && label(district.label), street && label(street.label)].filter(Boolean).join(' · '),
        },
        { key: 'address', label: t('org.fields.address'), children: o.address },
        {
          key: 'contact',
          label: t('org.fields.contact'),
          children: [o.contact.name, o.contact.mobile, o.contact.email].filter(Boolean).join(' · '),
        },
        {
          key: 'staff',
          label: t('org.fields.staffFigures'),
          children: t('org.fields.staffSummary', o.staff),
        },
        {
          key: 'charter',
          label: t('org.fields.charterShort'),
          children: o.charterStatesSocialWorkAims ? t('common.yes') : t('common.no'),
        },
        { key: 'created', label: t('org.fields.createdAt'), children: formatDateTime(o.createdAt) },
      ]}
    />
  );
}
