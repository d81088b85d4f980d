import type { EnrolmentRole, EnrolmentStatus } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { pickText } from '../../../app/labels';
import { useProgrammes } from '../../../db/hooks';
import { RoleSelect, StartStatusSelect } from '../../enrolments/StartSelects';
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
          <StartStatusSelect id="im-status" label={t('import.action.status')} value={enrol.status} onChange={(status) => change({ status })} />
          <RoleSelect id="im-role" label={t('import.action.role')} value={enrol.role} onChange={(role) => change({ role })} />
          <p className="muted im-enrol-hint">{t('import.action.columnsWin')}</p>
          <PlacesNote programme={programmes?.find((p) => p.id === enrol.programmeId)} status={enrol.status} role={enrol.role} rows={rows} />
        </div>
      )}
    </div>
  );
}
