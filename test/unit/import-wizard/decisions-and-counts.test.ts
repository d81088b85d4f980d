import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../shared/io/import-mapping';
import { buildPreview, setRowSkipped, type Preview } from '../../../shared/io/import-rows';
import type { Sheet } from '../../../shared/io/sheet-types';
import { filteredRows, planCounts } from '../../../renderer/features/import/state/counts';
import { decideForAll, decideRow, defaultDecision, mergeDecisions, type Decisions, type RowMatch } from '../../../renderer/features/import/state/decisions';
import { buildPlan, planRows } from '../../../renderer/features/import/state/plan';
import { summarize } from '../../../renderer/features/import/check/preview-summary';

const sheet: Sheet = {
  name: 'Candidats',
  rows: [
    ['Nom', 'Prénom', 'Courriel', 'Pays'],
    ['Diallo', 'Aminata', 'aminata@musee.example.ci', "Côte d'Ivoire"],
    ['Nguyễn', 'Văn An', 'an@baotang.example.vn', 'Viet Nam'],
    ['Kouassi', 'Yao', 'yao@musee-bingerville', "Côte d'Ivoire"],
    ['Mbarga', 'Hélène', 'helene@musee.example.cm', 'Cameroun'],
    ['Nom', 'Prénom', 'Courriel', 'Pays'],
    ['Benali', 'Karim', 'karim@musee.example.ma', 'Maroc'],
  ],
};
const headers = sheet.rows[0] as string[];
const mapping = suggestMapping(headers, sheet.rows.slice(1));
const preview: Preview = buildPreview(sheet, 0, mapping);
const match = (row: number, ...ids: string[]): RowMatch => ({ row, candidates: ids.map((id, i) => ({ id, reasons: ['same-name-country'], score: 30 - i })) });

describe('decisions for rows that match people already here', () => {
  it('proposes filling the best match’s empty fields', () => {
    expect(defaultDecision(match(1, 'P-nguyen', 'P-other'))).toEqual({ action: 'fill-empty', personId: 'P-nguyen' });
    expect(defaultDecision({ row: 1, candidates: [] })).toBeUndefined();
  });

  it('applies one choice to every matched row, each keeping the person staff picked', () => {
    let decisions: Decisions = mergeDecisions(new Map(), [match(1, 'A', 'B'), match(3, 'C')]);
    decisions = decideRow(decisions, 1, { action: 'overwrite', personId: 'B' });
    const all = decideForAll(decisions, [match(1, 'A', 'B'), match(3, 'C')], 'overwrite');
    expect(all.get(1)).toEqual({ action: 'overwrite', personId: 'B' });
    expect(all.get(3)).toEqual({ action: 'overwrite', personId: 'C' });
    const created = decideForAll(all, [match(1, 'A', 'B'), match(3, 'C')], 'create');
    expect([...created.values()]).toEqual([{ action: 'create' }, { action: 'create' }]);
  });

  it('keeps a row’s decision when it is matched again with the same person, and proposes again otherwise', () => {
    const before: Decisions = new Map([
      [1, { action: 'skip' }],
      [3, { action: 'overwrite', personId: 'C' }],
    ]);
    const after = mergeDecisions(before, [match(1, 'A'), match(3, 'D'), match(4, 'E')]);
    expect(after.get(1)).toEqual({ action: 'skip' });
    expect(after.get(3)).toEqual({ action: 'fill-empty', personId: 'D' });
    expect(after.get(4)).toEqual({ action: 'fill-empty', personId: 'E' });
  });
});

describe('what the import will do', () => {
  it('counts rows added, merged, people updated, skipped and in error', () => {
    expect(planCounts(summarize(preview), new Map())).toEqual({ added: 4, updated: 0, merged: 0, skipped: 1, errors: 1 });
    const decisions: Decisions = new Map([
      [0, { action: 'fill-empty', personId: 'P1' }],
      [1, { action: 'overwrite', personId: 'P1' }],
      [3, { action: 'skip' }],
    ]);
    // Two rows merged into one person update one person.
    expect(planCounts(summarize(preview), decisions)).toEqual({ added: 1, updated: 1, merged: 2, skipped: 2, errors: 1 });
  });

  it('filters the rows to those in error, with warnings, or left out', () => {
    expect([...filteredRows(summarize(preview), 'errors')]).toEqual([2]);
    expect([...filteredRows(summarize(preview), 'skipped')]).toEqual([4]);
    expect(filteredRows(summarize(preview), 'all')).toHaveLength(6);
    expect([...filteredRows(summarize(setRowSkipped(preview, 0, true)), 'skipped')]).toEqual([0, 4]);
    expect([...summarize(preview).lists.ready]).toEqual([0, 1, 3, 5]);
  });
});

describe('the import plan', () => {
  it('holds every ready row with its decision, numbered as the spreadsheet numbers rows', () => {
    const plan = buildPlan({
      fileName: 'candidats.xlsx',
      fileHash: 'f00d',
      mapping,
      action: { kind: 'enrol', programmeId: 'CIMAM', status: 'applied', role: 'participant' },
      ...planRows(preview, new Map([[1, { action: 'fill-empty', personId: 'P-nguyen' }]])),
    });
    expect(plan.rows.map((r) => [r.sheetRow, r.person.familyName, r.decision.action])).toEqual([
      [2, 'Diallo', 'create'],
      [3, 'Nguyễn', 'fill-empty'],
      [5, 'Mbarga', 'create'],
      [7, 'Benali', 'create'],
    ]);
    expect(plan.enrolIn).toEqual({ programmeId: 'CIMAM', status: 'applied', role: 'participant' });
    expect(plan.mapping).toEqual([
      { header: 'Nom', field: 'familyName' },
      { header: 'Prénom', field: 'givenName' },
      { header: 'Courriel', field: 'email' },
      { header: 'Pays', field: 'country' },
    ]);
    expect([plan.skippedRows, plan.errorRows]).toEqual([1, 1]);
    expect(plan.rows[0]?.person.country).toBe('CI');
  });

  it('enrols nobody when the people are only added', () => {
    const plan = buildPlan({ fileName: 'a.csv', fileHash: 'h', mapping, action: { kind: 'add' }, ...planRows(preview, new Map()) });
    expect(plan.enrolIn).toBeUndefined();
  });
});
