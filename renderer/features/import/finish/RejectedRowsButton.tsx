import { useI18n } from '../../../app/i18n';
import { describeError } from '../../../components/errors';
import { useNotices } from '../../../components/notices';
import { platform } from '../../../platform';
import type { WizardState } from '../state/wizard-state';
import { useEffect, useState } from 'react';
import { previewRejectedRows } from '../check/preview-client';
import type { RejectedRow } from '../commit/rejected-rows';
import { rejectedFileName } from './rejected';

/** "Save rejected rows": the rows left out, with the reasons, as an .xlsx to send back to the partner. */
export function RejectedRowsButton({ state }: { state: WizardState }) {
  const { t, tn, lang } = useI18n();
  const notices = useNotices();
  const { preview } = state;
  const [found, setFound] = useState<{ preview: unknown; lang: string; rows: RejectedRow[] } | null>(null);
  useEffect(() => {
    let live = true;
    // The rows are in the preview worker; only those left out come here.
    if (preview) void previewRejectedRows(lang).then((rows) => live && setFound({ preview, lang, rows }), () => undefined);
    return () => {
      live = false;
    };
  }, [preview, lang]);
  const rows = found && found.preview === preview && found.lang === lang ? found.rows : [];
  if (!preview || !state.file || rows.length === 0) return null;
  const { headers } = preview;
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
