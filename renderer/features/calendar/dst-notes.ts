import { offsetChangeNotes } from '../../../shared/domain/dst';
import { expandSeries } from '../../../shared/domain/recurrence';
import type { IsoDate, Session } from '../../../shared/domain/types';

/** An occurrence whose time in the displayed zone is not the series' usual one. */
export type DstNote = {
  /** Start time in the displayed zone, `HH:mm`. */
  time: string;
  /** The time most occurrences of the series start at in the displayed zone. */
  usualTime: string;
};

const cache = new Map<string, ReadonlyMap<IsoDate, DstNote>>();
const CACHE_LIMIT = 2000;

/**
 * The occurrences of a recurring series (by local date in the series' zone)
 * that show at an unusual time in `displayZone` because only one of the two
 * zones has changed clocks: Paris 13:00 is 07:00 in New York most months but
 * 08:00 in the weeks between the US and the EU changes. Looks at the whole
 * series, since "usual" is about all of it, not the weeks on screen; cached
 * per record version and zone.
 */
export function seriesDstNotes(series: Session, displayZone: string): ReadonlyMap<IsoDate, DstNote> {
  if (!series.recurrence || series.timeZone === displayZone) return EMPTY;
  const key = `${series.id}|${series.updatedAt}|${series.start}|${series.end}|${JSON.stringify(series.recurrence)}|${displayZone}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const notes = offsetChangeNotes(expandSeries(series), series.timeZone, displayZone);
  const usual = notes.find((n) => !n.shifted)?.localTimeInDisplay;
  const out = new Map<IsoDate, DstNote>();
  if (usual !== undefined) {
    for (const n of notes) if (n.shifted) out.set(n.occurrenceDate, { time: n.localTimeInDisplay, usualTime: usual });
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

const EMPTY: ReadonlyMap<IsoDate, DstNote> = new Map();
