import { describeRecurrence } from '../../../shared/domain/session-recurrence-text';
import { localDateOf, type TimetableEntry, type TimetableOccurrence } from '../../../shared/domain/session-timetable';
import type { Id, Person, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { pickText } from '../../app/labels';
import { ConflictFlags } from './ConflictFlags';
import { languageList, languageName, personName, shortDate, timeRange } from './format';

export type RowActions = {
  edit: (entry: TimetableOccurrence) => void;
  remove: (entry: TimetableOccurrence) => void;
  skip: (entry: TimetableOccurrence) => void;
  restore: (entry: Extract<TimetableEntry, { kind: 'skipped' }>) => void;
};

type RowProps = {
  entry: TimetableEntry;
  programme: Programme;
  people: Map<Id, Person> | undefined;
  byKey: Map<string, TimetableOccurrence>;
  actions: RowActions;
};

/**
 * A meeting link as shown: host and path only. Zoom and Teams put the passcode
 * in the query (`?pwd=…`), and a passcode is shown only on demand.
 */
function linkText(link: string): string {
  return link.replace(/^https?:\/\//, '').replace(/[?#].*$/, '');
}

/** Names in any script, each isolated so a Hebrew or Arabic name does not reorder the list around it. */
function NameList({ names }: { names: string[] }) {
  return names.map((name, i) => (
    <span key={`${name}-${i}`}>
      {i > 0 && ', '}
      <bdi>{name}</bdi>
    </span>
  ));
}

/** One line of the timetable: an occurrence with what to know about it, or a skipped date that can be restored. */
export function SessionRow({ entry, programme, people, byKey, actions }: RowProps) {
  const { t, tn, lang } = useI18n();
  const zone = programme.timeZone;
  const session = entry.kind === 'occurrence' ? entry.session : entry.series;
  const title = pickText(session.title, lang) ?? t('sessions.untitled');
  const range = timeRange(entry.occurrence.start, entry.occurrence.end, zone, lang);
  const when = `${shortDate(localDateOf(entry.occurrence.start, zone), lang)}, ${range}`;
  const titleId = `st-row-${entry.key.replace(/[^\w-]/g, '-')}`;

  if (entry.kind === 'skipped') {
    return (
      <li className="st-row st-skipped" aria-labelledby={titleId}>
        <p className="st-time">
          <s>{range}</s>
        </p>
        <div className="st-main">
          <p className="st-title">
            <span id={titleId}>{title}</span> <span className="st-tag st-tag-skipped">{t('sessions.row.skipped')}</span>
          </p>
        </div>
        <div className="st-actions">
          <button type="button" aria-label={t('sessions.actions.restoreLabel', { title, when })} onClick={() => actions.restore(entry)}>
            {t('sessions.actions.restore')}
          </button>
        </div>
      </li>
    );
  }

  const names = (ids: readonly Id[]) =>
    ids.map((id) => {
      const person = people?.get(id);
      return person ? personName(person) : t('sessions.row.unknownPerson');
    });
  const speakers = names(session.speakerIds);
  const moderators = names(session.moderatorIds);
  const rule = session.recurrence && describeRecurrence(session.recurrence, lang, localDateOf(session.start, session.timeZone));
  const language = [
    session.language ? t('sessions.row.language', { language: languageName(session.language, lang) }) : '',
    session.interpretation.length > 0 ? t('sessions.row.interpretation', { languages: languageList(session.interpretation, lang) }) : '',
  ].filter(Boolean);
  const isSeries = session.recurrence !== undefined;

  return (
    <li className={`st-row st-kind-${session.kind}${entry.conflicts.length ? ' st-has-flags' : ''}`} aria-labelledby={titleId}>
      <p className="st-time">{range}</p>
      <div className="st-main">
        <p className="st-title">
          <span id={titleId}>{title}</span> <span className="st-tag">{t(`sessions.kind.${session.kind}`)}</span>
        </p>
        <dl className="st-meta">
          {session.room && (
            <div>
              <dt>{t('sessions.row.room')}</dt>
              <dd>{session.room}</dd>
            </div>
          )}
          {session.link && (
            <div>
              <dt>{t('sessions.row.online')}</dt>
              <dd>
                <a href={session.link} target="_blank" rel="noreferrer noopener">
                  {linkText(session.link)}
                </a>
              </dd>
            </div>
          )}
          {speakers.length > 0 && (
            <div>
              <dt>{tn('sessions.row.speakers', speakers.length)}</dt>
              <dd>
                <NameList names={speakers} />
              </dd>
            </div>
          )}
          {moderators.length > 0 && (
            <div>
              <dt>{tn('sessions.row.moderators', moderators.length)}</dt>
              <dd>
                <NameList names={moderators} />
              </dd>
            </div>
          )}
        </dl>
        {language.length > 0 && <p className="st-lang">{language.join(' · ')}</p>}
        {(rule || entry.session.originalDate) && (
          <p className="st-badges">
            {rule && <span className="st-badge">{t('sessions.row.repeats', { rule })}</span>}
            {entry.session.originalDate && <span className="st-badge st-badge-moved">{t('sessions.row.moved', { date: shortDate(entry.session.originalDate, lang) })}</span>}
          </p>
        )}
        <ConflictFlags entry={entry} title={title} byKey={byKey} people={people} programme={programme} />
      </div>
      <div className="st-actions" role="group" aria-label={t('sessions.actions.rowActions', { title })}>
        <button type="button" aria-label={t('sessions.actions.editLabel', { title, when })} onClick={() => actions.edit(entry)}>
          {t('sessions.actions.edit')}
        </button>
        {isSeries && (
          <button type="button" aria-label={t('sessions.actions.skipLabel', { title, when })} onClick={() => actions.skip(entry)}>
            {t('sessions.actions.skip')}
          </button>
        )}
        <button type="button" className="st-danger" aria-label={t('sessions.actions.removeLabel', { title, when })} onClick={() => actions.remove(entry)}>
          {t('sessions.actions.remove')}
        </button>
      </div>
    </li>
  );
}
