import { Temporal } from 'temporal-polyfill';
import { contentLine, icsLocalDateTime, icsUtcOffset } from './ics-format';

/**
 * VTIMEZONE components (RFC 5545 §3.6.5) written from the tz data Temporal
 * carries, so a calendar app that does not know the zone (or knows an older
 * rule set) still places every session at the instant the app holds.
 *
 * One observance per transition, each with an explicit DTSTART and no RRULE or
 * RDATE: longer than a rule-based zone, but true to history (Morocco's Ramadan
 * hour, a country that drops summer time) without guessing a rule.
 */

/** The instants a zone must cover: from the earliest start to the latest end or UNTIL. */
export type ZoneSpan = { start: Temporal.Instant; end: Temporal.Instant };

/**
 * Why a year either side: a person who drags an event a few weeks in their
 * calendar app still lands on known offsets. It costs about four observances.
 */
const MARGIN_HOURS = 366 * 24;

type Observance = {
  kind: 'STANDARD' | 'DAYLIGHT';
  onset: Temporal.PlainDateTime;
  offsetFrom: string;
  offsetTo: string;
};

/** Widens `a` to include `b`. */
export function mergeSpans(a: ZoneSpan | undefined, b: ZoneSpan): ZoneSpan {
  if (!a) return b;
  return {
    start: Temporal.Instant.compare(b.start, a.start) < 0 ? b.start : a.start,
    end: Temporal.Instant.compare(b.end, a.end) > 0 ? b.end : a.end,
  };
}

/**
 * The VTIMEZONE of `timeZone` (an IANA id) for `span`, as folded content lines.
 * It starts with the observance in force when the window opens, so every
 * exported time falls after some observance's DTSTART; a zone with no change in
 * the window (Africa/Lagos) is that single observance.
 */
export function vtimezoneLines(timeZone: string, span: ZoneSpan): string[] {
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', timeZone)];
  for (const o of observances(timeZone, span)) {
    lines.push(
      `BEGIN:${o.kind}`,
      contentLine('DTSTART', icsLocalDateTime(o.onset)),
      contentLine('TZOFFSETFROM', icsUtcOffset(o.offsetFrom)),
      contentLine('TZOFFSETTO', icsUtcOffset(o.offsetTo)),
      `END:${o.kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function observances(timeZone: string, span: ZoneSpan): Observance[] {
  const windowStart = span.start.subtract({ hours: MARGIN_HOURS }).toZonedDateTimeISO(timeZone);
  const windowEnd = span.end.add({ hours: MARGIN_HOURS });
  const classify = classifier(timeZone);
  // 'previous' is strictly before, so step 1 ns on: a change exactly at the window start counts.
  const base = windowStart.add({ nanoseconds: 1 }).getTimeZoneTransition('previous');
  const out: Observance[] = [];
  if (base) {
    out.push(observanceAt(base, classify(windowStart.year, base.offsetNanoseconds)));
  } else {
    // A zone that never changed (UTC, Etc/GMT+5): one observance from the window start.
    out.push({
      kind: 'STANDARD',
      onset: windowStart.toPlainDate().toPlainDateTime(),
      offsetFrom: windowStart.offset,
      offsetTo: windowStart.offset,
    });
  }
  let cursor = base ?? windowStart;
  for (;;) {
    const next = cursor.getTimeZoneTransition('next');
    if (!next || Temporal.Instant.compare(next.toInstant(), windowEnd) > 0) break;
    out.push(observanceAt(next, classify(next.year, next.offsetNanoseconds)));
    cursor = next;
  }
  return out;
}

/** The observance that begins at `transition`; its DTSTART is the local time in the offset before. */
function observanceAt(transition: Temporal.ZonedDateTime, kind: Observance['kind']): Observance {
  const justBefore = transition.subtract({ nanoseconds: 1 });
  return {
    kind,
    onset: justBefore.toPlainDateTime().add({ nanoseconds: 1 }),
    offsetFrom: justBefore.offset,
    offsetTo: transition.offset,
  };
}

/**
 * DAYLIGHT or STANDARD for an offset in a given local year: daylight is the
 * larger of the offsets the zone uses that year, which holds on both
 * hemispheres (Sydney's daylight observance begins in October). Two exceptions
 * make it STANDARD: a year with one offset only, and a year that ends on a
 * different offset than it began, which is a permanent change of standard time
 * (Volgograd in 2020), not summer time. Morocco, whose Ramadan hour goes back,
 * gets +01 as DAYLIGHT and +00 as STANDARD; calendar apps use the offsets, not
 * the labels.
 */
function classifier(timeZone: string): (year: number, offsetNs: number) => Observance['kind'] {
  const years = new Map<number, { offsets: number[]; permanentShift: boolean }>();
  return (year, offsetNs) => {
    let info = years.get(year);
    if (!info) {
      info = offsetsOfYear(timeZone, year);
      years.set(year, info);
    }
    const distinct = new Set(info.offsets);
    if (distinct.size < 2 || info.permanentShift) return 'STANDARD';
    return offsetNs === Math.max(...distinct) ? 'DAYLIGHT' : 'STANDARD';
  };
}

function offsetsOfYear(timeZone: string, year: number): { offsets: number[]; permanentShift: boolean } {
  const start = Temporal.PlainDate.from({ year, month: 1, day: 1 }).toZonedDateTime(timeZone);
  const end = start.add({ years: 1 });
  const offsets = [start.offsetNanoseconds];
  let cursor = start;
  for (;;) {
    const next = cursor.getTimeZoneTransition('next');
    if (!next || Temporal.ZonedDateTime.compare(next, end) >= 0) break;
    offsets.push(next.offsetNanoseconds);
    cursor = next;
  }
  return { offsets, permanentShift: offsets.at(-1) !== start.offsetNanoseconds };
}
