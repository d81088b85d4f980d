import type { ImportBatch } from '../../../../shared/domain/types';
import type { HeaderDetection } from '../../../../shared/io/import-header';
import { setColumnField, type ColumnMapping, type ImportField, type SavedMapping } from '../../../../shared/io/import-mapping';
import type { CommitProgress, MatchDecision } from '../../../../shared/io/import-plan';
import type { Sheet } from '../../../../shared/io/sheet-types';
import type { PreviewSummary } from '../check/preview-summary';
import type { FileReading, SheetSummary } from '../file/read-spreadsheet';
import type { RowFilter } from './counts';
import { decideForAll, decideRow, mergeDecisions, type DecisionChoice, type Decisions, type RowMatch } from './decisions';
import type { RowsAction } from './plan';
import { applySaved, chooseHeaderRow, detectSetup, type SheetSetup } from './sheet-setup';
import { WIZARD_STEPS, stepIndex, type WizardStep } from './steps';
import { reachable } from './reachable';

/** An earlier import of the same file (same SHA-256), to ask before importing it again. */
export type PreviousImport = { batchId: string; createdAt: string; people: number };

export type ParseState =
  | { status: 'idle' }
  | { status: 'reading'; done?: number; total?: number }
  | { status: 'failed'; message: string }
  | { status: 'done' };

export type MatchState =
  | { status: 'idle' }
  | { status: 'running'; phase: 'reading' | 'matching'; done: number; total: number }
  | { status: 'done'; matches: RowMatch[] }
  | { status: 'failed'; message: string };

export type CommitState =
  | { status: 'idle' }
  | { status: 'running'; progress: CommitProgress }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'done'; batch: ImportBatch; enrolled: number; alreadyEnrolled: number };

/** Everything the wizard knows, kept while staff move between steps. */
export type WizardState = {
  step: WizardStep;
  file?: { name: string; size: number };
  /** SHA-256 of the file; undefined while it is computed. */
  hash?: string;
  /** undefined: still looking; null: never imported. */
  previous?: PreviousImport | null;
  /** Staff said to import a file imported before again. */
  importAgain: boolean;
  parse: ParseState;
  /** The file's sheets, with their number of rows. */
  sheets: SheetSummary[];
  /** How the file was read (format; characters and separator of a text file). */
  reading?: FileReading;
  sheetIndex: number;
  /**
   * The chosen sheet's first rows (sheetHead: enough to find the header and
   * suggest fields; the whole sheet stays in the workers), once read;
   * undefined while it is read.
   */
  sheet?: Sheet;
  detection?: HeaderDetection;
  setup?: SheetSetup;
  /** The saved mapping applied, by name. */
  savedName?: string;
  action: RowsAction;
  /** The preview's counts and row lists; its rows stay in the preview worker. */
  preview?: PreviewSummary;
  filter: RowFilter;
  match: MatchState;
  decisions: Decisions;
  commit: CommitState;
};

export type WizardEvent =
  | { type: 'reset' }
  | { type: 'fileOpened'; name: string; size: number }
  | { type: 'fileHashed'; hash: string; previous: PreviousImport | null }
  | { type: 'fileProgress'; done: number; total: number }
  | { type: 'importAgain' }
  | { type: 'fileParsed'; sheets: SheetSummary[]; reading?: FileReading }
  | { type: 'sheetLoaded'; index: number; sheet: Sheet }
  | { type: 'fileFailed'; message: string }
  | { type: 'goTo'; step: WizardStep }
  | { type: 'sheetChosen'; index: number }
  | { type: 'headerChosen'; row: number }
  | { type: 'fieldChosen'; column: number; field: ImportField | null }
  | { type: 'savedApplied'; saved: SavedMapping }
  | { type: 'actionChosen'; action: RowsAction }
  | { type: 'previewBuilt'; preview: PreviewSummary }
  /** A cell corrected or a row left out (or put back) in the preview worker. */
  | { type: 'previewEdited'; preview: PreviewSummary }
  | { type: 'filterChosen'; filter: RowFilter }
  | { type: 'matchProgress'; phase: 'reading' | 'matching'; done: number; total: number }
  | { type: 'matchDone'; matches: RowMatch[] }
  | { type: 'matchFailed'; message: string }
  | { type: 'rowDecided'; row: number; decision: MatchDecision }
  | { type: 'allDecided'; choice: DecisionChoice }
  | { type: 'commitProgress'; progress: CommitProgress }
  | { type: 'commitDone'; batch: ImportBatch; enrolled: number; alreadyEnrolled: number }
  | { type: 'commitCancelled' }
  | { type: 'commitFailed'; message: string };

/** The wizard before any file: step one, nothing chosen. */
export const INITIAL_STATE: WizardState = {
  step: 'file',
  importAgain: false,
  parse: { status: 'idle' },
  sheets: [],
  sheetIndex: 0,
  action: { kind: 'add' },
  filter: 'all',
  match: { status: 'idle' },
  decisions: new Map(),
  commit: { status: 'idle' },
};

// Anything that changes the rows read (sheet, header, mapping) makes the preview and the matches stale.
const stale = { preview: undefined, match: { status: 'idle' }, decisions: new Map() } as const satisfies Partial<WizardState>;

