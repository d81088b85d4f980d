import { useCallback, useMemo, useRef, useState } from 'react';
import type { Id } from '../../../shared/domain/types';

/**
 * Ticked rows of a list shown in `order`. Shift-ticking ticks (or unticks)
 * every row between the last one ticked and this one, as in mail programs.
 * Ids that leave the list leave the selection.
 */
export function useSelection(order: readonly Id[]) {
  const [ticked, setTicked] = useState<ReadonlySet<Id>>(new Set());
  const anchor = useRef<Id | null>(null);
  const key = order.join(',');
  // Only ids still shown count: a row filtered away or deleted is not acted on.
  const selected = useMemo<ReadonlySet<Id>>(() => {
    const shown = new Set(key === '' ? [] : key.split(','));
    return new Set([...ticked].filter((id) => shown.has(id)));
  }, [ticked, key]);

  const toggle = useCallback(
    (id: Id, checked: boolean, shift: boolean) => {
      setTicked((current) => {
        const next = new Set(current);
        const from = anchor.current === null ? -1 : order.indexOf(anchor.current);
        const to = order.indexOf(id);
        const range = shift && from >= 0 && to >= 0 ? order.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
        for (const x of range) {
          if (checked) next.add(x);
          else next.delete(x);
        }
        return next;
      });
      anchor.current = id;
    },
    [order],
  );
  const setAll = useCallback((checked: boolean) => setTicked(checked ? new Set(order) : new Set()), [order]);
  const clear = useCallback(() => setTicked(new Set()), []);
  return { selected, toggle, setAll, clear };
}
