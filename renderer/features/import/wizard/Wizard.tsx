import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useNotices } from '../../../components/notices';
import { platform } from '../../../platform';
import { describeError } from '../../../components/errors';
import { ActionStep } from '../action/ActionStep';
import { CheckStep } from '../check/CheckStep';
import { DropZone } from '../file/DropZone';
import { FileStep } from '../file/FileStep';
import { CommitStep } from '../finish/CommitStep';
import { MappingStep } from '../mapping/MappingStep';
import { MatchStep } from '../match/MatchStep';
import { SheetStep } from '../sheet/SheetStep';
import { STEP_LABELS, WIZARD_STEPS, stepIndex, type WizardStep } from '../state/steps';
import { dispatch, useWizard } from '../state/wizard-store';
import { StepList } from './StepList';
import { WizardNav } from './WizardNav';
import { cancelWizard, chooseSheet, editCell as editPreviewCell, goTo, matchPreview, openSpreadsheet, skipRow as skipPreviewRow, startWizardWork } from './wizard-actions';

/**
 * The spreadsheet import wizard: a step list, the current step under its
 * heading (which takes focus when the step changes), and Back / Next / Cancel.
 * Its state lives outside the page, so it is kept while staff look elsewhere.
 */
export function Wizard() {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const state = useWizard();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef<WizardStep | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const committing = state.commit.status === 'running';

  // Workers started ahead, and the rows checked in the background once they can be.
  const language = useRef(lang);
  useEffect(() => {
    language.current = lang;
  }, [lang]);
  useEffect(() => startWizardWork(() => language.current), []);

  // Focus follows the step, but not on arrival: the page heading has it then.
  useEffect(() => {
    if (shownStep.current !== null && shownStep.current !== state.step) heading.current?.focus();
    shownStep.current = state.step;
  }, [state.step]);

  const open = useCallback((name: string, bytes: Uint8Array) => void openSpreadsheet(name, bytes, lang), [lang]);
  const choose = useCallback(async () => {
    try {
      const file = await platform.openFile('import');
      if (file) open(file.name, file.bytes);
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  }, [open, notices, lang]);
  const drop = useCallback(
    (file: File) => {
      file.arrayBuffer().then(
        (buffer) => open(file.name, new Uint8Array(buffer)),
        (error: unknown) => notices.show({ tone: 'error', text: describeError(error, lang) }),
      );
    },
    [open, notices, lang],
  );
  const go = (step: WizardStep) => goTo(step, lang);

  return (
    <section aria-labelledby="im-step-heading" className="im-wizard">
      <DropZone onFile={drop} disabled={committing || state.commit.status === 'done'} />
      <StepList state={state} onGo={go} locked={committing || state.commit.status === 'done'} />
      <div className="im-step-panel">
        <h2 id="im-step-heading" ref={heading} tabIndex={-1}>
          {t('import.steps.heading', { number: stepIndex(state.step) + 1, total: WIZARD_STEPS.length, name: t(STEP_LABELS[state.step]) })}
        </h2>
        {state.step === 'file' && <FileStep state={state} onChoose={choose} onImportAgain={() => dispatch({ type: 'importAgain' })} />}
        {state.step === 'sheet' && <SheetStep state={state} onSheet={(index) => chooseSheet(index, lang)} onHeaderRow={(row) => dispatch({ type: 'headerChosen', row })} />}
        {state.step === 'mapping' && (
          <MappingStep state={state} onField={(column, field) => dispatch({ type: 'fieldChosen', column, field })} onApplySaved={(saved) => dispatch({ type: 'savedApplied', saved })} />
        )}
        {state.step === 'action' && <ActionStep action={state.action} onAction={(action) => dispatch({ type: 'actionChosen', action })} rows={state.preview && state.preview.counts.ok + state.preview.counts.warnings} />}
        {state.step === 'check' && <CheckStep state={state} onFilter={(filter) => dispatch({ type: 'filterChosen', filter })} onEdit={editCell} onSkip={skipRow} />}
        {state.step === 'match' && (
          <MatchStep state={state} onDecide={(row, decision) => dispatch({ type: 'rowDecided', row, decision })} onDecideAll={(choice) => dispatch({ type: 'allDecided', choice })} onRetry={() => void matchPreview()} />
        )}
        {state.step === 'commit' && <CommitStep state={state} onAnother={cancelWizard} />}
      </div>
      <WizardNav state={state} onGo={go} onCancel={() => (state.file ? setConfirmCancel(true) : cancelWizard())} />
      <ConfirmDialog
        open={confirmCancel}
        message={t('import.wizard.cancelQuestion')}
        confirmLabel={t('import.wizard.cancelConfirm')}
        onConfirm={() => {
          setConfirmCancel(false);
          cancelWizard();
          heading.current?.focus();
        }}
        onCancel={() => setConfirmCancel(false)}
      />
    </section>
  );
}

// Stable callbacks: the preview grid's rows are memoised on them.
const editCell = (row: number, column: number, text: string) => void editPreviewCell(row, column, text);
const skipRow = (row: number, skipped: boolean) => void skipPreviewRow(row, skipped);
