import type { MessageKey } from '../../../../shared/i18n';

/** The wizard's steps, in order: open, sheet and header, mapping, what to do, check, match, import. */
export const WIZARD_STEPS = ['file', 'sheet', 'mapping', 'action', 'check', 'match', 'commit'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** The name of each step in the step list and as its heading. */
export const STEP_LABELS = {
  file: 'import.steps.file',
  sheet: 'import.steps.sheet',
  mapping: 'import.steps.mapping',
  action: 'import.steps.action',
  check: 'import.steps.check',
  match: 'import.steps.match',
  commit: 'import.steps.commit',
} as const satisfies Record<WizardStep, MessageKey>;

/** The position of a step, 0-based. */
export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step);
}

/** The step after `step`, or undefined for the last one. */
export function nextStep(step: WizardStep): WizardStep | undefined {
  return WIZARD_STEPS[stepIndex(step) + 1];
}

/** The step before `step`, or undefined for the first one. */
export function previousStep(step: WizardStep): WizardStep | undefined {
  return WIZARD_STEPS[stepIndex(step) - 1];
}
