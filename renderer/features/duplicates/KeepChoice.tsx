import { personName } from '../../../shared/domain/person-rules';
import type { Person } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import type { Side } from './field-rows';
import type { PairSnapshot } from './pair-data';

export type RecordCount = { enrolments: number; grants: number };

/** Each record's own enrolments and grants (a grant counts by its person or by its enrolment). */
export function recordCounts(snapshot: PairSnapshot): Record<Side, RecordCount> {
  const count = (person: Person | undefined): RecordCount => {
    if (!person) return { enrolments: 0, grants: 0 };
    const enrolments = snapshot.enrolments.filter((e) => e.personId === person.id);
    const ids = new Set(enrolments.map((e) => e.id));
    const grants = snapshot.grants.filter((g) => g.personId === person.id || ids.has(g.enrolmentId));
    return { enrolments: enrolments.length, grants: grants.length };
  };
  return { left: count(snapshot.left), right: count(snapshot.right) };
}

/** Which record stays: two radios, each with the record's name, creation date and counts. */
export function KeepChoice({ snapshot, keep, onKeep }: { snapshot: PairSnapshot; keep: Side; onKeep: (side: Side) => void }) {
  const { t, tn, lang } = useI18n();
  const counts = recordCounts(snapshot);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const option = (side: Side, person: Person | undefined) => {
    if (!person) return null;
    const n = side === 'left' ? 1 : 2;
    return (
      <label className={`dup-keep-option${keep === side ? ' dup-keep-chosen' : ''}`}>
        <input
          type="radio"
          name="dup-keep"
          checked={keep === side}
          onChange={() => onKeep(side)}
          aria-describedby={`dup-keep-facts-${side}`}
        />
        <span>
          <span className="dup-name">{t('duplicates.compare.keepRecord', { n, name: personName(person) || t('duplicates.noName') })}</span>
          <span className="dup-detail" id={`dup-keep-facts-${side}`}>
            {t('duplicates.compare.recordFacts', {
              date: date.format(new Date(person.createdAt)),
              enrolments: tn('duplicates.compare.enrolments', counts[side].enrolments),
              grants: tn('duplicates.compare.grants', counts[side].grants),
            })}
          </span>
        </span>
      </label>
    );
  };
  return (
    <fieldset className="dup-keep">
      <legend>{t('duplicates.compare.keepLegend')}</legend>
      <div className="dup-keep-options">
        {option('left', snapshot.left)}
        {option('right', snapshot.right)}
      </div>
      <p className="muted dup-hint">{t('duplicates.compare.keepHelp')}</p>
    </fieldset>
  );
}
