import { START_STATUSES } from '../../../shared/domain/enrolment-rules';
import { ENROLMENT_ROLES, type EnrolmentRole, type EnrolmentStatus } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { enrolmentStatusLabel } from '../../app/labels';
import { roleLabel } from './messages';

type SelectProps<T> = { id: string; label: string; value: T; onChange: (value: T) => void };

/** The status a new enrolment starts in (applied, shortlisted, accepted, waitlisted, confirmed), labelled. */
export function StartStatusSelect({ id, label, value, onChange }: SelectProps<EnrolmentStatus>) {
  const { t } = useI18n();
  return (
    <div className="en-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(START_STATUSES.find((s) => s === e.target.value) ?? 'applied')}>
        {START_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(enrolmentStatusLabel(s))}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The role of an enrolment (participant, trainer, organiser…), labelled. */
export function RoleSelect({ id, label, value, onChange }: SelectProps<EnrolmentRole>) {
  const { t } = useI18n();
  return (
    <div className="en-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(ENROLMENT_ROLES.find((r) => r === e.target.value) ?? 'participant')}>
        {ENROLMENT_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(roleLabel(r))}
          </option>
        ))}
      </select>
    </div>
  );
}
