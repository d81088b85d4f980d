import { useI18n } from '../../../app/i18n';
import { blockerOf } from '../state/reachable';
import { nextStep, previousStep, type WizardStep } from '../state/steps';
import type { WizardState } from '../state/wizard-state';

/**
 * Back, Next and Cancel under the step. When Next cannot be used yet, the
 * reason is written beside it (and tied to it with aria-describedby).
 */
export function WizardNav({ state, onGo, onCancel }: { state: WizardState; onGo: (step: WizardStep) => void; onCancel: () => void }) {
  const { t } = useI18n();
  if (state.commit.status === 'running' || state.commit.status === 'done') return null;
  const back = previousStep(state.step);
  const next = nextStep(state.step);
  const blocker = next ? blockerOf(state, next) : undefined;
  const busy = blocker === 'noFile' && state.parse.status === 'reading';
  return (
    <div className="im-nav">
      {state.file && (
        <button type="button" onClick={onCancel}>
          {t('import.wizard.cancel')}
        </button>
      )}
      <span className="im-nav-spacer" />
      {blocker && state.file && !busy && (
        <p id="im-next-blocker" className="im-blocker">
          {t(`import.blockers.${blocker}`)}
        </p>
      )}
      {back && (
        <button type="button" onClick={() => onGo(back)}>
          {t('import.wizard.back')}
        </button>
      )}
      {next && state.file && (
        <button type="button" className="primary" disabled={blocker !== undefined} aria-describedby={blocker && state.file ? 'im-next-blocker' : undefined} onClick={() => onGo(next)}>
          {t('import.wizard.next')}
        </button>
      )}
    </div>
  );
}
