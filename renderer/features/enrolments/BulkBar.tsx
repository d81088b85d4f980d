import { useState, type FormEvent } from 'react';
import { ENROLMENT_STATUSES, type EnrolmentStatus, type Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { enrolmentStatusLabel, pickText } from '../../app/labels';
import { StartStatusSelect } from './StartSelects';

export type BulkHandlers = {
  changeStatus: (to: EnrolmentStatus) => Promise<boolean>;
  addTag: (tag: string) => Promise<boolean>;
  enrolElsewhere: (target: Programme, status: EnrolmentStatus) => Promise<boolean>;
  exportCsv: () => Promise<void>;
  clear: () => void;
};

const statusFrom = (value: string): EnrolmentStatus | undefined => ENROLMENT_STATUSES.find((s) => s === value);

/**
 * What can be done to the ticked enrolments at once: change their status,
 * tag the people, enrol them in another programme, export them. Shown only
 * while something is ticked; each action is a small form, so Enter applies it.
 */
export function BulkBar({ count, programmes, handlers }: { count: number; programmes: readonly Programme[]; handlers: BulkHandlers }) {
  const { t, tn, lang } = useI18n();
  const [status, setStatus] = useState<EnrolmentStatus | ''>('');
  const [tag, setTag] = useState('');
  const [targetId, setTargetId] = useState('');
  const [startStatus, setStartStatus] = useState<EnrolmentStatus>('applied');
  const [busy, setBusy] = useState(false);

  const run = async (e: FormEvent, action: () => Promise<unknown>) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const target = programmes.find((p) => p.id === targetId);

  return (
    <div className="en-bulk" role="group" aria-labelledby="en-bulk-title">
      <div className="en-bulk-head">
        <h3 id="en-bulk-title">{tn('enrolments.bulk.selected', count)}</h3>
        <button type="button" onClick={handlers.clear}>
          {t('enrolments.bulk.clear')}
        </button>
        <button type="button" onClick={() => void handlers.exportCsv()}>
          {t('enrolments.bulk.export')}
        </button>
      </div>
      <div className="en-bulk-forms">
        <form onSubmit={(e) => run(e, async () => status !== '' && handlers.changeStatus(status))}>
          <div className="en-field">
            <label htmlFor="en-bulk-status">{t('enrolments.bulk.newStatus')}</label>
            <select id="en-bulk-status" value={status} onChange={(e) => setStatus(statusFrom(e.target.value) ?? '')}>
              <option value="">{t('enrolments.bulk.choose')}</option>
              {ENROLMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(enrolmentStatusLabel(s))}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={status === '' || busy}>
            {t('enrolments.bulk.applyStatus')}
          </button>
        </form>
        <form onSubmit={(e) => run(e, async () => (await handlers.addTag(tag)) && setTag(''))}>
          <div className="en-field">
            <label htmlFor="en-bulk-tag">{t('enrolments.bulk.tag')}</label>
            <input id="en-bulk-tag" type="text" value={tag} onChange={(e) => setTag(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {t('enrolments.bulk.addTag')}
          </button>
        </form>
        <form onSubmit={(e) => run(e, async () => target && handlers.enrolElsewhere(target, startStatus))}>
          <div className="en-field">
            <label htmlFor="en-bulk-programme">{t('enrolments.bulk.programme')}</label>
            <select id="en-bulk-programme" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
              <option value="">{t('enrolments.bulk.choose')}</option>
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {pickText(p.title, lang) ?? t('enrolments.untitled')}
                </option>
              ))}
            </select>
          </div>
          <StartStatusSelect id="en-bulk-start" label={t('enrolments.bulk.startStatus')} value={startStatus} onChange={setStartStatus} />
          <button type="submit" disabled={!target || busy}>
            {t('enrolments.bulk.enrol')}
          </button>
        </form>
      </div>
    </div>
  );
}
