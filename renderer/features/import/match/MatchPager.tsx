import { useI18n } from '../../../app/i18n';

/** Matched rows shown per page. */
export const PAGE_SIZE = 20;

/** Previous / next page of matched rows, with where we are ("21–40 of 312"). */
export function MatchPager({ page, total, onPage }: { page: number; total: number; onPage: (page: number) => void }) {
  const { t } = useI18n();
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  return (
    <nav className="im-pager" aria-label={t('import.match.pages')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('import.match.previousPage')}
      </button>
      <span>{t('import.match.pageOf', { from: page * PAGE_SIZE + 1, to: Math.min(total, (page + 1) * PAGE_SIZE), total })}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t('import.match.nextPage')}
      </button>
    </nav>
  );
}
