import { useId, useState } from 'react';
import type { Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { platform } from '../../platform';
import { buildIcsFile } from './export-ics';
import type { CalendarFilter } from './range';

type Props = { programmes: readonly Programme[]; filter: CalendarFilter; filtered: boolean };

/**
 * "Export .ics" for the filtered calendar (or the one programme selected),
 * through the desktop save dialog or a browser download. Passcodes are left
 * out unless the box is ticked, and the box says why.
 */
export function ExportControls({ programmes, filter, filtered }: Props) {
  const { t, tn, lang } = useI18n();
  const notices = useNotices();
  const ids = useId();
  const [passcodes, setPasscodes] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (programmes.length === 0) {
      notices.show({ tone: 'info', text: t('calendar.export.nothing') });
      return;
    }
    setBusy(true);
    try {
      const file = await buildIcsFile(getDatabase(), programmes, filter, lang, passcodes);
      const result = await platform.saveFile('export', file.name, file.bytes);
      if (result.saved) notices.show({ tone: 'success', text: t('calendar.export.saved', { name: result.name }) });
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cal-export" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="visually-hidden">
        {t('calendar.export.heading')}
      </h2>
      <button type="button" className="primary" onClick={() => void run()} disabled={busy} aria-describedby={`${ids}-scope`}>
        {t('calendar.export.button')}
      </button>
      <span id={`${ids}-scope`} className="muted">
        {filtered ? tn('calendar.export.scopeFiltered', programmes.length) : t('calendar.export.scopeAll')}
      </span>
      <label className="cal-passcodes">
        <input type="checkbox" checked={passcodes} onChange={(e) => setPasscodes(e.target.checked)} aria-describedby={`${ids}-warning`} />
        {t('calendar.export.passcodes')}
      </label>
      <span id={`${ids}-warning`} className="cal-warning">
        {t('calendar.export.passcodesWarning')}
      </span>
    </section>
  );
}
