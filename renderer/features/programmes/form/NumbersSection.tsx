import { useI18n } from '../../../app/i18n';
import { Field, useFormKit } from './form-kit';

/** Capacity and the grants target, both optional, typed as text so "2.5" can be explained. */
export function NumbersSection() {
  const { t } = useI18n();
  const { draft, update, errorOf } = useFormKit();
  return (
    <fieldset className="pf-section">
      <legend>{t('programmes.form.numbersSection')}</legend>
      <div className="pf-grid pf-grid-3">
        <Field id="pf-capacity" label={t('programmes.form.capacity')} hint={t('programmes.form.capacityHint')} error={errorOf('capacity')}>
          {(aria) => (
            <input {...aria} type="text" inputMode="numeric" size={6} value={draft.capacity} onChange={(e) => update({ capacity: e.target.value })} />
          )}
        </Field>
        <fieldset className="pf-pair pf-span-2" aria-describedby="pf-grants-hint">
          <legend>{t('programmes.form.grantsTarget')}</legend>
          <div className="pf-inline pf-top">
            <Field id="pf-grantsMin" label={t('programmes.form.grantsMin')} error={errorOf('grantsMin')}>
              {(aria) => (
                <input {...aria} type="text" inputMode="numeric" size={6} value={draft.grantsMin} onChange={(e) => update({ grantsMin: e.target.value })} />
              )}
            </Field>
            <Field id="pf-grantsMax" label={t('programmes.form.grantsMax')} error={errorOf('grantsMax')}>
              {(aria) => (
                <input {...aria} type="text" inputMode="numeric" size={6} value={draft.grantsMax} onChange={(e) => update({ grantsMax: e.target.value })} />
              )}
            </Field>
          </div>
          <p id="pf-grants-hint" className="pf-hint">
            {t('programmes.form.grantsHint')}
          </p>
        </fieldset>
      </div>
    </fieldset>
  );
}
