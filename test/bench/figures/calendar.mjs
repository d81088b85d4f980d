// The calendar with a busy desk: 200 programmes and 5,000 sessions (one-offs,
// monthly and weekly series), seeded through raw IndexedDB as the cold-start
// figure seeds people; then "next month" clicked ten times in the month view.
// See README.md for what the figure means.
import { closeAppDatabase, countRecords, openAppDatabase, putRecords, startApp } from '../lib/app.mjs';
import { heapMb, launch, newProfile, removeProfile, reportErrors } from '../lib/chromium.mjs';
import { log } from '../lib/log.mjs';
import { figure, round, series } from '../lib/stats.mjs';
import { STEP_TIMEOUT, withTimeout } from '../lib/timeouts.mjs';
import { importTypeScript } from '../lib/typescript.mjs';

const PROGRAMMES = 200;
const SESSIONS = 5_000;
/** 160 programmes held in a city, 25 one-off sessions each; 40 webinar cycles, 25 series each. */
const IN_PERSON = 160;
const PER_PROGRAMME = SESSIONS / PROGRAMMES;
/** Programmes start over these 24 months; the clicks go from January to November 2026, in the middle. */
const FIRST_MONTH = { year: 2025, month: 7 };
const MONTHS = 24;
const START_MONTH = '2026-01';
const CLICKS = 10;
/** Times are read in New York: Paris and Sydney series then carry DST notes, the costly case. */
const DISPLAY_ZONE = 'America/New_York';
const ZONES = ['Europe/Paris', 'Africa/Lagos', 'America/Bogota', 'Asia/Qatar', 'Australia/Sydney', 'America/New_York', 'Africa/Johannesburg', 'Asia/Tokyo'];
const KINDS = ['regional-training', 'workshop', 'conference', 'event'];
const REGIONS = ['africa', 'arab-states', 'asia-pacific', 'europe', 'latin-america-caribbean', 'north-america', 'global'];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const META = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', importBatchId: 'bench' };

/** A small seeded generator (mulberry32): the same desk on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
/** `YYYY-MM-DD` of a year, month (1–12) and day. */
const isoDate = (y, m, d) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (date) => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];

/**
 * The desk: programme i starts in month i % 24; the first of each month after
 * the 14th, so that its "Bench YYYY-MM …" span is what a click waits for.
 */
function generateDesk(localToInstant) {
  const next = random(2026);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const programmes = [];
  const sessions = [];
  for (let i = 0; i < PROGRAMMES; i += 1) {
    const offset = FIRST_MONTH.month - 1 + (i % MONTHS);
    const year = FIRST_MONTH.year + Math.floor(offset / 12);
    const month = (offset % 12) + 1;
    const webinar = i >= IN_PERSON;
    // The first programme of each month starts after the 14th: no earlier month's grid (six weeks) shows it.
    const firstDay = webinar ? 1 : i < MONTHS ? 15 : 1;
    const startDate = isoDate(year, month, firstDay + Math.floor(next() * (webinar ? 7 : 10)));
    const days = webinar ? 0 : pick([2, 3, 5]);
    const zone = pick(ZONES);
    const id = `BENCH-P-${String(i).padStart(3, '0')}`;
    const title = `Bench ${year}-${pad(month)} ${webinar ? 'webinar' : 'training'} ${i}`;
    const seriesSpanDays = 180;
    programmes.push({
      ...META,
      id,
      kind: webinar ? 'webinar-cycle' : pick(KINDS),
      title: { en: title },
      region: pick(REGIONS),
      venue: webinar ? { mode: 'online', meeting: { link: 'https://example.org/j/1' } } : { mode: 'in-person', city: 'Bench city', country: 'FR' },
      timeZone: zone,
      startDate,
      endDate: addDays(startDate, webinar ? seriesSpanDays : days - 1),
      workingLanguages: ['en'],
      interpretation: [],
      status: 'confirmed',
      partners: [],
    });
    for (let k = 0; k < PER_PROGRAMME; k += 1) {
      const date = webinar ? addDays(startDate, Math.floor(next() * 28)) : addDays(startDate, k % days);
      const hour = 8 + Math.floor(next() * 9);
      const from = `${pad(hour)}:${next() < 0.5 ? '00' : '30'}`;
      const to = `${pad(hour + 1)}:${from.slice(3)}`;
      const session = {
        ...META,
        id: `${id}-S${pad(k)}`,
        programmeId: id,
        title: { en: `${title} · session ${k}` },
        kind: webinar ? 'online-debate' : 'lecture',
        start: localToInstant(date, from, zone),
        end: localToInstant(date, to, zone),
        timeZone: zone,
        speakerIds: [],
        moderatorIds: [],
        interpretation: [],
      };
      if (webinar) {
        const dayOfMonth = Number(date.slice(8, 10));
        session.recurrence =
          k % 2 === 0 || dayOfMonth > 28
            ? { freq: 'weekly', interval: 1, byDay: [weekday(date)], count: 8 + Math.floor(next() * 9) }
            : { freq: 'monthly', interval: 1, byDay: [weekday(date)], bySetPos: Math.ceil(dayOfMonth / 7), count: 6 };
      }
      sessions.push(session);
    }
  }
  return { programmes, sessions };
}

