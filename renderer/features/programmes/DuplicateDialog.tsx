import { useEffect, useRef, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import { isIsoDate } from '../../../shared/domain/dates';
import { daysBetween, sameDateNextYear } from '../../../shared/domain/programme-rules';
import type { IsoDate, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { formatLongDate, weekdayName } from './intl';

/** The date nearest `date` that falls on the same weekday as `like`. */
function nearestSameWeekday(date: IsoDate, like: IsoDate): IsoDate {
  const d = Temporal.PlainDate.from(date);
  const diff = (Temporal.PlainDate.from(like).dayOfWeek - d.dayOfWeek + 7) % 7;
  return d.add({ days: diff > 3 ? diff - 7 : diff }).toString();
}

/**
 * Asks for the copy's start date (by default the same date next year), says when
 * it will end, and warns when the weekday changes, offering the nearest date on
 * the original weekday so weekly sessions keep their day.
 */
export function DuplicateDialog({
  programme,
  open,
  onConfirm,
  onCancel,
}: {
  programme: Programme;
  open: boolean;
  onConfirm: (newStart: IsoDate) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [start, setStart] = useState(() => sameDateNextYear(programme.startDate));
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) node.showModal();
    if (!open && node.open) node.close();
  }, [open]);

  const valid = isIsoDate(start);
  const end = valid ? Temporal.PlainDate.from(programme.endDate).add({ days: daysBetween(programme.startDate, start) }).toString() : undefined;
  const sameDay = valid && Temporal.PlainDate.from(start).dayOfWeek === Temporal.PlainDate.from(programme.startDate).dayOfWeek;
  const suggestion = valid && !sameDay ? nearestSameWeekday(start, programme.startDate) : undefined;

  return (
    <dialog ref={dialog} className="confirm pp-dialog" aria-labelledby="pp-dup-heading" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onConfirm(start);
        }}
      >
        <h2 id="pp-dup-heading">{t('programmes.duplicate.heading')}</h2>
        <p>{t('programmes.duplicate.intro')}</p>
        <div className="pf-field">
          <label htmlFor="pp-dup-start">{t('programmes.duplicate.newStart')}</label>
          <input
            id="pp-dup-start"
            type="date"
            required
            aria-describedby="pp-dup-notes"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div id="pp-dup-notes" aria-live="polite">
          {end && <p>{t('programmes.duplicate.ends', { date: formatLongDate(end, lang) })}</p>}
          {suggestion && (
            <p className="pf-hint">
              {t('programmes.duplicate.weekday', {
                before: weekdayName(programme.startDate, lang),
                after: weekdayName(start, lang),
              })}{' '}
              <button type="button" className="pp-linklike" onClick={() => setStart(suggestion)}>
                {t('programmes.duplicate.useWeekday', { date: formatLongDate(suggestion, lang) })}
              </button>
            </p>
          )}
        </div>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('programmes.duplicate.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
