import { describe, expect, it } from 'vitest';
import { buildPreview, editCell, setRowSkipped, type Preview } from '../../../shared/io/import-rows';
import { summarize } from '../../../renderer/features/import/check/preview-summary';
import type { Sheet } from '../../../shared/io/sheet-types';
import { blockerOf, reachable } from '../../../renderer/features/import/state/reachable';
import { WIZARD_STEPS } from '../../../renderer/features/import/state/steps';
import { firstSheetWithRows, furthestStep, INITIAL_STATE, wizardReducer, type WizardEvent, type WizardState } from '../../../renderer/features/import/state/wizard-state';
import { lagosFrench } from '../io/import-fixtures';

const run = (events: WizardEvent[], from: WizardState = INITIAL_STATE): WizardState => events.reduce(wizardReducer, from);

/** A French list opened, hashed (never imported before) and its only sheet read. */
function opened(sheet: Sheet = lagosFrench): WizardState {
  return run([
    { type: 'fileOpened', name: 'lagos.xlsx', size: 12_000 },
    { type: 'fileHashed', hash: 'abc', previous: null },
    { type: 'fileParsed', sheets: [{ name: sheet.name, rowCount: sheet.rows.length }] },
    { type: 'sheetLoaded', index: 0, sheet },
  ]);
}

/** The preview as the preview worker builds it (and keeps it), with the state once the page has its summary. */
function previewOf(state: WizardState): Preview {
  const setup = state.setup!;
  return buildPreview(state.sheet!, setup.headerRow, setup.mapping);
}

function withPreview(state: WizardState): WizardState {
  return wizardReducer(state, { type: 'previewBuilt', preview: summarize(previewOf(state)) });
}

