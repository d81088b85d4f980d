import type { Conflict } from '../../../shared/domain/conflicts';
import { otherSide, type TimetableOccurrence } from '../../../shared/domain/session-timetable';
import type { Id, Person, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { pickText } from '../../app/labels';
import { personName, timeRange } from './format';

/**
 * What cannot happen as planned for one occurrence: a room booked twice, a
 * person in two places, a date outside the programme. Visible text, in a list
 * labelled for screen readers with the session it belongs to.
 */
export function ConflictFlags({
  entry,
  title,
  byKey,
  people,
  programme,
}: {
  entry: TimetableOccurrence;
  title: string;
  byKey: Map<string, TimetableOccurrence>;
  people: Map<Id, Person> | undefined;
  programme: Programme;
}) {
  const { t, lang } = useI18n();
  if (entry.conflicts.length === 0) return null;
  const describe = (conflict: Conflict): string => {
    if (conflict.kind === 'outside-programme') return t('sessions.conflicts.outside');
    const other = byKey.get(otherSide(conflict, entry.key) ?? '');
    const otherTitle = (other && pickText(other.session.title, lang)) ?? t('sessions.untitled');
    const time = other ? timeRange(other.occurrence.start, other.occurrence.end, programme.timeZone, lang) : '';
    if (conflict.kind === 'room') return t('sessions.conflicts.room', { other: otherTitle, time });
    const person = conflict.personId !== undefined ? people?.get(conflict.personId) : undefined;
    const name = person ? personName(person) : t('sessions.row.unknownPerson');
    return t('sessions.conflicts.person', { name, other: otherTitle, time });
  };
  // The same clash can be found twice (two people on the same pair); say it once.
  const lines = [...new Set(entry.conflicts.map(describe))];
  return (
    <ul className="st-flags" aria-label={t('sessions.conflicts.label', { title })}>
      {lines.map((line) => (
        <li key={line} className="st-flag">
          <span aria-hidden="true" className="st-flag-icon">
            !
          </span>
          {line}
        </li>
      ))}
    </ul>
  );
}
