import { useState } from 'react';
import { ATTENDANCE_MARKS, type AttendanceMark, type Enrolment, type Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { pickText } from '../../app/labels';
import { timeRange } from '../sessions/format';
import { clearMarkChanges, markChanges } from './actions';
import { markCounts, markOf, type DaySession } from './attendance-day';
import { useEnrolmentCommit } from './use-enrolment-commit';
import type { EnrolmentRow } from './view-model';

/** No mark: the last choice of each row, to take back a mark made by mistake. */
const NOT_MARKED = 'none';
type Shown = AttendanceMark | typeof NOT_MARKED;
const SHOWN: readonly Shown[] = [...ATTENDANCE_MARKS, NOT_MARKED];

/**
 * The sign-in sheet of one session (or one occurrence of a series): each
 * confirmed participant with Present / Absent / Excused / Not marked (a mark
 * made by mistake is taken back), and "mark all present" for the ones not
 * marked yet. Each row is one radio group, so Tab goes person to person and
 * the arrow keys choose the mark.
 */
export function SessionChecklist({ programme, entry, attendees }: { programme: Programme; entry: DaySession; attendees: readonly EnrolmentRow[] }) {
  const { t, tn, lang } = useI18n();
  const commit = useEnrolmentCommit();
  const title = pickText(entry.session.title, lang) ?? t('enrolments.attendance.untitled');
  const when = timeRange(entry.occurrence.start, entry.occurrence.end, programme.timeZone, lang);
  const enrolments = attendees.map((a) => a.enrolment);
  const counts = markCounts(enrolments, entry.key);
  const unmarked = enrolments.filter((e) => markOf(e, entry.key) === undefined);
  const headingId = `en-session-${entry.key.replace(/[^\w-]/g, '_')}`;
  const now = () => new Date().toISOString();
  const stored = (e: Pick<Enrolment, 'attendance'>): Shown => markOf(e, entry.key) ?? NOT_MARKED;
  // A mark shows as chosen at once, while it is being saved; the stored one takes over when it arrives.
  const [pending, setPending] = useState<ReadonlyMap<string, Shown>>(new Map());
  const [seen, setSeen] = useState(attendees);
  if (seen !== attendees) {
    // New stored data: forget the marks it now holds, so a later Undo shows through.
    setSeen(attendees);
    setPending((p) => new Map([...p].filter(([id, m]) => stored(attendees.find((a) => a.enrolment.id === id)?.enrolment ?? { attendance: [] }) !== m)));
  }
  const shownMark = (e: Enrolment): Shown => {
    const waiting = pending.get(e.id);
    return waiting ?? stored(e);
  };

  const mark = async (enrolment: Enrolment, name: string, value: Shown) => {
    setPending((p) => new Map(p).set(enrolment.id, value));
    const changes = value === NOT_MARKED ? clearMarkChanges([enrolment], entry.key, now()) : markChanges([enrolment], entry.key, value, now());
    const text =
      value === NOT_MARKED
        ? t('enrolments.notices.markCleared', { name, session: title })
        : t('enrolments.notices.marked', { name, mark: t(`enrolments.marks.${value}`), session: title });
    if (!(await commit(changes, text))) {
      setPending((p) => {
        const next = new Map(p);
        next.delete(enrolment.id);
        return next;
      });
    }
  };
  const markRest = () => {
    const targets = unmarked.length > 0 ? unmarked : enrolments;
    const changes = markChanges(targets, entry.key, 'present', now());
    return commit(changes, tn('enrolments.notices.allMarked', changes.length, { session: title }));
  };

  return (
    <section className="en-session" aria-labelledby={headingId}>
      <div className="en-session-head">
        <h4 id={headingId}>
          <span className="en-session-time">{when}</span> {title}
        </h4>
        <p className="en-session-counts">
          {t('enrolments.attendance.counts', { present: counts.present, absent: counts.absent, excused: counts.excused, unmarked: counts.unmarked })}
        </p>
        <button type="button" onClick={() => void markRest()} disabled={counts.present === enrolments.length}>
          {unmarked.length > 0 && unmarked.length < enrolments.length
            ? tn('enrolments.attendance.markRest', unmarked.length)
            : t('enrolments.attendance.markAll')}
          <span className="visually-hidden"> — {title}</span>
        </button>
      </div>
      <table className="en-sheet">
        <caption className="visually-hidden">{t('enrolments.attendance.sheetCaption', { session: title, time: when })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('enrolments.attendance.participant')}</th>
            <th scope="col">{t('enrolments.attendance.mark')}</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((row) => {
            const current = shownMark(row.enrolment);
            const name = row.name || t('enrolments.list.unknownPerson');
            const rowId = `${headingId}-${row.enrolment.id}`;
            return (
              <tr key={row.enrolment.id} className={current === NOT_MARKED ? 'en-unmarked' : `en-marked-${current}`}>
                <th scope="row" id={rowId}>
                  {name}
                </th>
                <td>
                  <div role="radiogroup" aria-labelledby={rowId} className="en-marks">
                    {SHOWN.map((m) => (
                      <label key={m} className={`en-mark en-mark-${m}`}>
                        <input type="radio" name={rowId} value={m} checked={current === m} onChange={() => void mark(row.enrolment, name, m)} />
                        {t(`enrolments.marks.${m}`)}
                      </label>
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