describe('the wizard’s steps', () => {
  it('starts on the file step, where nothing further can be opened', () => {
    expect(INITIAL_STATE.step).toBe('file');
    expect(WIZARD_STEPS.filter((step) => reachable(INITIAL_STATE, step))).toEqual(['file']);
    expect(wizardReducer(INITIAL_STATE, { type: 'goTo', step: 'mapping' })).toBe(INITIAL_STATE);
  });

  it('finds the header under the title and the blank row, and suggests the mapping, once the sheet is read', () => {
    const state = opened();
    expect(state.setup?.headerRow).toBe(2);
    expect(state.setup?.mapping.map((m) => m.field)).toEqual([null, 'familyName', 'givenName', 'email', 'country', 'institution', 'position', 'phone']);
    expect(furthestStep(state)).toBe('check');
    expect(blockerOf(state, 'match')).toBe('noPreview');
  });

  it('waits for the sheet’s cells and the file’s hash before the sheet step', () => {
    const reading = run([{ type: 'fileOpened', name: 'a.csv', size: 10 }]);
    expect(blockerOf(reading, 'sheet')).toBe('noFile');
    const listed = run([{ type: 'fileHashed', hash: 'h', previous: null }, { type: 'fileParsed', sheets: [{ name: 'a', rowCount: 3 }] }], reading);
    expect(reachable(listed, 'sheet')).toBe(true);
    expect(blockerOf(listed, 'mapping')).toBe('noHeader');
  });

  it('asks before importing a file imported before, and goes on once staff say so', () => {
    const state = run([{ type: 'fileHashed', hash: 'abc', previous: { batchId: 'B1', createdAt: '2026-03-01T10:00:00.000Z', people: 12 } }], opened());
    expect(blockerOf(state, 'sheet')).toBe('askAgain');
    expect(reachable(wizardReducer(state, { type: 'importAgain' }), 'mapping')).toBe(true);
  });

  it('needs a name column before choosing what to do, and a programme before checking when enrolling', () => {
    const noName = run([
      { type: 'fieldChosen', column: 1, field: null },
      { type: 'fieldChosen', column: 2, field: null },
    ], opened());
    expect(blockerOf(noName, 'action')).toBe('noName');
    const enrol = run([{ type: 'actionChosen', action: { kind: 'enrol', programmeId: '', status: 'applied', role: 'participant' } }], opened());
    expect(blockerOf(enrol, 'check')).toBe('noProgramme');
    const chosen = wizardReducer(enrol, { type: 'actionChosen', action: { kind: 'enrol', programmeId: 'P1', status: 'applied', role: 'participant' } });
    expect(reachable(chosen, 'check')).toBe(true);
  });

  it('keeps every choice while moving back and forth between steps', () => {
    const state = run([
      { type: 'goTo', step: 'mapping' },
      { type: 'fieldChosen', column: 0, field: 'membershipNumber' },
      { type: 'goTo', step: 'action' },
      { type: 'actionChosen', action: { kind: 'enrol', programmeId: 'P1', status: 'accepted', role: 'trainer' } },
      { type: 'goTo', step: 'sheet' },
      { type: 'goTo', step: 'mapping' },
    ], opened());
    expect(state.step).toBe('mapping');
    expect(state.setup?.mapping[0]?.field).toBe('membershipNumber');
    expect(state.action).toEqual({ kind: 'enrol', programmeId: 'P1', status: 'accepted', role: 'trainer' });
  });

  it('forgets the preview and the matches when the mapping or the header row changes', () => {
    const matched = run([{ type: 'matchDone', matches: [{ row: 0, candidates: [{ id: 'X', reasons: ['same-email'], score: 50 }] }] }], withPreview(opened()));
    expect(reachable(matched, 'commit')).toBe(true);
    const remapped = wizardReducer(matched, { type: 'fieldChosen', column: 7, field: null });
    expect(remapped.preview).toBeUndefined();
    expect(remapped.match).toEqual({ status: 'idle' });
    expect(remapped.decisions.size).toBe(0);
    const header = wizardReducer(matched, { type: 'headerChosen', row: 0 });
    expect(header.setup?.headerRow).toBe(0);
    expect(header.preview).toBeUndefined();
  });

  it('fixes a bad email in place: the row becomes ready, and the rows are matched again', () => {
    const state = withPreview(opened());
    const preview = previewOf(opened());
    const index = preview.rows.findIndex((r) => r.cells[3]?.value === 'kwame.mensah@gmail');
    expect(preview.rows[index]?.status).toBe('error');
    expect([...state.preview!.lists.errors]).toContain(index);
    const errors = state.preview!.counts.errors;
    const matched = run([{ type: 'matchDone', matches: [] }], state);
    const edited = editCell(preview, index, 3, 'kwame.mensah@gmail.com');
    const fixed = wizardReducer(matched, { type: 'previewEdited', preview: summarize(edited) });
    expect(edited.rows[index]?.status).not.toBe('error');
    expect([...fixed.preview!.lists.errors]).not.toContain(index);
    expect([...fixed.preview!.lists.ready]).toContain(index);
    expect(fixed.preview!.counts.errors).toBe(errors - 1);
    expect(fixed.match).toEqual({ status: 'idle' });
    expect(blockerOf(fixed, 'commit')).toBe('notMatched');
  });

  it('leaves a row out and puts it back', () => {
    const state = withPreview(opened());
    const preview = previewOf(opened());
    const left = setRowSkipped(preview, 0, true);
    const skipped = wizardReducer(state, { type: 'previewEdited', preview: summarize(left) });
    expect([...skipped.preview!.lists.skipped]).toContain(0);
    expect(skipped.preview!.counts.skipped).toBe(state.preview!.counts.skipped + 1);
    const back = wizardReducer(skipped, { type: 'previewEdited', preview: summarize(setRowSkipped(left, 0, false)) });
    expect(back.preview!.counts).toEqual(state.preview!.counts);
  });

  it('refuses to move while the import is being written, and Cancel goes back to the start', () => {
    const writing = run([
      { type: 'matchDone', matches: [] },
      { type: 'goTo', step: 'commit' },
      { type: 'commitProgress', progress: { phase: 'writing', done: 10, total: 100 } },
    ], withPreview(opened()));
    expect(writing.step).toBe('commit');
    expect(wizardReducer(writing, { type: 'goTo', step: 'check' })).toBe(writing);
    expect(wizardReducer(writing, { type: 'commitCancelled' }).commit).toEqual({ status: 'cancelled' });
    expect(wizardReducer(writing, { type: 'reset' })).toBe(INITIAL_STATE);
  });

  it('reads a sheet only for the sheet chosen: a late answer for another sheet is dropped', () => {
    const two = run([
      { type: 'fileOpened', name: 'book.xlsx', size: 1 },
      { type: 'fileHashed', hash: 'h', previous: null },
      { type: 'fileParsed', sheets: [{ name: 'Notes', rowCount: 0 }, { name: lagosFrench.name, rowCount: 11 }] },
    ]);
    expect(two.sheetIndex).toBe(1);
    expect(wizardReducer(two, { type: 'sheetLoaded', index: 0, sheet: lagosFrench }).sheet).toBeUndefined();
  });

  it('opens on the first visible sheet with rows', () => {
    expect(firstSheetWithRows([{ name: 'Hidden', rowCount: 9, hidden: true }, { name: 'Empty', rowCount: 0 }, { name: 'List', rowCount: 4 }])).toBe(2);
    expect(firstSheetWithRows([{ name: 'Empty', rowCount: 0 }])).toBe(0);
  });
});
