import type { EventChangeInfo } from '@fullcalendar/react';
import { useCallback, type ReactElement } from 'react';
import { formatDateRange } from '../../../shared/domain/dates';
import { newId } from '../../../shared/domain/ids';
import type { Id, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { commitChanges } from '../../db/changes';
import { getDatabase } from '../../db/database';
import { itemOf } from './events';
import { movesOutsideProgramme, planMove } from './moves';
import { useScopeQuestion } from './ScopeDialog';

export type ChangeKind = 'move' | 'resize';

/**
 * What happens when a session is dropped or its end dragged: the new times are
 * read as instants, a series asks which occurrences to change, the changeset
 * is saved in one transaction and a notice offers Undo (the inverse changeset).
 * A drop outside the programme's dates is saved with a warning. Anything
 * refused (cancelled, stale, failed) puts the event back where it was.
 */
export function useMoves(programmesById: ReadonlyMap<Id, Programme>): [(info: EventChangeInfo, kind: ChangeKind) => Promise<void>, ReactElement] {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const [ask, dialog] = useScopeQuestion();

  const handle = useCallback(
    async (info: EventChangeInfo, kind: ChangeKind) => {
      const item = itemOf(info.event.extendedProps);
      const start = info.event.start;
      if (!item || item.type !== 'session' || !start) return info.revert();
      if (info.event.allDay) {
        info.revert();
        notices.show({ tone: 'info', text: t('calendar.moves.allDay') });
        return;
      }
      const length = Date.parse(item.end) - Date.parse(item.start);
      const to = {
        start: start.toISOString(),
        end: info.event.end ? info.event.end.toISOString() : new Date(start.getTime() + length).toISOString(),
      };
      const db = getDatabase();
      try {
        const session = await db.sessions.get(item.sessionId);
        if (!session) {
          info.revert();
          notices.show({ tone: 'error', text: t('calendar.moves.missing') });
          return;
        }
        const title = info.event.title;
        const scope = session.recurrence ? await ask({ kind, title, zone: session.timeZone }) : 'this';
        if (scope === null) return info.revert();
        const move = { session, occurrenceDate: item.occurrenceDate, from: { start: item.start, end: item.end }, to };
        const changes = planMove(move, scope, { newId, now: new Date().toISOString() });
        if (changes.length === 0) return;
        const inverse = await commitChanges(db, changes);
        const programme = programmesById.get(session.programmeId);
        const outside = programme !== undefined && movesOutsideProgramme(move, changes, programme);
        const text = outside
          ? t('calendar.moves.outside', { title, dates: formatDateRange(programme.startDate, programme.endDate, lang) })
          : t(kind === 'move' ? 'calendar.moves.moved' : 'calendar.moves.resized', { title });
        notices.show({
          tone: outside ? 'error' : 'success',
          text,
          action: {
            label: t('common.undo'),
            run: async () => {
              try {
                await commitChanges(db, inverse);
                notices.show({ tone: 'info', text: t('calendar.moves.undone') });
              } catch (error) {
                notices.show({ tone: 'error', text: describeError(error, lang) });
              }
            },
          },
        });
      } catch (error) {
        info.revert();
        notices.show({ tone: 'error', text: describeError(error, lang) });
      }
    },
    [ask, notices, t, lang, programmesById],
  );
  return [handle, dialog];
}
