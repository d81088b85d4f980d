import { useSyncExternalStore } from 'react';
import { INITIAL_STATE, wizardReducer, type WizardEvent, type WizardState } from './wizard-state';

// Module state, not component state: the wizard keeps its place while staff
// look at a programme or the directory and come back, and a running commit
// reports to it whatever page is open.
let state: WizardState = INITIAL_STATE;
const listeners = new Set<() => void>();

/** Applies one event to the wizard and tells every view. */
export function dispatch(event: WizardEvent): void {
  const next = wizardReducer(state, event);
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

/** The wizard's state now (for actions that run outside React). */
export function wizardState(): WizardState {
  return state;
}

/** Calls `listener` after each change of the wizard's state; returns the unsubscribe. */
export function subscribeWizard(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The wizard's state, live. */
export function useWizard(): WizardState {
  return useSyncExternalStore(subscribeWizard, wizardState);
}
