import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../participants/intl';
import { fileSizeText } from '../messages';
import type { WizardState } from '../state/wizard-state';

type Props = {
  state: WizardState;
  onChoose: () => void;
  onImportAgain: () => void;
};

/**
 * Step one: choose a spreadsheet (the button opens the system's file dialog;
 * a file dropped anywhere on the page does the same), see its name and size,
 * and be asked first when the very same file was imported before.
 */
export function FileStep({ state, onChoose, onImportAgain }: Props) {
  const { t, tn, lang } = useI18n();
  const { file, parse, previous } = state;
  return (
    <div className="im-file">
      <div className="im-drop-target">
        <p>{t('import.file.prompt')}</p>
        <button type="button" className="primary" onClick={onChoose}>
          {t(file ? 'import.file.chooseOther' : 'import.file.choose')}
        </button>
        <p className="muted">{t('import.file.formats')}</p>
      </div>
      {file && (
        <div className="im-file-card" aria-live="polite">
          <p>
            <strong>{file.name}</strong> <span className="muted">· {fileSizeText(file.size, lang)}</span>
            {parse.status === 'done' && <span className="muted"> · {tn('import.file.sheets', state.sheets.length)}</span>}
          </p>
          {parse.status === 'reading' && (
            <p className="im-busy">
              {parse.total ? t('import.file.readingRows', { done: parse.done ?? 0, total: parse.total }) : t('import.file.reading')}
            </p>
          )}
          {parse.status === 'failed' && (
            <div role="alert" className="im-problem">
              <p>{t('import.file.failed')}</p>
              <p>{parse.message}</p>
            </div>
          )}
          {previous && (
            <div className="im-warning" role="alert">
              <p>
                {tn('import.file.previous', previous.people, { date: formatDateTime(previous.createdAt, lang) })}
              </p>
              {!state.importAgain ? (
                <div className="actions im-actions-start">
                  <button type="button" className="primary" onClick={onImportAgain}>
                    {t('import.file.importAgain')}
                  </button>
                  <button type="button" onClick={onChoose}>
                    {t('import.file.chooseOther')}
                  </button>
                </div>
              ) : (
                <p className="muted">{t('import.file.importingAgain')}</p>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
