import { describeError } from '../../../components/errors';
import { getDatabase } from '../../../db/database';
import type { UiLanguage } from '../../../../shared/domain/types';
import type { ReadProgress } from '../../../../shared/io/sheet-read';
import { buildPreviewOffThread, editPreviewCell, previewMatchRowsTo, previewWorker, skipPreviewRow, stopPreview } from '../check/preview-client';
import { findPreviousImport, importedPeople } from '../commit/previous-import';
import { sha256Hex } from '../commit/hash';
import { loadSheetHead, readSpreadsheet, sendSheet, stopReading } from '../file/read-spreadsheet';
import { matchRows, matchWorker, prepareMatching, stopMatching } from '../match/match-client';
import { commitWorker } from '../commit/commit-client';
import { stopCommit } from '../finish/commit-run';
import { spreadsheetWorker } from '../../../workers/spreadsheet-client';
import { blockerOf } from '../state/reachable';
import type { SheetSetup } from '../state/sheet-setup';
import type { PreviewSummary } from '../check/preview-summary';
import type { WizardStep } from '../state/steps';
import { dispatch, subscribeWizard, wizardState } from '../state/wizard-store';

/**
 * What the wizard does beyond its own state: reading the file, building the
 * preview and matching rows in workers. Each file (and each Cancel) starts a
 * new run; anything that comes back from an older run is dropped, so nothing
 * from a cancelled import ever shows up, let alone gets written.
 */
let run = 0;

/** Marks the wizard's background steps on the page's timeline (`td:import:<step>`), for the benchmark's split. */
const markStep = (step: string) => performance.mark(`td:import:${step}`);

/** The setup whose preview is being built in the current run, if one is. */
let building: SheetSetup | undefined;

/** Stops every worker of the current run and forgets it. */
function stopAll(): void {
  run++;
  building = undefined;
  stopReading();
  stopPreview();
  stopMatching();
}

const WARM = [spreadsheetWorker, previewWorker, matchWorker, commitWorker];

/**
 * While the wizard is on screen: its workers started ahead (their code loaded
 * before a file is chosen), and the rows checked in the background as soon as
 * the sheet, its header and a name column are known, so the check step is
 * ready when staff get there, and matched once checked. Returns the stop.
 */
export function startWizardWork(language: () => UiLanguage): () => void {
  for (const worker of WARM) worker.warm();
  const unsubscribe = subscribeWizard(() => startPreview(language()));
  startPreview(language());
  return () => {
    unsubscribe();
    for (const worker of WARM) worker.drop();
  };
}

/** Builds the preview of the current setup unless it is built or being built; only once the rows can be checked. */
function startPreview(lang: UiLanguage): void {
  const state = wizardState();
  if (state.preview || !state.setup || state.setup === building || blockerOf(state, 'action') !== undefined) return;
  building = state.setup;
  void buildPreview(lang);
}

/** Opens a spreadsheet: hashes it (to spot a file imported before) and reads it in the parser worker. */
export async function openSpreadsheet(name: string, bytes: Uint8Array, lang: UiLanguage): Promise<void> {
  if (wizardState().commit.status === 'running') return;
  stopAll();
  const token = run;
  markStep('opened');
  dispatch({ type: 'fileOpened', name, size: bytes.byteLength });
  const db = getDatabase();
  // The directory is read for matching while the file is read and staff look at its columns.
  prepareMatching(db.name);
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
    async ({ sheets, reading }) => {
      if (token !== run) return;
      markStep('parsed');
      dispatch({ type: 'fileParsed', sheets, reading });
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
  // In a task of its own: the sheet's header was just found in this one, and drawing the step is as long again.
  await new Promise((resolve) => setTimeout(resolve, 0));
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
    const sheet = await loadSheetHead(summary.name);
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

/** Reads the preview of the current sheet, header and mapping in the preview worker; then matches its rows. */
async function buildPreview(lang: UiLanguage): Promise<void> {
  const { sheets, sheetIndex, setup } = wizardState();
  const name = sheets[sheetIndex]?.name;
  if (name === undefined || !setup) return;
  const token = run;
  try {
    const { headerRow, groupRow, mapping } = setup;
    markStep('preview-start');
    const send = (port: MessagePort) => sendSheet(name, port);
    const preview = await buildPreviewOffThread({ send, headerRow, mapping, ...(groupRow !== undefined && { groupRow }) });
    if (token !== run || wizardState().setup !== setup) return;
    markStep('preview-built');
    dispatch({ type: 'previewBuilt', preview });
    if (blockerOf(wizardState(), 'match') === undefined) void matchPreview();
  } catch (error) {
    if (token === run) dispatch({ type: 'fileFailed', message: describeError(error, lang) });
  } finally {
    if (building === setup) building = undefined;
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
    // The rows go from the preview worker to the match worker through a port: 100,000 of them never cross the page.
    const channel = new MessageChannel();
    const matching = matchRows(getDatabase().name, channel.port2, (p) => {
      if (token === run) dispatch({ type: 'matchProgress', phase: p.phase, done: p.done, total: p.total });
    });
    matching.catch(() => undefined); // when the rows cannot be sent, that is the error to give
    try {
      await previewMatchRowsTo(channel.port1);
    } catch (error) {
      stopMatching();
      throw error;
    }
    const matches = await matching;
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
  if (step === 'check') startPreview(lang);
  if (step === 'match' && state.match.status === 'idle') void matchPreview();
}

/** Leaves the wizard: every worker stopped, nothing written, back to step one. */
export function cancelWizard(): void {
  if (wizardState().commit.status === 'running') stopCommit();
  stopAll();
  dispatch({ type: 'reset' });
}
