import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { redoBatch, undoBatch } from '../../db/batches';
import { getDatabase } from '../../db/database';
import { useImportBatches } from '../../db/hooks';

/** Import history with one-click undo. The spreadsheet wizard comes with the import issue. */
export function ImportPage() {
  const { t, tn, lang } = useI18n();
  const batches = useImportBatches();
  const notices = useNotices();
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  async function undo(batchId: string) {
    try {
      const snapshot = await undoBatch(getDatabase(), batchId);
      notices.show({
        tone: 'success',
        text: t('import.undone', { date: dateTime.format(new Date()) }),
        action: { label: t('common.undo'), run: () => redoBatch(getDatabase(), snapshot) },
      });
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  }

  return (
    <>
      <PageHeader title={t('import.heading')} intro={t('import.intro')} />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('import.historyHeading')}</h2>
        {batches && batches.length === 0 && <p className="empty">{t('import.noHistory')}</p>}
        <ul className="plain-list">
          {batches?.map((b) => (
            <li key={b.id} className="batch">
              <span>
                <strong>{b.kind === 'sample' ? t('import.batchSample') : b.fileName}</strong>{' '}
                <span className="muted">
                  {dateTime.format(new Date(b.createdAt))} · {tn('import.created', b.counts.added)}
                </span>
              </span>
              {b.undoneAt ? (
                <span className="muted">{t('import.undone', { date: dateTime.format(new Date(b.undoneAt)) })}</span>
              ) : (
                <button type="button" onClick={() => undo(b.id)}>
                  {t('import.undo')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <p className="coming">{t('common.comingNext')}</p>
    </>
  );
}
