import { useI18n } from '../../app/i18n';

/** Previous / Next through pages of pairs, with "Page 2 of 13" between them. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="dup-pager" aria-label={t('duplicates.list.pages')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        ← {t('duplicates.list.previous')}
      </button>
      <span aria-live="polite">{t('duplicates.list.pageOf', { page: page + 1, pages })}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t('duplicates.list.next')} →
      </button>
    </nav>
  );
}
