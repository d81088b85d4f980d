import type { MergePlan } from '../../../shared/domain/person-merge';
import { personName } from '../../../shared/domain/person-rules';
import type { Id, Person } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { enrolmentStatusLabel, grantStatusLabel, pickText } from '../../app/labels';
import type { Side } from './field-rows';
import type { PairSnapshot } from './pair-data';

/**
 * What each record is enrolled in and funded by, what the merged person will
 * have, and what planMerge reports: programmes both were enrolled in (which
 * enrolment survives) and funds that will pay twice on one enrolment.
 */
export function RelatedRecords({ snapshot, plan }: { snapshot: PairSnapshot; plan: MergePlan }) {
  const { t, tn, lang } = useI18n();
  const programme = (id: Id) => pickText(snapshot.programmes.get(id)?.title, lang) ?? t('duplicates.compare.untitled');
  const fund = (id: Id) => snapshot.funds.get(id)?.name ?? t('duplicates.compare.unknownFund');
  const recordOf = (enrolmentId: Id) => {
    const owner = snapshot.enrolments.find((e) => e.id === enrolmentId)?.personId;
    return owner === snapshot.left?.id ? 1 : 2;
  };

  const column = (side: Side, person: Person | undefined) => {
    if (!person) return null;
    const enrolments = snapshot.enrolments.filter((e) => e.personId === person.id);
    const ids = new Set(enrolments.map((e) => e.id));
    const grants = snapshot.grants.filter((g) => g.personId === person.id || ids.has(g.enrolmentId));
    return (
      <div className="dup-related-record">
        <h3>
          {t('duplicates.compare.record', { n: side === 'left' ? 1 : 2 })} · <bdi>{personName(person) || t('duplicates.noName')}</bdi>
        </h3>
        <p className="muted">
          {tn('duplicates.compare.enrolments', enrolments.length)} · {tn('duplicates.compare.grants', grants.length)}
        </p>
        {enrolments.length === 0 ? (
          <p className="muted">{t('duplicates.compare.noEnrolments')}</p>
        ) : (
          <ul>
            {enrolments.map((e) => (
              <li key={e.id}>
                {t('duplicates.compare.enrolmentItem', { programme: programme(e.programmeId), status: t(enrolmentStatusLabel(e.status)) })}
              </li>
            ))}
            {grants.map((g) => (
              <li key={g.id}>{t('duplicates.compare.grantItem', { fund: fund(g.fundId), status: t(grantStatusLabel(g.status)) })}</li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  const enrolmentsAfter = snapshot.enrolments.length - plan.conflicts.length;
  return (
    <section className="dup-related" aria-labelledby="dup-related-heading">
      <h2 id="dup-related-heading">{t('duplicates.compare.relatedHeading')}</h2>
      <div className="dup-related-records">
        {column('left', snapshot.left)}
        {column('right', snapshot.right)}
      </div>
      <p>
        <strong>
          {t('duplicates.compare.afterMerge', {
            name: personName(plan.person) || t('duplicates.noName'),
            enrolments: tn('duplicates.compare.enrolments', enrolmentsAfter),
            grants: tn('duplicates.compare.grants', snapshot.grants.length),
          })}
        </strong>
      </p>
      {(plan.conflicts.length > 0 || plan.sharedFundGrants.length > 0) && (
        <div className="dup-conflicts">
          <h3>{t('duplicates.compare.conflictsHeading')}</h3>
          <ul>
            {plan.conflicts.map((c) => (
              <li key={c.programmeId}>
                {t('duplicates.compare.conflict', {
                  programme: programme(c.programmeId),
                  kept: t(enrolmentStatusLabel(c.keptStatus)),
                  keptRecord: recordOf(c.keptEnrolmentId),
                  removed: t(enrolmentStatusLabel(c.removedStatus)),
                  removedRecord: recordOf(c.removedEnrolmentId),
                })}
              </li>
            ))}
            {plan.sharedFundGrants.map((s) => {
              const programmeId = snapshot.enrolments.find((e) => e.id === s.enrolmentId)?.programmeId;
              return (
                <li key={`${s.enrolmentId}|${s.fundId}`} className="dup-warning">
                  {t('duplicates.compare.sharedFund', {
                    programme: programmeId ? programme(programmeId) : t('duplicates.compare.untitled'),
                    count: s.grantIds.length,
                    fund: fund(s.fundId),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
