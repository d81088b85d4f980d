import { useI18n } from '../../../app/i18n';
import { describeError } from '../../../components/errors';
import { useNotices } from '../../../components/notices';
import { platform } from '../../../platform';
import type { WizardState } from '../state/wizard-state';
import { rejectedFileName, rejectedRows } from './rejected';

/** "Save rejected rows": the rows left out, with the reasons, as an .xlsx to send back to the partner. */
export function RejectedRowsButton({ state }: { state: WizardState }) {
  const { t, tn, lang } = useI18n();
  const notices = useNotices();
  if (!state.preview || !state.file) return null;
  const rows = rejectedRows(state.preview, lang);
  if (rows.length === 0) return null;
  const { headers } = state.preview;
  const name = rejectedFileName(state.file.name);
  const save = async () => {
    try {
      // The spreadsheet writer is big: it loads when first needed, not with the app.
      const { rejectedRowsWorkbook } = await import('../commit/rejected-rows');
      const result = await platform.saveFile('export', name, rejectedRowsWorkbook(rows, headers, lang));
      if (result.saved) notices.show({ tone: 'success', text: t('import.finish.rejectedSaved', { name: result.name }) });
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  };
  return (
    <button type="button" onClick={() => void save()}>
      {tn('import.finish.saveRejected', rows.length)}
    </button>
  );
}
