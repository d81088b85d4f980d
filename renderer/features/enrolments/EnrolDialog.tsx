import { useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids';
import { personName } from '../../../shared/domain/person-rules';
import { type EnrolmentRole, type EnrolmentStatus, type Id, type Person, type Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { enrolmentStatusLabel } from '../../app/labels';
import { getDatabase } from '../../db/database';
import { PeoplePicker } from '../sessions/form/PeoplePicker';
import { useModal } from '../sessions/use-modal';
import '../sessions/sessions.css';
import { creations, enrolAll } from './actions';
import { todayIn } from './format';
import { errorText, personReason } from './messages';
import { RoleSelect, StartStatusSelect } from './StartSelects';
import { useEnrolmentCommit } from './use-enrolment-commit';

/**
 * Enrols people from the directory in a programme: pick them (accents and case
 * do not matter), choose their role and starting status. All or nothing: if
 * one cannot be enrolled (already enrolled, no place left), the dialog says who
 * and why, and nobody is enrolled.
 */
export function EnrolDialog({ programme, onClose }: { programme: Programme; onClose: () => void }) {
  const { t, tn, lang } = useI18n();
  const ref = useModal();
  const commit = useEnrolmentCommit();
  const [ids, setIds] = useState<Id[]>([]);
  const [role, setRole] = useState<EnrolmentRole>('participant');
  const [status, setStatus] = useState<EnrolmentStatus>('applied');
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    if (ids.length === 0) {
      setProblems([t('enrolments.enrol.nobody')]);
      document.getElementById('en-enrol-people')?.focus();
      return;
    }
    setSaving(true);
    try {
      const db = getDatabase();
      const [people, enrolments] = await Promise.all([
        db.people.bulkGet(ids),
        db.enrolments.where('programmeId').equals(programme.id).toArray(),
      ]);
      const found = people.filter((p): p is Person => p !== undefined);
      const result = enrolAll(found.map((person) => ({ person, role })), programme, status, {
        now: new Date().toISOString(),
        newId,
        enrolments,
        ...(status === 'applied' && { appliedOn: todayIn(programme.timeZone) }),
      });
      if (!result.ok) {
        const nameOf = (id: Id) => personName(found.find((p) => p.id === id) ?? { givenName: '', familyName: '' });
        setProblems(result.problems.map((p) => personReason(nameOf(p.personId), p.key, p.params, lang)));
        return;
      }
      const first = found[0];
      const text =
        found.length === 1 && first
          ? t('enrolments.notices.enrolledOne', { name: personName(first), status: t(enrolmentStatusLabel(status)) })
          : tn('enrolments.notices.enrolled', found.length, { status: t(enrolmentStatusLabel(status)) });
      if (await commit(creations(result.created), text)) onClose();
    } catch (error) {
      setProblems([errorText(error, lang)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="st-dialog en-dialog"
      aria-labelledby="en-enrol-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form className="en-form" noValidate onSubmit={submit}>
        <h2 id="en-enrol-title">{t('enrolments.enrol.title')}</h2>
        {problems.length > 0 && (
          <div className="en-problems" role="alert">
            <p>{t('enrolments.enrol.refused')}</p>
            <ul>
              {problems.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
        <PeoplePicker
          id="en-enrol-people"
          label={t('enrolments.enrol.people')}
          chosenLabel={t('enrolments.enrol.chosen')}
          ids={ids}
          onChange={(next) => {
            setIds(next);
            setProblems([]);
          }}
        />
        <div className="en-form-row">
          <RoleSelect id="en-enrol-role" label={t('enrolments.enrol.role')} value={role} onChange={setRole} />
          <StartStatusSelect id="en-enrol-status" label={t('enrolments.enrol.status')} value={status} onChange={setStatus} />
        </div>
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t('enrolments.enrol.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
