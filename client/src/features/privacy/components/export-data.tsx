import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/use-locale';
import { exportDataHref, exportSummaryHref } from '../api/export-data';

/** Downloads everything the platform holds about the account: the JSON, and a readable summary. */
export function ExportData() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div>
      <p>{t('privacy.export.description')}</p>
      <Space wrap>
        <Button href={exportDataHref} download="shsw-my-data.json" icon={<DownloadOutlined aria-hidden />}>
          {t('privacy.export.button')}
        </Button>
        <Button href={exportSummaryHref(locale)} download icon={<FileTextOutlined aria-hidden />}>
          {t('privacy.export.summary')}
        </Button>
      </Space>
    </div>
  );
}
