import { useI18n } from '../../app/i18n';
import { useImportBatches } from '../../db/hooks';
import { useUndoImport } from './use-undo-import';

/** The id of a batch's line in the history, so the wizard can point at it. */
export const batchElementId = (batchId: string) => `im-batch-${batchId}`;

/** Every import, newest first, each with one-click Undo (itself undoable from the notice). */
export function ImportHistory() {
  const { t, tn, lang } = useI18n();
  const batches = useImportBatches();
  const undo = useUndoImport();
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="history-heading" className="im-history">
      <h2 id="history-heading">{t('import.historyHeading')}</h2>
      {batches && batches.length === 0 && <p className="empty">{t('import.noHistory')}</p>}
      <ul className="plain-list">
        {batches?.map((b) => (
          <li key={b.id} id={batchElementId(b.id)} className="batch" tabIndex={-1}>
            <span>
              <strong>{b.kind === 'sample' ? t('import.batchSample') : b.fileName}</strong>{' '}
              <span className="muted">
                {dateTime.format(new Date(b.createdAt))} · {tn('import.created', b.counts.added)}
                {b.counts.merged > 0 && <> · {tn('import.history.merged', b.counts.merged)}</>}
              </span>
            </span>
            {b.undoneAt ? (
              <span className="muted">{t('import.undone', { date: dateTime.format(new Date(b.undoneAt)) })}</span>
            ) : (
              <button type="button" onClick={() => void undo(b.id)} aria-label={t('import.history.undoLabel', { name: b.kind === 'sample' ? t('import.batchSample') : (b.fileName ?? '') })}>
                {t('import.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
