import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button-link';
import { PageHeading } from '../../components/page-heading';
import { BookmarksList } from '../../features/bookmarks/components/bookmarks-list';

/** `/me/bookmarks`: the positions the worker bookmarked (收藏). */
export function MeBookmarksRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading
        title={t('bookmarks.title')}
        intro={t('bookmarks.intro')}
        extra={
          <ButtonLink to="/positions" icon={<SearchOutlined aria-hidden />}>
            {t('bookmarks.goSearch')}
          </ButtonLink>
        }
      />
      <BookmarksList />
    </>
  );
}
