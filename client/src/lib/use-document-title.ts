import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "<page> · <site name>", or just the site name when `page` is empty. */
export function useDocumentTitle(page?: string): void {
  const { t } = useTranslation();
  const site = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} · ${site}` : site;
  }, [page, site]);
}
