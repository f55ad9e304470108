import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportDataHref } from '../api/export-data';

/** Downloads everything the platform holds about the account, as JSON. */
export function ExportData() {
  const { t } = useTranslation();
  return (
    <div>
      <p>{t('privacy.export.description')}</p>
      <Button href={exportDataHref} download="shsw-my-data.json" icon={<DownloadOutlined aria-hidden />}>
        {t('privacy.export.button')}
      </Button>
    </div>
  );
}
