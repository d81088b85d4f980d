import { actionComplete } from './plan';
import { mappingGivesName } from './sheet-setup';
import type { WizardStep } from './steps';
import type { WizardState } from './wizard-state';

/** Why a step cannot be opened yet, or undefined when it can. Each step needs the one before it. */
export type Blocker =
  | 'noFile'
  | 'askAgain'
  | 'noHeader'
  | 'noName'
  | 'noProgramme'
  | 'noPreview'
  | 'nothingToImport'
  | 'notMatched';

/** The first thing missing before `step` can be opened. */
export function blockerOf(state: WizardState, step: WizardStep): Blocker | undefined {
  if (step === 'file') return undefined;
  if (state.parse.status !== 'done' || state.sheets.length === 0 || state.hash === undefined) return 'noFile';
  if (state.previous && !state.importAgain) return 'askAgain';
  if (step === 'sheet') return undefined;
  if (!state.sheet || !state.setup || state.setup.headerRow < 0) return 'noHeader';
  if (step === 'mapping') return undefined;
  if (!mappingGivesName(state.setup.mapping)) return 'noName';
  if (step === 'action') return undefined;
  if (!actionComplete(state.action)) return 'noProgramme';
  if (step === 'check') return undefined;
  if (!state.preview) return 'noPreview';
  if (state.preview.counts.ok + state.preview.counts.warnings === 0) return 'nothingToImport';
  if (step === 'match') return undefined;
  if (state.match.status !== 'done') return 'notMatched';
  return undefined;
}

/** True when `step` can be opened now. */
export function reachable(state: WizardState, step: WizardStep): boolean {
  return blockerOf(state, step) === undefined;
}
