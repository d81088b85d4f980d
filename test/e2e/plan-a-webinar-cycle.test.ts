import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';

const TITLE = 'Musées et solidarités 2027';
const SERIES = 'Débat mensuel';
const LINK = 'https://example.zoom.us/j/123?pwd=secret';
const MEETING_ID = '123';
const PASSCODE = 'K7pQ2z';

/** The n-th session of the series: the third Tuesday of month n (1 = January 2027), 13:00 in Paris. */
function thirdTuesday(month: number): Temporal.ZonedDateTime {
  const first = Temporal.PlainDate.from({ year: 2027, month, day: 1 });
  const tuesday = first.add({ days: (2 - first.dayOfWeek + 7) % 7 + 14 });
  return tuesday.toPlainDateTime({ hour: 13 }).toZonedDateTime('Europe/Paris');
}
const SESSIONS = Array.from({ length: 10 }, (_, i) => thirdTuesday(i + 1));
/** "08:00": what a Paris 13:00 reads as in New York on that day, by Temporal, not by hand. */
const inNewYork = (at: Temporal.ZonedDateTime) => at.withTimeZone('America/New_York').toPlainTime().toString({ smallestUnit: 'minute' });

/**
 * The story, start to finish, on an empty desk: a secretariat plans a
 * French-language webinar cycle on Zoom, adds its monthly debate, reads it on
 * the calendar in Paris and New York time, exports it for participants, and
 * checks the meeting's passcode stays out of sight and out of the file.
 */
