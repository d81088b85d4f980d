import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DirectorySort, PersonSearchEntry } from '../../../../shared/domain/person-search';
import type { Id } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { columnLayout, type ColumnSpec } from './columns';
import { GridCell } from './GridCell';
import { OVERSCAN, type RowRange } from './use-directory';

/** Every row is this tall (px): positions are index × height, so only visible rows exist in the DOM. */
export const ROW_HEIGHT = 40;

type Props = {
  columns: readonly ColumnSpec[];
  total: number;
  rowAt: (index: number) => PersonSearchEntry | undefined;
  sort: DirectorySort;
  onSort: (key: DirectorySort['key']) => void;
  onOpen: (id: Id) => void;
  onRange: (range: RowRange) => void;
  /** Changes whenever the list itself changes (search, filters, order): back to the top. */
  resetKey: string;
};

/**
 * The people as an ARIA grid that stays smooth at 100,000 rows: one scroll
 * container with the full height, and only the visible rows (plus overscan)
 * drawn. One tab stop; arrow keys, Page Up/Down, Home/End move the active row,
 * Enter opens the person.
 */
export function DirectoryGrid({ columns, total, rowAt, sort, onSort, onOpen, onRange, resetKey }: Props) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600, headerHeight: ROW_HEIGHT });
  const [active, setActive] = useState(0);
  const { template, minWidth } = columnLayout(columns);

  const visibleRows = Math.max(1, Math.floor((view.height - view.headerHeight) / ROW_HEIGHT));
  const start = Math.min(Math.floor(view.top / ROW_HEIGHT), Math.max(0, total - 1));
  const end = Math.min(total, Math.ceil((view.top + view.height - view.headerHeight) / ROW_HEIGHT));

  useEffect(() => onRange({ start, end: Math.max(end, start + 1) }), [start, end, onRange]);

  useLayoutEffect(() => {
    const node = scroller.current;
    if (!node) return;
    const measure = () =>
      setView((v) => ({ ...v, top: node.scrollTop, height: node.clientHeight, headerHeight: header.current?.offsetHeight ?? ROW_HEIGHT }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  // A new search, filter or order starts at the top, on the first row.
  const [seenKey, setSeenKey] = useState(resetKey);
  if (seenKey !== resetKey) {
    setSeenKey(resetKey);
    setActive(0);
  }
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  const activeRow = Math.min(active, Math.max(0, total - 1));
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    const node = scroller.current;
    if (!node) return;
    const rowsHeight = node.clientHeight - view.headerHeight;
    if (next * ROW_HEIGHT < node.scrollTop) node.scrollTop = next * ROW_HEIGHT;
    else if ((next + 1) * ROW_HEIGHT > node.scrollTop + rowsHeight) node.scrollTop = (next + 1) * ROW_HEIGHT - rowsHeight;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0 || e.target !== e.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: activeRow + 1,
      ArrowUp: activeRow - 1,
      PageDown: activeRow + visibleRows,
      PageUp: activeRow - visibleRows,
      Home: 0,
      End: total - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target);
    } else if (e.key === 'Enter') {
      const row = rowAt(activeRow);
      if (row) {
        e.preventDefault();
        onOpen(row.id);
      }
    }
  };

  const first = Math.max(0, start - OVERSCAN);
  const last = Math.min(total, end + OVERSCAN);
  const indexes = Array.from({ length: Math.max(0, last - first) }, (_, i) => first + i);
  const cellId = (index: number) => `pd-cell-${index}`;

  return (
    <div
      ref={scroller}
      className="pd-grid"
      role="grid"
      aria-label={t('participants.directory.gridLabel')}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-describedby="pd-grid-hint"
      aria-activedescendant={total > 0 && rowAt(activeRow) ? cellId(activeRow) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        setView((v) => (v.top === top ? v : { ...v, top }));
      }}
      style={{ ['--pd-columns' as string]: template, ['--pd-min-width' as string]: minWidth }}
    >
      <div ref={header} role="rowgroup" className="pd-head">
        <div role="row" aria-rowindex={1} className="pd-row">
          {columns.map((c, i) => (
            <HeaderCell key={c.id} column={c} index={i} sort={sort} onSort={onSort} />
          ))}
        </div>
      </div>
      <div role="rowgroup" className="pd-body" style={{ height: total * ROW_HEIGHT }}>
        {indexes.map((index) => {
          const row = rowAt(index);
          return (
            <div
              key={row ? row.id : `pending-${index}`}
              role="row"
              aria-rowindex={index + 2}
              aria-selected={index === activeRow}
              aria-busy={row ? undefined : true}
              className={`pd-row${index === activeRow ? ' pd-active' : ''}`}
              style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
              onClick={() => {
                setActive(index);
                if (row) onOpen(row.id);
              }}
            >
              {columns.map((c, i) => (
                <GridCell key={c.id} id={i === 0 ? cellId(index) : undefined} column={c.id} index={i} row={row} />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function HeaderCell({ column, index, sort, onSort }: { column: ColumnSpec; index: number; sort: DirectorySort; onSort: (key: DirectorySort['key']) => void }) {
  const { t } = useI18n();
  const label = t(column.label);
  const sorted = column.sort !== undefined && sort.key === column.sort;
  return (
    <div
      role="columnheader"
      aria-colindex={index + 1}
      aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      className="pd-cell"
    >
      {column.sort ? (
        <button type="button" className="pd-sort" onClick={() => column.sort && onSort(column.sort)}>
          {label}
          {sorted && <span aria-hidden="true">{sort.direction === 'asc' ? ' ↑' : ' ↓'}</span>}
        </button>
      ) : (
        label
      )}
    </div>
  );
}
