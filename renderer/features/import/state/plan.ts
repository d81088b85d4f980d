import type { EnrolmentRole, EnrolmentStatus, Id } from '../../../../shared/domain/types';
import { saveMapping, type ColumnMapping } from '../../../../shared/io/import-mapping';
import type { ImportPlan, PlannedRow } from '../../../../shared/io/import-plan';
import type { Preview } from '../../../../shared/io/import-rows';
import type { Decisions } from './decisions';

/** What to do with the rows: add people only, or also enrol them in a programme. */
export type RowsAction =
  | { kind: 'add' }
  | { kind: 'enrol'; programmeId: Id | ''; status: EnrolmentStatus; role: EnrolmentRole };

/** True when the action can be carried out (a programme is chosen when enrolling). */
export function actionComplete(action: RowsAction): boolean {
  return action.kind === 'add' || action.programmeId !== '';
}

export type PlanInput = {
  fileName: string;
  fileHash: string;
  mapping: readonly ColumnMapping[];
  action: RowsAction;
  /** The rows ready to import with their decisions, and the rows left out: planRows, run where the preview is. */
  rows: PlannedRow[];
  skippedRows: number;
  errorRows: number;
};

/**
 * The ImportPlan handed to the commit: every row ready to import with its
 * decision (create when it matched nobody), the mapping as saved, the
 * programme to enrol in, and how many rows were left out or are in error.
 * Sheet rows are numbered from 1 here, as the spreadsheet shows them.
 */
export function buildPlan(input: PlanInput): ImportPlan {
  const { rows, skippedRows, errorRows } = input;
  const plan: ImportPlan = {
    fileName: input.fileName,
    fileHash: input.fileHash,
    mapping: saveMapping('', input.mapping).columns,
    rows,
    skippedRows,
    errorRows,
  };
  const { action } = input;
  if (action.kind === 'enrol' && action.programmeId !== '') {
    plan.enrolIn = { programmeId: action.programmeId, status: action.status, role: action.role };
  }
  return plan;
}

/**
 * Every row ready to import with its decision (create when it matched nobody),
 * and how many rows were left out or are in error. Sheet rows are numbered
 * from 1, as the spreadsheet shows them. Run in the preview worker.
 */
export function planRows(preview: Preview, decisions: Decisions): Pick<PlanInput, 'rows' | 'skippedRows' | 'errorRows'> {
  const rows: PlannedRow[] = [];
  let skippedRows = 0;
  let errorRows = 0;
  preview.rows.forEach((row, index) => {
    if (row.status === 'error') errorRows++;
    else if (row.status === 'skipped') skippedRows++;
    else if ((row.status === 'ok' || row.status === 'warning') && row.person) {
      rows.push({ sheetRow: row.sheetRow + 1, person: row.person, enrolment: row.enrolment ?? {}, decision: decisions.get(index) ?? { action: 'create' } });
    }
  });
  return { rows, skippedRows, errorRows };
}
