import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { BookmarkToggle } from '../../features/bookmarks/components/bookmark-toggle';
import { MyMatches } from '../../features/matches/components/my-matches';

/** `/me/matches`: open positions ranked for the worker, each with how it matches. */
export function MeMatchesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('matches.mine.title')} intro={t('matches.mine.intro')} />
      <MyMatches actions={(p) => <BookmarkToggle positionId={p.id} bookmarked={p.viewer?.bookmarked ?? false} />} />
    </>
  );
}