describe('plan a webinar cycle, from an empty desk', () => {
  const desk = useDesk({ start: 'empty', timeout: 10_000 });
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    ({ page, session } = desk);
  });

  it('creates the programme through the form and lands on its page', async () => {
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByRole('link', { name: 'New programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'New programme' }).waitFor();

    await page.getByLabel('Title in French', { exact: true }).fill(TITLE);
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Webinar cycle' });
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Global' });
    await page.getByRole('radio', { name: 'Online', exact: true }).check();
    await page.getByLabel('Platform', { exact: true }).fill('Zoom');
    await page.getByLabel('Meeting link', { exact: true }).fill(LINK);
    await page.getByLabel('Meeting ID', { exact: true }).fill(MEETING_ID);
    await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
    await page.getByLabel('Time zone', { exact: true }).fill('Europe/Paris');
    await page.getByLabel('Start date', { exact: true }).fill('2027-01-01');
    await page.getByLabel('End date', { exact: true }).fill('2027-12-31');
    const working = page.getByRole('group', { name: 'Working languages' });
    await working.getByRole('checkbox', { name: 'English', exact: true }).uncheck();
    await working.getByRole('checkbox', { name: 'French', exact: true }).check();
    const interpretation = page.getByRole('group', { name: 'Simultaneous interpretation' });
    await interpretation.getByRole('checkbox', { name: 'English', exact: true }).check();
    await interpretation.getByRole('checkbox', { name: 'Spanish', exact: true }).check();
    await page.getByRole('button', { name: 'Create programme' }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Programme created.').waitFor();
    const facts = await page.locator('main dl').first().textContent();
    expect(facts).toContain('Webinar cycle');
    expect(facts).toMatch(/Jan 1\s*–\s*Dec 31, 2027/);
    expect(facts).toContain('Europe/Paris');
    expect(facts).toMatch(/Working languages\s*French/);
    expect(facts).toMatch(/Interpretation\s*English, Spanish/);
    expect(session.errors).toEqual([]);
  });

  it('adds the monthly debate on the third Tuesday, 10 times, and lists all ten', async () => {
    const timetable = page.getByRole('region', { name: 'Timetable' });
    await timetable.getByRole('button', { name: 'Add a session' }).click();
    const form = page.getByRole('dialog', { name: 'Add a session' });
    await form.getByRole('textbox', { name: 'Title in French' }).fill(SERIES);
    await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Online debate' });
    await form.getByLabel('Date', { exact: true }).fill('2027-01-19');
    await form.getByLabel('Starts').fill('13:00');
    await form.getByLabel('Ends').fill('14:30');
    await form.getByText('Times in Europe/Paris, UTC+01:00 on this date.').waitFor();
    await form.getByRole('radio', { name: 'Monthly' }).check();
    await form.getByRole('radio', { name: 'Every third Tuesday' }).check();
    await form.getByRole('textbox', { name: 'Number of sessions' }).fill('10');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByText('Series added: 10 sessions.').waitFor();
    const debates = timetable.getByRole('listitem').filter({ has: page.getByText(SERIES, { exact: true }) });
    await expect.poll(() => debates.count()).toBe(10);
    expect((await debates.locator('.st-time').allTextContents()).map((t) => t.trim())).toEqual(Array(10).fill('13:00–14:30'));
    expect(await debates.first().textContent()).toContain('Repeats: Every third Tuesday, 10 times');
    // Each occurrence under its own day: 19 Jan, 16 Feb … 19 Oct 2027.
    for (const at of SESSIONS) {
      const day = at.toPlainDate().toLocaleString('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
      expect(await timetable.getByRole('region', { name: day }).getByText(SERIES, { exact: true }).count(), day).toBe(1);
    }
    expect(session.errors).toEqual([]);
  });

  it('shows the debate at 13:00 Paris time on the calendar, in the month and the week views', async () => {
    await page.getByRole('link', { name: 'Calendar', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('combobox', { name: 'Programme', exact: true }).selectOption({ label: TITLE });
    await page.getByLabel('Show times in').selectOption({ label: 'The programme’s zone (Europe/Paris)' });
    await page.getByText(/^Times shown in Europe\/Paris /).waitFor();

    await page.getByLabel('Go to month').fill('2027-03');
    await page.getByRole('heading', { level: 2, name: 'March 2027' }).waitFor();
    await debateAt(page, /13:00/).waitFor();
    expect(await debateAt(page, /:\d\d/).count()).toBe(1);

    await openWeek(page, '2027-03', 2);
    await page.getByText('Tue 16', { exact: true }).waitFor();
    await debateAt(page, /13:00\s*–\s*14:30/).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('reads it from New York: 08:00 with a note on 16 March, 07:00 on 20 April', async () => {
    const march = inNewYork(SESSIONS[2]!);
    const april = inNewYork(SESSIONS[3]!);
    expect([SESSIONS[2]!.toPlainDate().toString(), march]).toEqual(['2027-03-16', '08:00']);
    expect([SESSIONS[3]!.toPlainDate().toString(), april]).toEqual(['2027-04-20', '07:00']);

    await page.getByLabel('Show times in').selectOption({ label: 'Another zone…' });
    await page.getByLabel('Time zone', { exact: true }).fill('America/New_York');
    await page.getByText(/^Times shown in America\/New_York \(UTC−0[45]:00\)$/).waitFor();
    // The week of 16 March, still on screen: the column of Tuesday 16 holds the debate.
    const item = debateAt(page, new RegExp(`${march}\\s*–\\s*09:30`));
    await item.waitFor();
    const centre = async (l: Locator) => ((b) => b.x + b.width / 2)((await l.boundingBox())!);
    const column = (await centre(page.getByText('Tue 16', { exact: true }))) - (await centre(page.getByText('Mon 15', { exact: true })));
    expect(Math.abs((await centre(item)) - (await centre(page.getByText('Tue 16', { exact: true }))))).toBeLessThan(column / 2);

    await page.getByRole('tab', { name: 'Month view' }).click();
    await page.getByLabel('Go to month').fill('2027-03');
    await page.getByRole('heading', { level: 2, name: 'March 2027' }).waitFor();
    const note = debateAt(page, new RegExp(march)).getByText(`⚠ ${march} this week: clocks changed`);
    expect(await note.getAttribute('title')).toBe(
      `Clocks changed in only one of the two zones: this session starts at ${march} in America/New_York, instead of the usual ${april}.`,
    );

    await page.getByLabel('Go to month').fill('2027-04');
    await page.getByRole('heading', { level: 2, name: 'April 2027' }).waitFor();
    await debateAt(page, new RegExp(april)).waitFor();
    expect(await debateAt(page, /:\d\d/).count()).toBe(1);
    expect(await debateAt(page, /clocks changed/).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('exports an .ics that an independent parser reads as the same ten instants, with no passcode in it', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export .ics' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${TITLE}.ics`);
    const text = readFileSync((await download.path())!, 'utf8');
    // Unfolded too: a line folded at 75 octets could split the secret in two.
    for (const file of [text, text.replace(/\r\n[ \t]/g, '')]) {
      expect(file).not.toContain('secret');
      expect(file).not.toContain(PASSCODE);
    }

    ICAL.TimezoneService.reset();
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);

    const programme = events.find((e) => e.getFirstPropertyValue('summary') === TITLE)!;
    const start = programme.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = programme.getFirstPropertyValue('dtend') as ICAL.Time;
    expect([start.isDate, start.toString(), end.isDate, end.toString()]).toEqual([true, '2027-01-01', true, '2028-01-01']);

    const series = new ICAL.Event(events.find((e) => e.getFirstPropertyValue('summary') === SERIES)!);
    expect(series.isRecurring()).toBe(true);
    const starts: string[] = [];
    const iterator = series.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(series.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    expect(starts).toEqual(SESSIONS.map((at) => new Date(at.epochMilliseconds).toISOString()));
    expect(session.errors).toEqual([]);
  });

  it('hides the link’s passcode on the programme page until “Show passcode” is pressed', async () => {
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByRole('table').getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const meeting = page.getByRole('region', { name: 'Online meeting' });
    const link = meeting.getByRole('link');
    expect(await link.textContent()).toBe('https://example.zoom.us/j/123');
    expect(await meeting.textContent()).not.toContain('secret');
    expect(await meeting.textContent()).not.toContain(PASSCODE);
    expect(await meeting.textContent()).toContain(MEETING_ID);

    await meeting.getByRole('button', { name: 'Show passcode' }).click();
    await meeting.getByText(PASSCODE, { exact: true }).waitFor();
    expect(await link.textContent()).toBe(LINK);
    await meeting.getByRole('button', { name: 'Hide passcode' }).click();
    await expect.poll(() => link.textContent()).toBe('https://example.zoom.us/j/123');
    expect(session.errors).toEqual([]);
  });
});

/** The debate's item on the calendar (not the programme's span) whose text matches `time`. */
function debateAt(page: Page, time: RegExp): Locator {
  return page.getByRole('link', { name: new RegExp(SERIES) }).filter({ hasText: time });
}

/** Opens the week view at the first week of `month`, then `next` weeks later. */
async function openWeek(page: Page, month: string, next: number): Promise<void> {
  await page.getByRole('tab', { name: 'Week view' }).click();
  await page.getByLabel('Go to month').fill(month);
  for (let i = 0; i < next; i += 1) await page.getByRole('button', { name: 'Next week' }).click();
}
