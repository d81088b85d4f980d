import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { PersonSearchEntry } from '../../../../shared/domain/person-search';
import type { UiLanguage } from '../../../../shared/domain/types';
import { getDatabase } from '../../../db/database';
import { peopleSearch, type SearchStatus } from '../../../workers/people-search-client';
import { readFirstScreen, type FirstScreen } from './first-screen';
import { cleanFilters, isPlainList, type DirectorySpec } from './spec';

/** Rows read ahead of the visible window, above and below. */
export const OVERSCAN = 12;
/** Rows of the first screen read from IndexedDB before the index is ready. */
const FIRST_SCREEN_ROWS = 60;

export type RowRange = { start: number; end: number };

export type DirectoryView = {
  /** People matching the spec; undefined until known. */
  total: number | undefined;
  /** People in the directory. */
  all: number | undefined;
  rowAt: (index: number) => PersonSearchEntry | undefined;
  /** The search text whose results are on screen (benchmarks wait for it). */
  shownText: string | undefined;
  status: SearchStatus;
  /** The search index is still being built and the spec needs it. */
  waiting: boolean;
};

type Shown = { key: string; text: string; version: number; total: number; all: number; rows: Map<number, PersonSearchEntry> };
type Want = { key: string; spec: DirectorySpec; version: number; offset: number; limit: number };

function covers(shown: Shown | null, want: Want, range: RowRange): boolean {
  if (!shown || shown.key !== want.key || shown.version !== want.version) return false;
  for (let i = range.start; i < Math.min(range.end, shown.total); i += 1) if (!shown.rows.has(i)) return false;
  return true;
}

/**
 * The directory's data for the rows on screen. At once: the first screen from
 * IndexedDB. Once the worker's index is ready: the rows of the visible window
 * (plus OVERSCAN) for the spec, asked as the user types, scrolls or the data
 * changes. One request at a time, the latest waiting: no debounce delay, and
 * no pile of stale answers when typing fast.
 */
export function useDirectory(spec: DirectorySpec, lang: UiLanguage, range: RowRange): DirectoryView {
  const client = peopleSearch();
  const { status, version } = useSyncExternalStore(client.subscribe, client.snapshot);
  const [first, setFirst] = useState<FirstScreen | undefined>();
  const [shown, setShown] = useState<Shown | null>(null);
  const busy = useRef(false);
  const wanted = useRef<Want | null>(null);
  const filters = useMemo(() => cleanFilters(spec.filters), [spec.filters]);
  const key = JSON.stringify([spec.text, filters, spec.sort, lang]);

  useEffect(() => {
    let live = true;
    // The worker starts once the first screen is read: its big read must not delay this small one.
    readFirstScreen(getDatabase(), FIRST_SCREEN_ROWS)
      .then(
        (screen) => live && setFirst(screen),
        (error: unknown) => console.error('Reading the first screen of the directory failed', error),
      )
      .finally(() => client.start());
    return () => {
      live = false;
    };
  }, [client]);

  useEffect(() => {
    if (status.state !== 'ready') return;
    const want: Want = {
      key,
      spec: { ...spec, filters },
      version,
      offset: Math.max(0, range.start - OVERSCAN),
      limit: range.end - range.start + 2 * OVERSCAN,
    };
    if (covers(shown, want, range)) return;
    wanted.current = want;
    const pump = () => {
      const next = wanted.current;
      if (busy.current || !next) return;
      busy.current = true;
      wanted.current = null;
      client
        .query({ ...next.spec, lang, offset: next.offset, limit: next.limit })
        .then((result) => {
          setShown((prev) => {
            const same = prev && prev.key === next.key && prev.version === next.version;
            const rows = new Map(same ? prev.rows : []);
            result.rows.forEach((row, i) => rows.set(result.offset + i, row));
            return { key: next.key, text: next.spec.text, version: next.version, total: result.total, all: result.all, rows };
          });
        })
        .catch((error: unknown) => console.error('A directory query failed', error))
        .finally(() => {
          busy.current = false;
          pump();
        });
    };
    pump();
    // `shown` is read to skip covered windows, not to re-ask when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version, range.start, range.end, status.state, client, lang]);

  const plain = isPlainList(spec);
  if (shown) {
    return {
      total: shown.total,
      all: shown.all,
      rowAt: (i) => shown.rows.get(i),
      shownText: shown.text,
      status,
      waiting: false,
    };
  }
  return {
    total: plain ? first?.all : undefined,
    all: first?.all,
    rowAt: (i) => (plain ? first?.rows[i] : undefined),
    shownText: plain && first ? spec.text : undefined,
    status,
    waiting: !plain && status.state === 'loading',
  };
}
