import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { DeskCounts } from '../../db/restore';
import { platform } from '../../platform';
import { useRestore } from './restore-action';

const COUNTED = ['programmes', 'people', 'enrolments', 'grants'] as const satisfies readonly (keyof DeskCounts)[];

function formatSavedAt(iso: string, lang: string): string | null {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/**
 * "Restore from a backup…": the button, and the question that shows what the file
 * holds beside what the desk holds now before anything is replaced.
 */
export function RestoreBackup() {
  const { t, lang } = useI18n();
  const restore = useRestore();
  const { offer } = restore;
  const number = new Intl.NumberFormat(lang);
  const savedAt = offer ? (formatSavedAt(offer.backup.exportedAt, lang) ?? t('restore.unknownDate')) : '';
  return (
    <>
      <p className="muted" id="restore-help">
        {t('restore.help')}
      </p>
      <button type="button" aria-describedby="restore-help" disabled={restore.busy} onClick={() => void restore.choose()}>
        {t('restore.button')}
      </button>
      <ConfirmDialog
        open={offer !== null}
        message={offer ? t('restore.confirmMessage', { name: offer.name }) : ''}
        confirmLabel={t('restore.confirm')}
        onCancel={restore.cancel}
        onConfirm={() => void restore.confirm()}
      >
        {offer && (
          <>
            <table className="restore-compare">
              <caption>{t('restore.compareCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('restore.what')}</th>
                  <th scope="col">{t('restore.inFile', { date: savedAt })}</th>
                  <th scope="col">{t('restore.inDesk')}</th>
                </tr>
              </thead>
              <tbody>
                {COUNTED.map((what) => (
                  <tr key={what}>
                    <th scope="row">{t(`restore.${what}`)}</th>
                    <td>{number.format(offer.file[what])}</td>
                    <td>{number.format(offer.desk[what])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{platform.kind === 'desktop' ? t('restore.safetyDesktop') : t('restore.safetyBrowser')}</p>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
