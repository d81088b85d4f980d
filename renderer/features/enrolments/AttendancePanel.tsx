import { useMemo, useState } from 'react';
import { ATTENDANCE_STATUSES } from '../../../shared/domain/attendance';
import type { Id, IsoDate, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { dayHeading } from '../sessions/format';
import { useProgrammeSessions } from '../sessions/queries';
import { attendanceDays, defaultDay } from './attendance-day';
import { CompletionSection } from './CompletionSection';
import { todayIn } from './format';
import type { EnrolmentData } from './queries';
import { SessionChecklist } from './SessionChecklist';
import { buildRows } from './view-model';

// The day being marked, per programme, kept while the page is open.
const rememberedDay = new Map<Id, IsoDate>();

/**
 * Attendance, day by day: pick a day of the programme (in its zone), and each
 * of that day's sessions lists the confirmed participants to mark. Below,
 * who completed under the programme's rule, and the final statuses.
 */
export function AttendancePanel({ programme, data }: { programme: Programme; data: EnrolmentData }) {
  const { t, lang } = useI18n();
  const sessions = useProgrammeSessions(programme.id);
  const days = useMemo(() => (sessions ? attendanceDays(sessions, programme) : undefined), [sessions, programme]);
  const keys = useMemo(() => [...new Set((days ?? []).flatMap((d) => d.sessions.map((s) => s.key)))], [days]);
  const attendees = useMemo(
    () =>
      buildRows(
        data.enrolments.filter((e) => e.role === 'participant' && ATTENDANCE_STATUSES.includes(e.status)),
        data.people,
        data.organisations,
      ).sort((a, b) => a.sortKey.localeCompare(b.sortKey)),
    [data],
  );
  const [chosen, setChosenState] = useState<IsoDate | undefined>(() => rememberedDay.get(programme.id));
  const setChosen = (date: IsoDate) => {
    rememberedDay.set(programme.id, date);
    setChosenState(date);
  };

  if (!days) return <p className="loading">{t('enrolments.loading')}</p>;
  if (days.length === 0) return <p className="empty">{t('enrolments.attendance.noSessions')}</p>;
  const date = days.some((d) => d.date === chosen) ? chosen! : defaultDay(days, todayIn(programme.timeZone))!;
  const index = days.findIndex((d) => d.date === date);
  const day = days[index]!;

  return (
    <>
      <section className="en-attendance" aria-labelledby="en-attendance-heading">
        <h3 id="en-attendance-heading">{t('enrolments.attendance.heading')}</h3>
        <div className="en-day-picker">
          <button type="button" disabled={index === 0} onClick={() => setChosen(days[index - 1]!.date)}>
            <span aria-hidden="true">← </span>
            {t('enrolments.attendance.previousDay')}
          </button>
          <div className="en-field">
            <label htmlFor="en-day">{t('enrolments.attendance.day')}</label>
            <select id="en-day" value={date} onChange={(e) => setChosen(e.target.value)}>
              {days.map((d) => (
                <option key={d.date} value={d.date}>
                  {dayHeading(d.date, lang)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={index === days.length - 1} onClick={() => setChosen(days[index + 1]!.date)}>
            {t('enrolments.attendance.nextDay')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <p className="muted en-zone">{t('enrolments.attendance.zone', { zone: programme.timeZone })}</p>
        {attendees.length === 0 ? (
          <p className="empty">{t('enrolments.attendance.noPeople')}</p>
        ) : (
          day.sessions.map((entry) => <SessionChecklist key={entry.key} programme={programme} entry={entry} attendees={attendees} />)
        )}
      </section>
      <CompletionSection programme={programme} enrolments={data.enrolments} attendees={attendees} keys={keys} />
    </>
  );
}
