import { findDistrict, findStreet, type Organisation, organisationTypes } from '@shsw/shared';
import { Button, Descriptions, Drawer, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, useLabel, useVocabularyLabel } from '../../../lib/format';

interface Props {
  org: Organisation | null;
  onClose: () => void;
  /** Present while the organisation can still be decided (the pending tab). */
  onVerify?: (org: Organisation) => void;
  onReject?: (org: Organisation) => void;
}

/** Everything an organisation submitted for verification, with the decision buttons. */
export function OrganisationDetailDrawer({ org, onClose, onVerify, onReject }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const district = org && findDistrict(org.districtCode);
  const street = org && findStreet(org.streetCode);
  return (
    <Drawer
      open={org !== null}
      onClose={onClose}
      size="min(640px, 100%)"
      title={org ? t('bureauQueues.orgDetailTitle', { name: org.name }) : ''}
      closable={{ 'aria-label': t('common.close') }}
      footer={
        org &&
        onVerify &&
        onReject && (
          <Space>
            <Button type="primary" onClick={() => onVerify(org)}>
              {t('bureau.orgs.verify')}
            </Button>
            <Button danger onClick={() => onReject(org)}>
              {t('bureau.orgs.reject')}
            </Button>
          </Space>
        )
      }
    >
      {org && (
        <>
          <h3>{t('bureauQueues.registration')}</h3>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('org.fields.name')}>{org.name}</Descriptions.Item>
            <Descriptions.Item label={t('org.fields.creditCode')}>
              <code>{org.creditCode}</code>
            </Descriptions.Item>
            <Descriptions.Item label={t('org.fields.type')}>
              {vocabulary(organisationTypes, org.type)}
            </Descriptions.Item>
            <Descriptions.Item label={t('org.fields.place')}>
              {[district && label(district.label), street && label(street.label)].filter(Boolean).join(' · ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('org.fields.address')}>{org.address}</Descriptions.Item>
            <Descriptions.Item label={t('org.fields.createdAt')}>{formatDateTime(org.createdAt)}</Descriptions.Item>
          </Descriptions>
          <h3>{t('bureauQueues.staff')}</h3>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('org.fields.staffFigures')}>
              {t('org.fields.staffSummary', org.staff)}
            </Descriptions.Item>
            <Descriptions.Item label={t('org.fields.charterShort')}>
              {org.charterStatesSocialWorkAims ? t('common.yes') : t('common.no')}
            </Descriptions.Item>
          </Descriptions>
          <h3>{t('bureauQueues.contact')}</h3>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('org.fields.contactName')}>{org.contact.name}</Descriptions.Item>
            <Descriptions.Item label={t('org.fields.contactMobile')}>{org.contact.mobile}</Descriptions.Item>
            <Descriptions.Item label={t('org.fields.contactEmail')}>
              {org.contact.email ?? t('common.notGiven')}
            </Descriptions.Item>
          </Descriptions>
          {org.verification.reason && (
            <>
              <h3>{t('bureau.orgs.reason')}</h3>
              <p>{org.verification.reason}</p>
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
