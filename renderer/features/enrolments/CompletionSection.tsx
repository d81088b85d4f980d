import { useMemo } from 'react';
import type { Enrolment, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { enrolmentStatusLabel } from '../../app/labels';
import { useNotices } from '../../components/notices';
import { asChanges, finalStatusChanges, finalStatusPlan } from './actions';
import { completions } from './attendance-day';
import { useCompletionRule } from './completion-rule';
import { CompletionRuleForm } from './CompletionRuleForm';
import { percent, shortDay, todayIn } from './format';
import { errorText } from './messages';
import { useEnrolmentCommit } from './use-enrolment-commit';
import type { EnrolmentRow } from './view-model';

/**
 * Who completed the programme under its rule, and "Set final statuses": once
 * the programme is over, confirmed participants become Attended or Did not
 * attend from their attendance, in one changeset with Undo.
 */
export function CompletionSection({
  programme,
  enrolments,
  attendees,
  keys,
}: {
  programme: Programme;
  enrolments: readonly Enrolment[];
  attendees: readonly EnrolmentRow[];
  keys: readonly string[];
}) {
  const { t, tn, lang } = useI18n();
  const notices = useNotices();
  const commit = useEnrolmentCommit();
  const rule = useCompletionRule(programme.id);
  const today = todayIn(programme.timeZone);
  const over = today > programme.endDate;
  const byId = useMemo(() => (rule ? completions(attendees.map((a) => a.enrolment), keys, rule) : undefined), [attendees, keys, rule]);
  const plan = useMemo(
    () => (rule ? finalStatusPlan(attendees.map((a) => a.enrolment), keys, { programme, today, rule }) : []),
    [attendees, keys, programme, today, rule],
  );
  const suggestion = new Map(plan.map((p) => [p.enrolment.id, p.to]));

  const setFinal = async () => {
    try {
      const changes = finalStatusChanges(plan, { now: new Date().toISOString(), programme, enrolments });
      await commit(asChanges(changes), tn('enrolments.notices.finalSet', changes.length));
    } catch (error) {
      notices.show({ tone: 'error', text: errorText(error, lang) });
    }
  };

  if (!rule || !byId) return <p className="loading">{t('enrolments.loading')}</p>;
  return (
    <section className="en-completion" aria-labelledby="en-completion-heading">
      <h3 id="en-completion-heading">{t('enrolments.completion.heading')}</h3>
      <CompletionRuleForm key={`${rule.minimumShare}-${rule.excusedCounts}`} programme={programme} rule={rule} />
      {attendees.length > 0 && (
        <div className="table-wrap">
          <table className="en-completion-table">
            <caption className="visually-hidden">{t('enrolments.completion.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('enrolments.completion.participant')}</th>
                <th scope="col" className="num">{t('enrolments.completion.sessions')}</th>
                <th scope="col" className="num">{t('enrolments.completion.shareColumn')}</th>
                <th scope="col">{t('enrolments.completion.completed')}</th>
                <th scope="col">{t('enrolments.completion.status')}</th>
                <th scope="col">{t('enrolments.completion.suggestion')}</th>
              </tr>
            </thead>
            <tbody>
              {attendees.map((row) => {
                const c = byId.get(row.enrolment.id)!;
                const next = suggestion.get(row.enrolment.id);
                return (
                  <tr key={row.enrolment.id}>
                    <th scope="row">{row.name || t('enrolments.list.unknownPerson')}</th>
                    <td className="num">{t('enrolments.completion.of', { present: c.present, counted: c.counted })}</td>
                    <td className="num">{percent(c.share, lang)}</td>
                    <td className={c.completed ? 'en-done' : 'en-not-done'}>{t(c.completed ? 'enrolments.completion.yes' : 'enrolments.completion.no')}</td>
                    <td>{t(enrolmentStatusLabel(row.enrolment.status))}</td>
                    <td>{next ? t(enrolmentStatusLabel(next)) : <span className="muted">—</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="en-final">
        <button type="button" className="primary" disabled={!over || plan.length === 0} onClick={() => void setFinal()} aria-describedby="en-final-hint">
          {t('enrolments.completion.setFinal')}
        </button>
        <p id="en-final-hint" className="muted">
          {!over
            ? t('enrolments.completion.notOver', { date: shortDay(programme.endDate, lang) })
            : plan.length === 0
              ? t('enrolments.completion.nothingToSet')
              : tn('enrolments.completion.willSet', plan.length)}
        </p>
      </div>
    </section>
  );
}
