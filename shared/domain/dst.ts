import { Temporal } from 'temporal-polyfill';
import type { IsoDate, IsoInstant } from './types';

/**
 * How one occurrence of a series reads in another time zone. Offsets are written
 * `+01:00` / `-05:00`; `differenceMinutes` is display offset minus series offset
 * (Paris → New York in January: -300 - 60 = -360, New York is six hours behind).
 */
export type OffsetNote = {
  occurrenceDate: IsoDate;
  seriesOffset: string;
  displayOffset: string;
  differenceMinutes: number;
  /** True when the gap between the zones is not the series' usual one: only one side has changed clocks. */
  shifted: boolean;
  /** Start time in the display zone, `HH:mm`. */
  localTimeInDisplay: string;
  /** Start date in the display zone: Sydney reads Paris 18:00 as the next morning. */
  localDateInDisplay: IsoDate;
};

/** A change of UTC offset in a zone (a DST start or end, or a change of law). */
export type ZoneTransition = {
  at: IsoInstant;
  /** Local date of the change in the zone. */
  localDate: IsoDate;
  offsetBefore: string;
  offsetAfter: string;
};

/**
 * For each occurrence, its UTC offset in the series zone and in the display zone,
 * and whether the gap between the two differs from the series' most common gap.
 * That is the case in the weeks when only one of the zones has changed clocks
 * (Paris 13:00 is 07:00 in New York most of the year, 08:00 between the US change
 * in March and the EU one). On a tie for most common, the earliest-seen gap wins.
 */
export function offsetChangeNotes(
  occurrences: readonly { occurrenceDate: IsoDate; start: IsoInstant }[],
  seriesZone: string,
  displayZone: string,
): OffsetNote[] {
  const notes = occurrences.map((o) => {
    const instant = Temporal.Instant.from(o.start);
    const inSeries = instant.toZonedDateTimeISO(seriesZone);
    const inDisplay = instant.toZonedDateTimeISO(displayZone);
    const time = inDisplay.toPlainTime();
    return {
      occurrenceDate: o.occurrenceDate,
      seriesOffset: inSeries.offset,
      displayOffset: inDisplay.offset,
      differenceMinutes: Math.round((inDisplay.offsetNanoseconds - inSeries.offsetNanoseconds) / 60e9),
      shifted: false,
      localTimeInDisplay: `${pad(time.hour)}:${pad(time.minute)}`,
      localDateInDisplay: inDisplay.toPlainDate().toString(),
    } satisfies OffsetNote;
  });
  const tally = new Map<number, number>();
  for (const n of notes) tally.set(n.differenceMinutes, (tally.get(n.differenceMinutes) ?? 0) + 1);
  let usual: number | undefined;
  // Map keeps insertion order, so a tie goes to the gap seen first.
  for (const [difference, count] of tally) if (usual === undefined || count > (tally.get(usual) ?? 0)) usual = difference;
  return notes.map((n) => ({ ...n, shifted: n.differenceMinutes !== usual }));
}

/** The offset of `zone` at `at`, for display: "UTC+01:00", "UTC-05:00", "UTC+05:30". */
export function zoneOffsetLabel(zone: string, at: IsoInstant): string {
  return `UTC${Temporal.Instant.from(at).toZonedDateTimeISO(zone).offset}`;
}

/**
 * The offset changes of `zone` in [from, to), in order, so the UI can say
 * "clocks change on 29 March". Zones without DST (Africa/Lagos) give none.
 */
export function zoneTransitionsBetween(zone: string, from: IsoInstant, to: IsoInstant): ZoneTransition[] {
  const end = Temporal.Instant.from(to);
  const out: ZoneTransition[] = [];
  let cursor = Temporal.Instant.from(from).toZonedDateTimeISO(zone);
  // getTimeZoneTransition('next') looks strictly after the cursor, so a change at `from` itself is found from 1 ns before.
  cursor = cursor.subtract({ nanoseconds: 1 });
  // A few hundred years of transitions at most; the cap only guards against a bad zone database.
  for (let i = 0; i < 10_000; i += 1) {
    const next = cursor.getTimeZoneTransition('next');
    if (!next || Temporal.Instant.compare(next.toInstant(), end) >= 0) break;
    out.push({
      at: next.toInstant().toString({ fractionalSecondDigits: 3 }),
      localDate: next.toPlainDate().toString(),
      offsetBefore: next.subtract({ nanoseconds: 1 }).offset,
      offsetAfter: next.offset,
    });
    cursor = next;
  }
  return out;
}

/**
 * The instant of a local date and time in `zone`, as a form turns "02:30 on
 * 29 Mar 2026, Paris" into a stored start. Uses Temporal's 'compatible' rule, as
 * expandSeries does: a time in the spring-forward gap moves later by the gap
 * (→ 03:30 CEST), a repeated time in the fall-back hour takes the earlier instant.
 * For a session's end, add the length to the resolved start rather than resolving
 * the end time on its own: 02:30–03:30 on that day would otherwise last no time.
 */
export function localToInstant(date: IsoDate, time: string, zone: string): IsoInstant {
  return Temporal.PlainDate.from(date)
    .toPlainDateTime(Temporal.PlainTime.from(time))
    .toZonedDateTime(zone, { disambiguation: 'compatible' })
    .toInstant()
    .toString({ fractionalSecondDigits: 3 });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
