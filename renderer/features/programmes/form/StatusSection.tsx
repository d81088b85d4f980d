import { nextStatuses } from '../../../../shared/domain/transitions';
import type { ProgrammeStatus } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { programmeStatusLabel } from '../../../app/labels';
import { Field, useFormKit } from './form-kit';

/** The status (only the moves the rules allow from the stored one) and the calendar colour. */
export function StatusSection() {
  const { t } = useI18n();
  const { draft, update, errorOf } = useFormKit();
  const saved = draft.savedStatus;
  const options: ProgrammeStatus[] = saved ? [saved, ...nextStatuses('programme', saved)] : ['draft'];
  const colourOn = draft.colour !== '';
  return (
    <fieldset className="pf-section">
      <legend>{t('programmes.form.statusSection')}</legend>
      <div className="pf-grid pf-grid-2">
        <Field
          id="pf-status"
          label={t('programmes.form.status')}
          hint={saved ? undefined : t('programmes.form.statusNew')}
          error={errorOf('status')}
        >
          {(aria) => (
            <select
              {...aria}
              value={draft.status}
              disabled={!saved}
              onChange={(e) => update({ status: e.target.value as ProgrammeStatus })}
            >
              {options.map((s) => (
                <option key={s} value={s}>
                  {t(programmeStatusLabel(s))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className={`pf-field${errorOf('colour') ? ' pf-invalid' : ''}`}>
          <label className="pf-choice">
            <input
              type="checkbox"
              checked={colourOn}
              onChange={(e) => update({ colour: e.target.checked ? '#0d6e6e' : '' })}
            />
            {t('programmes.form.useColour')}
          </label>
          {colourOn && (
            <Field id="pf-colour" label={t('programmes.form.colour')} error={errorOf('colour')} className="pf-colour">
              {(aria) => <input {...aria} type="color" value={draft.colour} onChange={(e) => update({ colour: e.target.value })} />}
            </Field>
          )}
        </div>
      </div>
    </fieldset>
  );
}
