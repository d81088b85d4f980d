import { useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { usePreviewRows } from './preview-client';
import type { PreviewSummary } from './preview-summary';
import { fieldLabel } from '../mapping/field-labels';
import { PreviewRowView } from './PreviewRowView';

/** Every row is this tall (px), so rows are placed by index and only those on screen are drawn. */
export const ROW_HEIGHT = 60;
/** Up to this many rows are all drawn; beyond it only the visible ones (plus a margin). */
export const VIRTUAL_FROM = 200;
const OVERSCAN = 8;

type Props = {
  preview: PreviewSummary;
  /** Indexes of the worker's preview rows, in order. */
  rows: Int32Array;
  onEdit: (row: number, column: number, text: string) => void;
  onSkip: (row: number, skipped: boolean) => void;
  /** Focus entered a row (index in preview.rows), to show its problems in full. */
  onFocusRow: (row: number) => void;
  /** Changes when the list itself changes (another filter): back to the top. */
  resetKey: string;
};

/**
 * The rows of the file as an ARIA table: row number, status in words, each
 * imported column (value, and its error or warning in words), and a button
 * to leave the row out. Past VIRTUAL_FROM rows only the rows in view exist
 * in the page, so 50,000 rows scroll smoothly.
 */
export function PreviewGrid({ preview, rows, onEdit, onSkip, onFocusRow, resetKey }: Props) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const columns = preview.fields.flatMap((field, column) => (field === null ? [] : [{ field, column }]));
  const virtual = rows.length > VIRTUAL_FROM;

  useLayoutEffect(() => {
    const node = scroller.current;
    if (!node) return;
    const measure = () => setView({ top: node.scrollTop, height: node.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  const first = virtual ? Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = virtual ? Math.min(rows.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN) : rows.length;
  const visible = Array.from(rows.subarray(first, last));
  const loaded = usePreviewRows(visible);
  const template = `5rem 12rem repeat(${columns.length}, 12.5rem) 8rem`;

  return (
    <div
      ref={scroller}
      className="im-grid"
      role="table"
      aria-label={t('import.check.gridLabel')}
      aria-rowcount={rows.length + 1}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        setView((v) => (v.top === top ? v : { ...v, top }));
      }}
      style={{ ['--im-columns' as string]: template }}
    >
      <div role="rowgroup" className="im-grid-head">
        <div role="row" aria-rowindex={1} className="im-grid-row">
          <div role="columnheader">{t('import.check.rowColumn')}</div>
          <div role="columnheader">{t('import.check.statusColumn')}</div>
          {columns.map(({ field, column }) => (
            <div role="columnheader" key={column}>
              <span className="im-head-field">{t(fieldLabel(field))}</span>
              <span className="im-head-file">{preview.headers[column] ?? ''}</span>
            </div>
          ))}
          <div role="columnheader">
            <span className="visually-hidden">{t('import.check.actionsColumn')}</span>
          </div>
        </div>
      </div>
      <div role="rowgroup" className="im-grid-body" style={{ height: rows.length * ROW_HEIGHT }}>
        {visible.map((index, i) => {
          const row = loaded.get(index);
          if (!row) return null;
          const position = first + i;
          return (
            <PreviewRowView
              key={index}
              index={index}
              row={row}
              columns={columns}
              headers={preview.headers}
              ariaRowIndex={position + 2}
              top={position * ROW_HEIGHT}
              onEdit={onEdit}
              onSkip={onSkip}
              onFocusRow={onFocusRow}
            />
          );
        })}
      </div>
    </div>
  );
}