/** The "Bench YYYY-MM …" programme spans of a month: what the click waits for. */
function markerOf(programmes, month) {
  const found = programmes.find((p) => p.startDate.startsWith(month) && p.startDate.slice(8) >= '15' && p.kind !== 'webinar-cycle');
  if (!found) throw new Error(`no bench programme starts in ${month}`);
  return found.title.en;
}

const monthAfter = (month, n) => {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
};

/**
 * In the page: clicks "Next month" and resolves with the milliseconds until
 * `title` is in the calendar's DOM (a MutationObserver), and the last range
 * the calendar asked the database for.
 */
function clickAndWait(title) {
  return new Promise((resolve, reject) => {
    const root = document.querySelector('.calendar-frame');
    const button = document.querySelector('button[aria-label="Next month"]');
    if (!root || !button) return reject(new Error('the calendar or its "Next month" button is missing'));
    // The app keeps only its latest range mark: a new one (later startTime) means the new range was read.
    const latest = () => performance.getEntriesByName('td:calendar-range').at(-1);
    const before = latest()?.startTime ?? -1;
    let t0 = 0;
    const check = () => {
      const mark = latest();
      if (!root.textContent.includes(title) || !mark || mark.startTime === before) return;
      observer.disconnect();
      resolve({ ms: performance.now() - t0, range: mark.detail });
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    t0 = performance.now();
    button.click();
  });
}

async function nextMonth({ appUrl, emit }) {
  const { localToInstant } = await importTypeScript('shared/domain/dst.ts');
  const desk = generateDesk(localToInstant);
  const profile = newProfile();
  const session = await launch(profile);
  try {
    const { page } = session;
    await startApp(page, appUrl);
    await openAppDatabase(page);
    await putRecords(page, 'programmes', desk.programmes);
    await putRecords(page, 'sessions', desk.sessions);
    await putRecords(page, 'settings', [{ key: 'firstRunDone', value: true }]);
    const totals = { programmes: await countRecords(page, 'programmes'), sessions: await countRecords(page, 'sessions') };
    await closeAppDatabase(page);
    if (totals.sessions !== SESSIONS || totals.programmes !== PROGRAMMES) throw new Error(`seeded ${JSON.stringify(totals)}`);
    log(`seeded ${PROGRAMMES} programmes and ${SESSIONS} sessions (${desk.sessions.filter((s) => s.recurrence).length} series)`);

    await page.evaluate((zone) => localStorage.setItem('training-desk.calendar.zone', JSON.stringify({ mode: 'zone', zone })), DISPLAY_ZONE);
    await page.goto(`${appUrl}#/calendar`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    // Opening: navigation start to the first range read (the page first reads the series it keeps in memory).
    const opened = await page.waitForFunction(() => performance.getEntriesByName('td:calendar-range')[0]?.startTime ?? null);
    const openMs = await opened.jsonValue();
    await opened.dispose();
    await page.getByLabel('Go to month').fill(START_MONTH);
    await page.locator('.calendar-frame').getByText(markerOf(desk.programmes, START_MONTH)).first().waitFor();

    const samples = [];
    const reads = [];
    for (let click = 1; click <= CLICKS; click += 1) {
      const month = monthAfter(START_MONTH, click);
      const { ms, range } = await withTimeout(page.evaluate(clickAndWait, markerOf(desk.programmes, month)), STEP_TIMEOUT, `showing ${month}`);
      samples.push(ms);
      reads.push(range);
      log(
        `calendar_next_month ${month}: ${round(ms)} ms (read ${round(range.readMs)}, build ${round(range.buildMs)}), ` +
          `read ${range.sessionsRead} sessions, ${range.programmesRead} programmes, ${range.events} events shown`,
      );
    }
    const sorted = [...samples].sort((a, b) => a - b);
    emit(
      figure('calendar_next_month_ms', 'ms', samples, {
        p95: round(sorted[Math.ceil(0.95 * sorted.length) - 1]),
        display_zone: DISPLAY_ZONE,
        db_read: {
          sessions_total: totals.sessions,
          programmes_total: totals.programmes,
          sessions_read: series(reads.map((r) => r.sessionsRead)),
          programmes_read: series(reads.map((r) => r.programmesRead)),
          events_shown: series(reads.map((r) => r.events)),
          long_sessions_in_memory: reads.at(-1).longHeld,
        },
        first_range_after_navigation_ms: round(openMs),
        // Of each sample: reading the range from IndexedDB, and turning it into items (expansion, DST notes);
        // the rest is FullCalendar laying the month out.
        read_ms: series(reads.map((r) => r.readMs)),
        build_ms: series(reads.map((r) => r.buildMs)),
        js_heap_used_mb: await heapMb(page),
      }),
    );
    reportErrors(session.errors, 'calendar');
  } finally {
    await session.close();
    removeProfile(profile);
  }
}

/** The groups of this file (see README.md, "Adding a figure"). */
export const groups = [{ name: 'calendar', figures: ['calendar_next_month_ms'], needsApp: true, run: nextMonth }];
