import { START_STATUSES } from '../../../../shared/domain/enrolment-rules';
import { ENROLMENT_ROLES, type EnrolmentRole, type EnrolmentStatus } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { enrolmentStatusLabel, pickText } from '../../../app/labels';
import { useProgrammes } from '../../../db/hooks';
import { roleLabel } from '../../enrolments/messages';
import type { RowsAction } from '../state/plan';
import { PlacesNote } from './PlacesNote';

const ENROL_DEFAULTS = { status: 'applied', role: 'participant' } as const satisfies { status: EnrolmentStatus; role: EnrolmentRole };

/**
 * Step four: add the people to the directory only, or also enrol every one of
 * them in a programme with a starting status and a role. A status or role
 * column in the file, when mapped, decides for its own row. Enrolling into
 * places says how many are free (PlacesNote).
 */
export function ActionStep({ action, onAction, rows }: { action: RowsAction; onAction: (action: RowsAction) => void; rows: number | undefined }) {
  const { t, lang } = useI18n();
  const programmes = useProgrammes();
  const enrol = action.kind === 'enrol' ? action : undefined;
  const change = (patch: Partial<Extract<RowsAction, { kind: 'enrol' }>>) =>
    onAction({ kind: 'enrol', programmeId: enrol?.programmeId ?? '', ...ENROL_DEFAULTS, ...(enrol && { status: enrol.status, role: enrol.role }), ...patch });
  return (
    <div className="im-action">
      <fieldset className="im-choice">
        <legend>{t('import.action.question')}</legend>
        <label className="im-radio">
          <input type="radio" name="im-action" checked={action.kind === 'add'} onChange={() => onAction({ kind: 'add' })} />
          <span>{t('import.action.addOnly')}</span>
        </label>
        <label className="im-radio">
          <input type="radio" name="im-action" checked={action.kind === 'enrol'} onChange={() => change({})} />
          <span>{t('import.action.enrol')}</span>
        </label>
      </fieldset>
      {enrol && (
        <div className="im-enrol-fields">
          <div className="en-field">
            <label htmlFor="im-programme">{t('import.action.programme')}</label>
            <select id="im-programme" value={enrol.programmeId} onChange={(e) => change({ programmeId: e.target.value })} aria-invalid={enrol.programmeId === '' || undefined}>
              <option value="">{t('import.action.chooseProgramme')}</option>
              {programmes?.map((p) => (
                <option key={p.id} value={p.id}>
                  {pickText(p.title, lang) ?? p.id}
                </option>
              ))}
            </select>
          </div>
          <div className="en-field">
            <label htmlFor="im-status">{t('import.action.status')}</label>
            <select id="im-status" value={enrol.status} onChange={(e) => change({ status: START_STATUSES.find((s) => s === e.target.value) ?? 'applied' })}>
              {START_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(enrolmentStatusLabel(s))}
                </option>
              ))}
            </select>
          </div>
          <div className="en-field">
            <label htmlFor="im-role">{t('import.action.role')}</label>
            <select id="im-role" value={enrol.role} onChange={(e) => change({ role: ENROLMENT_ROLES.find((r) => r === e.target.value) ?? 'participant' })}>
              {ENROLMENT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(roleLabel(r))}
                </option>
              ))}
            </select>
          </div>
          <p className="muted im-enrol-hint">{t('import.action.columnsWin')}</p>
          <PlacesNote programme={programmes?.find((p) => p.id === enrol.programmeId)} status={enrol.status} role={enrol.role} rows={rows} />
        </div>
      )}
    </div>
  );
}
