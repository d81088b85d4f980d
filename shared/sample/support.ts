import { Temporal } from 'temporal-polyfill';
import type { IsoDate, IsoInstant, RecordMeta } from '../domain/types';

/** What `buildSampleData` needs from its caller: ids, the load time and the batch. */
export type SampleOptions = {
  newId: () => string;
  /** ISO instant written as createdAt/updatedAt on every record. */
  now: IsoInstant;
  importBatchId: string;
};

/** The fields every sample record shares: a fresh id, the load time and the batch. */
export function recordMeta(options: SampleOptions): RecordMeta {
  return {
    id: options.newId(),
    createdAt: options.now,
    updatedAt: options.now,
    importBatchId: options.importBatchId,
  };
}

/**
 * The UTC instant of a wall-clock time in a zone: 2022-11-21 09:00 in
 * Africa/Lagos → "2022-11-21T08:00:00.000Z". Temporal knows each zone's
 * history (Morocco's Ramadan hour, European summer time), so no offsets by hand.
 */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): IsoInstant {
  return Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(timeZone)
    .toInstant()
    .toString({ fractionalSecondDigits: 3 });
}

/** A calendar date moved by a number of days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/**
 * A repeatable stream of decimal digits drawn from a text (FNV-1a, then a
 * linear congruential step), for phone and membership numbers that look real
 * but are the same on every load.
 */
export function digitStream(seed: string): () => number {
  let state = 0x811c9dc5;
  for (const ch of seed) {
    state ^= ch.codePointAt(0) ?? 0;
    state = Math.imul(state, 0x01000193) >>> 0;
  }
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 16) % 10;
  };
}

/** Reads a key from a map of sample handles, failing loudly on a typo in the data. */
export function pick<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Sample data: unknown ${what} "${String(key)}".`);
  return value;
}
