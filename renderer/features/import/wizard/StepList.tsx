import { useI18n } from '../../../app/i18n';
import { reachable } from '../state/reachable';
import { STEP_LABELS, WIZARD_STEPS, type WizardStep } from '../state/steps';
import type { WizardState } from '../state/wizard-state';

/**
 * The steps of the wizard as a numbered list: the current one marked
 * aria-current="step", the ones that can be opened as buttons (back to any
 * step done, forward as far as the choices made allow), the others as text.
 */
export function StepList({ state, onGo, locked }: { state: WizardState; onGo: (step: WizardStep) => void; locked: boolean }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('import.steps.listLabel')} className="im-steps">
      <ol>
        {WIZARD_STEPS.map((step, index) => {
          const current = step === state.step;
          const open = !locked && !current && reachable(state, step);
          const label = (
            <>
              <span className="im-step-number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{t(STEP_LABELS[step])}</span>
            </>
          );
          return (
            <li key={step} aria-current={current ? 'step' : undefined} className={current ? 'im-step-current' : undefined}>
              {open ? (
                <button type="button" onClick={() => onGo(step)}>
                  {label}
                </button>
              ) : (
                <span className="im-step-static">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
