import { useMemo, useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import { removeOccurrence, restoreOccurrence, skipOccurrence, type SeriesScope, type SessionChange } from '../../../shared/domain/series-edits';
import type { SaveTarget } from '../../../shared/domain/session-save';
import { buildTimetable, type TimetableOccurrence } from '../../../shared/domain/session-timetable';
import type { Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { pickText } from '../../app/labels';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError } from '../../components/errors';
import { dayHeading, shortDate } from './format';
import { usePeople, useProgrammeSessions } from './queries';
import { ScopeDialog } from './ScopeDialog';
import { SessionFormDialog } from './SessionFormDialog';
import { SessionRow, type RowActions } from './SessionRow';
import { useSessionCommit } from './use-session-commit';
import './sessions.css';

type Pending =
  | { step: 'form'; target: SaveTarget }
  | { step: 'scope'; action: 'edit' | 'remove'; entry: TimetableOccurrence }
  | { step: 'confirm-remove'; entry: TimetableOccurrence };

const editContext = () => ({ newId, now: new Date().toISOString() });

/**
 * A programme's timetable: its sessions by day in the programme's time zone,
 * series expanded, moved and skipped occurrences in place, conflicts flagged;
 * add, edit, skip, restore and remove, each one undoable changeset.
 */
export function Timetable({ programme }: { programme: Programme }) {
  const { t, tn, lang } = useI18n();
  const sessions = useProgrammeSessions(programme.id);
  const people = usePeople(useMemo(() => (sessions ?? []).flatMap((s) => [...s.speakerIds, ...s.moderatorIds]), [sessions]));
  const timetable = useMemo(() => (sessions ? buildTimetable(sessions, programme) : undefined), [sessions, programme]);
  const commit = useSessionCommit();
  const [pending, setPending] = useState<Pending | null>(null);

  const titleOf = (entry: TimetableOccurrence) => pickText(entry.session.title, lang) ?? t('sessions.untitled');
  const dateOf = (entry: TimetableOccurrence) => shortDate(entry.occurrence.occurrenceDate, lang);
  const detachedOf = (seriesId: string) => (sessions ?? []).filter((s) => s.seriesId === seriesId);
  const editTarget = (entry: TimetableOccurrence, scope: SeriesScope): SaveTarget => ({ kind: 'edit', session: entry.session, occurrence: entry.occurrence, scope });
  const remove = (entry: TimetableOccurrence, scope: SeriesScope) =>
    commit(removeOccurrence(entry.session, entry.occurrence, scope, detachedOf(entry.session.id), editContext()), t('sessions.notices.removed'));

  const actions: RowActions = {
    edit: (entry) => setPending(entry.session.recurrence ? { step: 'scope', action: 'edit', entry } : { step: 'form', target: editTarget(entry, 'all') }),
    remove: (entry) => setPending(entry.session.recurrence ? { step: 'scope', action: 'remove', entry } : { step: 'confirm-remove', entry }),
    skip: (entry) => {
      const date = entry.occurrence.occurrenceDate;
      void commit(skipOccurrence(entry.session, date, editContext()), t('sessions.notices.skipped', { date: shortDate(date, lang) }));
    },
    restore: (entry) => {
      const date = entry.occurrence.occurrenceDate;
      const changes: SessionChange[] = restoreOccurrence(entry.series, date, editContext());
      void commit(changes, t('sessions.notices.restored', { date: shortDate(date, lang) }));
    },
  };

  const count = timetable?.days.reduce((n, d) => n + d.entries.filter((e) => e.kind === 'occurrence').length, 0) ?? 0;
  return (
    <div className="st" aria-labelledby="st-heading" role="region">
      <div className="st-head">
        <div>
          <h2 id="st-heading">{t('sessions.heading')}</h2>
          <p className="st-zone">
            {t('sessions.zone', { zone: programme.timeZone, offset: timetable?.offset ?? '' })}
            {count > 0 && <span className="st-count"> · {tn('sessions.count', count)}</span>}
          </p>
        </div>
        <button type="button" className="primary" onClick={() => setPending({ step: 'form', target: { kind: 'new' } })}>
          {t('sessions.add')}
        </button>
      </div>
      {!timetable && <p className="loading">{t('sessions.loading')}</p>}
      {timetable?.broken.map(({ session, error }) => (
        <p key={session.id} className="st-broken" role="note">
          {t('sessions.broken', { title: pickText(session.title, lang) ?? t('sessions.untitled'), reason: describeError(error, lang) })}
        </p>
      ))}
      {timetable && timetable.days.length === 0 && <p className="empty">{t('sessions.empty')}</p>}
      {timetable?.days.map((day) => (
        <section key={day.date} className="st-day" aria-labelledby={`st-day-${day.date}`}>
          <h3 id={`st-day-${day.date}`}>
            {dayHeading(day.date, lang)}
            {day.offset !== timetable.offset && <span className="st-day-offset">{t('sessions.dayOffset', { offset: day.offset })}</span>}
          </h3>
          <ol className="st-list">
            {day.entries.map((entry) => (
              <SessionRow key={entry.key} entry={entry} programme={programme} people={people} byKey={timetable.byKey} actions={actions} />
            ))}
          </ol>
        </section>
      ))}

      {pending?.step === 'form' && <SessionFormDialog programme={programme} target={pending.target} onClose={() => setPending(null)} />}
      {pending?.step === 'scope' && (
        <ScopeDialog
          action={pending.action}
          title={titleOf(pending.entry)}
          date={dateOf(pending.entry)}
          onCancel={() => setPending(null)}
          onChoose={(scope) => {
            if (pending.action === 'edit') setPending({ step: 'form', target: editTarget(pending.entry, scope) });
            else {
              setPending(null);
              void remove(pending.entry, scope);
            }
          }}
        />
      )}
      {pending?.step === 'confirm-remove' && (
        <ConfirmDialog
          open
          message={t('sessions.confirmRemove', { title: titleOf(pending.entry), date: dateOf(pending.entry) })}
          confirmLabel={t('sessions.actions.remove')}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void remove(pending.entry, 'this');
          }}
        />
      )}
    </div>
  );
}
