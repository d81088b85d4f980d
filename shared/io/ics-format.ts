import { Temporal } from 'temporal-polyfill';
import type { IsoDate, IsoInstant } from '../domain/types';

/**
 * The lexical layer of the iCalendar writer (RFC 5545 §3.1–3.3): content lines,
 * text escaping, folding at 75 octets and the date/time value forms. Nothing
 * here knows about programmes or sessions.
 */

/** A property parameter, `TZID=Europe/Paris` or `VALUE=DATE`. */
export type IcsParam = readonly [name: string, value: string];

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

// TEXT (§3.3.11) allows HTAB but no other control character; a stray CR, NUL or
// DEL from a pasted description must not reach the file.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Escapes a TEXT value (§3.3.11): backslash, semicolon and comma get a backslash,
 * every line break (CRLF, CR or LF) becomes `\n`, other control characters go.
 * Because a newline can only ever appear escaped, no text can start a property
 * of its own ("injection" into the calendar).
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\n/g, '\\n');
}

/**
 * A parameter value (§3.2): quoted when it holds `:`, `;` or `,`; double quotes
 * and control characters cannot appear in one at all, so they are dropped.
 */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** UTF-8 length of one code point, without TextEncoder (shared/ has no DOM). */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** UTF-8 length of a text in octets. */
export function utf8Length(text: string): number {
  let octets = 0;
  for (const char of text) octets += utf8Octets(char);
  return octets;
}

/**
 * Folds one content line at 75 octets of UTF-8 (§3.1): continuation lines start
 * with a space, which counts towards their 75. Iterating by code point means a
 * multi-byte character (Greek, Arabic, Vietnamese, emoji) is never cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/**
 * One content line `NAME;PARAM=v:value`, folded, without the final CRLF. `value`
 * is written as given: escape TEXT values with `escapeText` first.
 */
export function contentLine(name: string, value: string, params: readonly IcsParam[] = []): string {
  const head = params.map(([key, v]) => `;${key}=${paramValue(v)}`).join('');
  return foldLine(`${name}${head}:${value}`);
}

/** Joins folded content lines into a file body: every line, the last too, ends with CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => `${l}${CRLF}`).join('');
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A DATE value (§3.3.4): `2022-11-21` → `20221121`. */
export function icsDate(date: IsoDate | Temporal.PlainDate): string {
  const d = typeof date === 'string' ? Temporal.PlainDate.from(date) : date;
  return `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
}

/** A local DATE-TIME value (§3.3.5 form 1 or 3, seconds kept, fractions dropped): `20260120T130000`. */
export function icsLocalDateTime(dt: Temporal.PlainDateTime): string {
  return `${icsDate(dt.toPlainDate())}T${pad(dt.hour)}${pad(dt.minute)}${pad(dt.second)}`;
}

/** A UTC DATE-TIME value (§3.3.5 form 2): `2026-01-20T12:00:00.000Z` → `20260120T120000Z`. */
export function icsUtcDateTime(instant: IsoInstant | Temporal.Instant): string {
  const i = typeof instant === 'string' ? Temporal.Instant.from(instant) : instant;
  return `${icsLocalDateTime(i.toZonedDateTimeISO('UTC').toPlainDateTime())}Z`;
}

/**
 * A UTC-OFFSET value (§3.3.14) from Temporal's offset string: `+01:00` → `+0100`,
 * `-00:16:08` (a local mean time) → `-001608`. Temporal did the arithmetic; this
 * only changes the notation.
 */
export function icsUtcOffset(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(offset);
  if (!match) throw new Error(`Unexpected UTC offset from Temporal: ${offset}`);
  const [, sign, hours, minutes, seconds] = match;
  const tail = seconds !== undefined && seconds !== '00' ? seconds : '';
  return `${sign}${hours}${minutes}${tail}`;
}
