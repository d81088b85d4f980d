import { describeError } from '../../../components/errors';
import { getDatabase } from '../../../db/database';
import type { UiLanguage } from '../../../../shared/domain/types';
import type { ReadProgress } from '../../../../shared/io/sheet-read';
import { buildPreviewOffThread, editPreviewCell, previewMatchRows, skipPreviewRow, stopPreview } from '../check/preview-client';
import { findPreviousImport, importedPeople } from '../commit/previous-import';
import { sha256Hex } from '../commit/hash';
import { loadSheet, readSpreadsheet, stopReading } from '../file/read-spreadsheet';
import { matchRows, stopMatching } from '../match/match-client';
import { stopCommit } from '../finish/commit-run';
import type { PreviewSummary } from '../check/preview-summary';
import type { WizardStep } from '../state/steps';
import { dispatch, wizardState } from '../state/wizard-store';

/**
 * What the wizard does beyond its own state: reading the file, building the
 * preview and matching rows in workers. Each file (and each Cancel) starts a
 * new run; anything that comes back from an older run is dropped, so nothing
 * from a cancelled import ever shows up, let alone gets written.
 */
let run = 0;

/** Marks the wizard's background steps on the page's timeline (`td:import:<step>`), for the benchmark's split. */
const markStep = (step: string) => performance.mark(`td:import:${step}`);

/** Stops every worker of the current run and forgets it. */
function stopAll(): void {
  run++;
  stopReading();
  stopPreview();
  stopMatching();
}

/** Opens a spreadsheet: hashes it (to spot a file imported before) and reads it in the parser worker. */
export async function openSpreadsheet(name: string, bytes: Uint8Array, lang: UiLanguage): Promise<void> {
  if (wizardState().commit.status === 'running') return;
  stopAll();
  const token = run;
  markStep('opened');
  dispatch({ type: 'fileOpened', name, size: bytes.byteLength });
  const db = getDatabase();
  // Hashed from a copy, started before the bytes are handed over to the parser worker.
  const hashing = sha256Hex(bytes.slice()).then(async (hash) => {
    const batch = await findPreviousImport(db, hash);
    if (token !== run) return;
    markStep('hashed');
    dispatch({
      type: 'fileHashed',
      hash,
      previous: batch ? { batchId: batch.id, createdAt: batch.createdAt, people: importedPeople(batch) } : null,
    });
  });
  const progress = (p: ReadProgress) => {
    if (token === run && p.stage === 'rows' && p.total) dispatch({ type: 'fileProgress', done: p.done ?? 0, total: p.total });
  };
  const reading = readSpreadsheet(name, bytes, progress).then(
    async (sheets) => {
      if (token !== run) return;
      markStep('parsed');
      dispatch({ type: 'fileParsed', sheets });
      await readChosenSheet(lang);
    },
    (error: unknown) => {
      if (token === run) dispatch({ type: 'fileFailed', message: describeError(error, lang) });
    },
  );
  try {
    await Promise.all([hashing, reading]);
  } catch (error) {
    if (token === run) dispatch({ type: 'fileFailed', message: describeError(error, lang) });
    return;
  }
  // A new file opens on its sheet; one imported before waits for staff to say "import it again".
  const state = wizardState();
  if (token === run && state.parse.status === 'done' && state.previous === null) goTo('sheet');
}

/** Reads the cells of the chosen sheet (a file's sheets are listed first, and read when chosen). */
async function readChosenSheet(lang: UiLanguage): Promise<void> {
  const token = run;
  const { sheets, sheetIndex } = wizardState();
  const summary = sheets[sheetIndex];
  if (!summary) return;
  try {
    const sheet = await loadSheet(summary.name);
    if (token !== run) return;
    markStep('sheet-loaded');
    dispatch({ type: 'sheetLoaded', index: sheetIndex, sheet });
  } catch (error) {
    if (token === run) dispatch({ type: 'fileFailed', message: describeError(error, lang) });
  }
}

/** Chooses another sheet of the file and reads it. */
export function chooseSheet(index: number, lang: UiLanguage): void {
  dispatch({ type: 'sheetChosen', index });
  if (!wizardState().sheet) void readChosenSheet(lang);
}

/** Reads the preview of the current sheet, header and mapping in the preview worker. */
async function buildPreview(lang: UiLanguage): Promise<void> {
  const state = wizardState();
  const { sheet } = state;
  if (!sheet || !state.setup) return;
  const token = run;
  try {
    const { headerRow, groupRow, mapping } = state.setup;
    markStep('preview-start');
    const preview = await buildPreviewOffThread({ sheet, headerRow, mapping, ...(groupRow !== undefined && { groupRow }) });
    if (token === run && wizardState().setup === state.setup) {
      markStep('preview-built');
      dispatch({ type: 'previewBuilt', preview });
    }
  } catch (error) {
    if (token === run) dispatch({ type: 'fileFailed', message: describeError(error, lang) });
  }
}

/** Matches the rows ready to import with the directory in the match worker. */
export async function matchPreview(): Promise<void> {
  const { preview } = wizardState();
  if (!preview) return;
  const token = run;
  dispatch({ type: 'matchProgress', phase: 'reading', done: 0, total: 0 });
  markStep('match-start');
  try {
    const rows = await previewMatchRows();
    if (token !== run || wizardState().preview !== preview) return;
    const matches = await matchRows(getDatabase().name, rows, (p) => {
      if (token === run) dispatch({ type: 'matchProgress', phase: p.phase, done: p.done, total: p.total });
    });
    if (token === run && wizardState().preview === preview) {
      markStep('match-done');
      dispatch({ type: 'matchDone', matches });
    }
  } catch (error) {
    if (token === run) dispatch({ type: 'matchFailed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Corrects one cell of the preview (in the preview worker). */
export async function editCell(row: number, column: number, text: string): Promise<void> {
  await editPreview(() => editPreviewCell(row, column, text));
}

/** Leaves a row of the preview out, or puts it back. */
export async function skipRow(row: number, skipped: boolean): Promise<void> {
  await editPreview(() => skipPreviewRow(row, skipped));
}

async function editPreview(edit: () => Promise<PreviewSummary>): Promise<void> {
  const token = run;
  if (!wizardState().preview) return;
  try {
    const preview = await edit();
    if (token === run && wizardState().preview) dispatch({ type: 'previewEdited', preview });
  } catch (error) {
    console.error('The preview could not be changed:', error);
  }
}

/**
 * Opens a step, and starts what it needs: the check step reads the rows when
 * they are not read yet; the match step matches them when they changed.
 */
export function goTo(step: WizardStep, lang: UiLanguage = 'en'): void {
  dispatch({ type: 'goTo', step });
  const state = wizardState();
  if (state.step !== step) return;
  if (step === 'check' && !state.preview) void buildPreview(lang);
  if (step === 'match' && state.match.status === 'idle') void matchPreview();
}

/** Leaves the wizard: every worker stopped, nothing written, back to step one. */
export function cancelWizard(): void {
  if (wizardState().commit.status === 'running') stopCommit();
  stopAll();
  dispatch({ type: 'reset' });
}