function withSetup(state: WizardState, setup: SheetSetup, detection = state.detection): WizardState {
  const next: WizardState = { ...state, ...stale, setup, savedName: undefined, filter: 'all' };
  if (detection) next.detection = detection;
  return next;
}

// Choosing a sheet forgets what was read of the other one; its cells come with 'sheetLoaded'.
function chooseSheet(state: WizardState, index: number): WizardState {
  if (!state.sheets[index]) return state;
  return { ...state, ...stale, sheetIndex: index, sheet: undefined, detection: undefined, setup: undefined, savedName: undefined, filter: 'all' };
}

function sheetLoaded(state: WizardState, index: number, sheet: Sheet): WizardState {
  if (index !== state.sheetIndex) return state;
  const { detection, setup } = detectSetup(sheet);
  return withSetup({ ...state, sheet }, setup, detection);
}

/** The first visible sheet that has rows, else the first with rows, else the first. */
export function firstSheetWithRows(sheets: readonly SheetSummary[]): number {
  const visible = sheets.findIndex((s) => s.rowCount > 0 && !s.hidden);
  const any = sheets.findIndex((s) => s.rowCount > 0);
  return visible >= 0 ? visible : Math.max(any, 0);
}

// Edits to rows already matched make the matches stale; decisions are merged back when they come again.
function editedPreview(state: WizardState, preview: PreviewSummary): WizardState {
  return { ...state, preview, match: { status: 'idle' } };
}

/** The wizard's state machine: every change staff make, and what comes back from the workers. */
export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'reset':
      return INITIAL_STATE;
    case 'fileOpened':
      return { ...INITIAL_STATE, file: { name: event.name, size: event.size }, parse: { status: 'reading' } };
    case 'fileHashed':
      return { ...state, hash: event.hash, previous: event.previous };
    case 'fileProgress':
      return state.parse.status === 'reading' ? { ...state, parse: { status: 'reading', done: event.done, total: event.total } } : state;
    case 'importAgain':
      return { ...state, importAgain: true };
    case 'fileParsed':
      return chooseSheet({ ...state, parse: { status: 'done' }, sheets: event.sheets, reading: event.reading }, firstSheetWithRows(event.sheets));
    case 'fileFailed':
      return { ...state, parse: { status: 'failed', message: event.message }, sheets: [] };
    case 'goTo':
      return state.commit.status === 'running' || !reachable(state, event.step) ? state : { ...state, step: event.step };
    case 'sheetChosen':
      return event.index === state.sheetIndex && state.sheet ? state : chooseSheet(state, event.index);
    case 'sheetLoaded':
      return sheetLoaded(state, event.index, event.sheet);
    case 'headerChosen':
      return state.sheet ? withSetup(state, chooseHeaderRow(state.sheet, state.detection, event.row)) : state;
    case 'fieldChosen':
      return state.setup ? { ...state, ...stale, setup: { ...state.setup, mapping: setColumnField(state.setup.mapping, event.column, event.field) } } : state;
    case 'savedApplied': {
      if (!state.sheet || !state.setup) return state;
      const mapping: ColumnMapping[] = applySaved(state.sheet, state.setup, event.saved);
      return { ...state, ...stale, setup: { ...state.setup, mapping }, savedName: event.saved.name };
    }
    case 'actionChosen':
      return { ...state, action: event.action };
    case 'previewBuilt':
      return { ...state, preview: event.preview, match: { status: 'idle' } };
    case 'previewEdited':
      return state.preview ? editedPreview(state, event.preview) : state;
    case 'filterChosen':
      return { ...state, filter: event.filter };
    case 'matchProgress':
      return { ...state, match: { status: 'running', phase: event.phase, done: event.done, total: event.total } };
    case 'matchDone':
      return { ...state, match: { status: 'done', matches: event.matches }, decisions: mergeDecisions(state.decisions, event.matches) };
    case 'matchFailed':
      return { ...state, match: { status: 'failed', message: event.message } };
    case 'rowDecided':
      return { ...state, decisions: decideRow(state.decisions, event.row, event.decision) };
    case 'allDecided':
      return state.match.status === 'done' ? { ...state, decisions: decideForAll(state.decisions, state.match.matches, event.choice) } : state;
    case 'commitProgress':
      return { ...state, commit: { status: 'running', progress: event.progress } };
    case 'commitDone':
      return { ...state, commit: { status: 'done', batch: event.batch, enrolled: event.enrolled, alreadyEnrolled: event.alreadyEnrolled } };
    case 'commitCancelled':
      return { ...state, commit: { status: 'cancelled' } };
    case 'commitFailed':
      return { ...state, commit: { status: 'failed', message: event.message } };
  }
}

/** The furthest step staff can go to now. */
export function furthestStep(state: WizardState): WizardStep {
  return [...WIZARD_STEPS].reverse().find((step) => reachable(state, step)) ?? 'file';
}

/** True when `step` comes before the current one. */
export function isBefore(state: WizardState, step: WizardStep): boolean {
  return stepIndex(step) < stepIndex(state.step);
}
