import { Temporal } from 'temporal-polyfill';
import { isTimeZone } from '../../../shared/domain/dates';
import { zoneOffsetLabel } from '../../../shared/domain/dst';

/**
 * The zone the calendar shows times in: the filtered programme's own zone,
 * the zone of this computer, or any IANA zone the user picked.
 */
export type ZoneChoice = { mode: 'programme' } | { mode: 'mine' } | { mode: 'zone'; zone: string };

/** The zone a choice stands for now, and what it was chosen as (a programme's zone needs a programme). */
export type ResolvedZone = { zone: string; mode: ZoneChoice['mode'] };

/** The zone this computer is set to. */
export function systemZone(): string {
  return Temporal.Now.timeZoneId();
}

/**
 * The zone to display: "the programme's" only while one programme is selected
 * (otherwise there is no single programme to follow, so "mine"); a picked zone
 * this computer does not know also falls back to "mine".
 */
export function resolveZone(choice: ZoneChoice, programmeZone: string | undefined): ResolvedZone {
  if (choice.mode === 'programme' && programmeZone && isTimeZone(programmeZone)) return { zone: programmeZone, mode: 'programme' };
  if (choice.mode === 'zone' && isTimeZone(choice.zone)) return { zone: choice.zone, mode: 'zone' };
  return { zone: systemZone(), mode: 'mine' };
}

/** "UTC+01:00", "UTC−05:00" (a true minus sign, as typeset), the offset of `zone` at `at`. */
export function offsetText(zone: string, at: string = Temporal.Now.instant().toString()): string {
  return zoneOffsetLabel(zone, at).replace('-', '\u2212');
}

export type ZoneOption = { zone: string; offset: string; offsetMinutes: number };

let cachedOptions: { day: string; options: ZoneOption[] } | undefined;

/**
 * Every IANA zone this computer knows, with its offset today, sorted west to
 * east then by name: what the picker offers. Computed once a day.
 */
export function zoneOptions(): ZoneOption[] {
  const now = Temporal.Now.instant();
  const day = now.toString().slice(0, 10);
  if (cachedOptions?.day === day) return cachedOptions.options;
  const names = new Set(Intl.supportedValuesOf('timeZone'));
  names.add('UTC');
  const options = [...names].map((zone) => {
    const zoned = now.toZonedDateTimeISO(zone);
    return { zone, offset: offsetText(zone, now.toString()), offsetMinutes: Math.round(zoned.offsetNanoseconds / 60e9) };
  });
  options.sort((a, b) => a.offsetMinutes - b.offsetMinutes || (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0));
  cachedOptions = { day, options };
  return options;
}

/**
 * The zone a person typed, as its canonical name ("america/new_york" →
 * "America/New_York"), or undefined when this computer does not know it.
 */
export function parseZone(typed: string): string | undefined {
  const wanted = typed.trim();
  if (wanted === '') return undefined;
  const listed = zoneOptions().find((o) => o.zone.toLowerCase() === wanted.toLowerCase());
  if (listed) return listed.zone;
  return isTimeZone(wanted) ? Temporal.Now.zonedDateTimeISO(wanted).timeZoneId : undefined;
}

const STORAGE_KEY = 'training-desk.calendar.zone';

/**
 * The remembered choice. With none made, "the programme's": a planner filtering
 * to one programme reads its times as they were planned (13:00 Paris), and with
 * no single programme selected that falls back to this computer's zone.
 */
export function loadZoneChoice(): ZoneChoice {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (raw && typeof raw === 'object' && 'mode' in raw) {
      if (raw.mode === 'programme' || raw.mode === 'mine') return { mode: raw.mode };
      if (raw.mode === 'zone' && 'zone' in raw && typeof raw.zone === 'string' && isTimeZone(raw.zone)) return { mode: 'zone', zone: raw.zone };
    }
  } catch (error) {
    // Storage blocked, or a value from an older build: the default is fine, but say so for whoever debugs.
    console.warn('The calendar time zone choice could not be read', error);
  }
  return { mode: 'programme' };
}

/** Remembers the choice on this computer. */
export function saveZoneChoice(choice: ZoneChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch (error) {
    console.warn('The calendar time zone choice could not be saved', error);
  }
}
