import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';

/**
 * The calendar as the secretariat uses it, on the sample data: the Lagos
 * training over its five days, the monthly webinar cycle (every third Tuesday,
 * 13:00–14:30 Paris), a drag of one occurrence with Undo, the times read from
 * New York across the weeks only one side has changed clocks, and the
 * iCalendar export read back by an independent parser.
 */
describe('the calendar in Chromium', () => {
  const desk = useDesk({ start: 'sample' });
  let session: Session;

  beforeAll(async () => {
    session = desk.session;
  });

  it('shows the Lagos training as a span over 21–25 Nov 2022 and its sessions in the week view', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Calendar', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await showTimesIn(page, 'Africa/Lagos');
    await page.getByLabel('Go to month').fill('2022-11');
    await page.getByRole('heading', { level: 2, name: 'November 2022' }).waitFor();

    const span = page.getByRole('link', { name: /Lagos 2022/ });
    await span.waitFor();
    // One bar across Monday to Friday of that week: five of the seven day columns.
    const week = await page.getByRole('columnheader', { name: 'Mon' }).boundingBox();
    const bar = await span.boundingBox();
    expect(bar!.width).toBeGreaterThan(week!.width * 4.5);

    await page.getByRole('tab', { name: 'Week view' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('link', { name: /09:00\s*–\s*10:00\s*Opening: welcome from the hosts/ }).waitFor();
    await page.getByRole('link', { name: /14:00\s*–\s*15:30\s*Closing session and certificates/ }).waitFor();
    // The span sits in the all-day row, above the first session of the day.
    const opening = await page.getByRole('link', { name: /Opening: welcome/ }).boundingBox();
    expect((await span.boundingBox())!.y).toBeLessThan(opening!.y);
    expect(session.errors).toEqual([]);
  });

  it('warns when a session is dropped after its programme’s last day, and Undo puts it back', async () => {
    const { page } = session;
    const closing = page.getByRole('link', { name: /14:00\s*–\s*15:30\s*Closing session/ });
    await closing.scrollIntoViewIfNeeded();
    const friday = (await page.getByText('Fri 25', { exact: true }).boundingBox())!;
    const saturday = (await page.getByText('Sat 26', { exact: true }).boundingBox())!;
    const box = (await closing.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(box.x + box.width / 2 + ((saturday.x - friday.x) * step) / 10, box.y + 10);
    await page.mouse.up();
    await page.getByText('⚠ “Closing session and certificates” is now outside the dates of its programme (Nov 21 – 25, 2022).', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    // The latest notice: an earlier test's "Change undone." may still be fading out.
    await page.getByText('Change undone.').last().waitFor();
    await expect.poll(async () => (await page.getByRole('link', { name: /Closing session/ }).boundingBox())?.x).toBeCloseTo(box.x, 0);

    // A click (no drag) opens the session's programme.
    await page.getByRole('link', { name: /Closing session/ }).click();
    await page.waitForURL(/#\/programmes\/[0-9A-Z]{26}$/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('shows the webinar cycle every third Tuesday at 13:00 Paris, in the month and week views', async () => {
    const { page } = session;
    await showTimesIn(page, 'Europe/Paris');
    await page.getByRole('tab', { name: 'Month view' }).click();
    await page.getByLabel('Go to month').fill('2026-02');
    await page.getByRole('heading', { level: 2, name: 'February 2026' }).waitFor();
    await webinarAt(page, /13:00/).waitFor();
    expect(await webinarAt(page, /:\d\d/).count()).toBe(1);

    await openWeek(page, '2026-04', 3);
    await webinarAt(page, /13:00\s*–\s*14:30/).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('moves one occurrence by dragging it, after asking which sessions; Undo puts it back, and the move is kept', async () => {
    const { page } = session;
    await dragDown(page, webinarAt(page, /13:00\s*–\s*14:30/), 2);
    const dialog = page.getByRole('dialog', { name: /Move “Solidarity and museums.*which sessions\?/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'This session only' }).click();
    await page.getByText('“Solidarity and museums: what are we talking about?” moved.').waitFor();
    await webinarAt(page, /15:00\s*–\s*16:30/).waitFor();

    await page.getByRole('button', { name: 'Undo' }).click();
    // The latest notice: an earlier test's "Change undone." may still be fading out.
    await page.getByText('Change undone.').last().waitFor();
    await webinarAt(page, /13:00\s*–\s*14:30/).waitFor();
    await page.reload();
    await openWeek(page, '2026-04', 3);
    await webinarAt(page, /13:00\s*–\s*14:30/).waitFor();

    await dragDown(page, webinarAt(page, /13:00\s*–\s*14:30/), 2);
    await page.getByRole('dialog').getByRole('button', { name: 'This session only' }).click();
    await page.getByText(/moved\.$/).waitFor();
    await page.reload();
    await openWeek(page, '2026-04', 3);
    await webinarAt(page, /15:00\s*–\s*16:30/).waitFor();
    expect(await webinarAt(page, /13:00/).count()).toBe(0);
    // Escape cancels, and the occurrence (19 May, still in the series) goes back where it was.
    await openWeek(page, '2026-05', 3);
    await dragDown(page, webinarAt(page, /13:00\s*–\s*14:30/), 1);
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await webinarAt(page, /13:00\s*–\s*14:30/).waitFor();
    expect(await webinarAt(page, /14:00/).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('reads the Paris webinar at 07:00 from New York, and at 08:00 with a note on 17 March 2026', async () => {
    const { page } = session;
    await showTimesIn(page, 'America/New_York');
    await page.getByText(/^Times shown in America\/New_York \(UTC−0[45]:00\)$/).waitFor();
    await openWeek(page, '2026-02', 3);
    await webinarAt(page, /07:00\s*–\s*08:30/).waitFor();

    await page.getByRole('tab', { name: 'Month view' }).click();
    await page.getByLabel('Go to month').fill('2026-03');
    await page.getByRole('heading', { level: 2, name: 'March 2026' }).waitFor();
    const march = webinarAt(page, /08:00/);
    await march.waitFor();
    const note = march.getByText('⚠ 08:00 this week: clocks changed');
    expect(await note.getAttribute('title')).toBe(
      'Clocks changed in only one of the two zones: this session starts at 08:00 in America/New_York, instead of the usual 07:00.',
    );
    // An unknown zone is refused beside the field; the calendar keeps its zone.
    await page.getByLabel('Time zone', { exact: true }).fill('Mars/Olympus_Mons');
    await page.getByRole('button', { name: 'Use this zone' }).click();
    await page.getByRole('alert').filter({ hasText: '“Mars/Olympus_Mons” is not a time zone this computer knows.' }).waitFor();
    await page.getByText(/^Times shown in America\/New_York/).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('exports the webinar programme to an .ics file that ical.js reads with the same instants, no passcode', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Programme', exact: true }).selectOption({ label: 'Solidarity and museums: what are we talking about?' });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export .ics' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Solidarity and museums- what are we talking about-.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).not.toContain('Musees');

    ICAL.TimezoneService.reset();
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent');
    const series = events.filter((e) => e.getFirstPropertyValue('rrule'));
    expect(series).toHaveLength(1);
    const overrides = events.filter((e) => e.hasProperty('recurrence-id'));
    const webinar = new ICAL.Event(series[0]!, { exceptions: overrides });
    const starts: string[] = [];
    const it = webinar.iterator();
    for (let next = it.next(); next; next = it.next()) starts.push(webinar.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    expect(starts).toEqual([
      '2026-01-20T12:00:00.000Z',
      '2026-02-17T12:00:00.000Z',
      '2026-03-17T12:00:00.000Z',
      // 21 April, moved to 15:00 Paris (summer time) by the drag above.
      '2026-04-21T13:00:00.000Z',
      '2026-05-19T11:00:00.000Z',
      '2026-06-16T11:00:00.000Z',
      '2026-07-21T11:00:00.000Z',
      '2026-08-18T11:00:00.000Z',
      '2026-09-15T11:00:00.000Z',
      '2026-10-20T11:00:00.000Z',
    ]);
    expect(session.errors).toEqual([]);
  });
});

/** The webinar's session (not its programme span) whose text matches `time`. */
function webinarAt(page: Page, time: RegExp): Locator {
  return page.getByRole('link', { name: /Solidarity and museums/ }).filter({ hasText: time });
}

/** Chooses "Another zone…" and types `zone`, as a person picking from the list. */
async function showTimesIn(page: Page, zone: string): Promise<void> {
  await page.getByLabel('Show times in').selectOption({ label: 'Another zone…' });
  await page.getByLabel('Time zone', { exact: true }).fill(zone);
  await page.getByText(new RegExp(`^Times shown in ${zone.replace('/', '\\/')} `)).waitFor();
}

/** Opens the week view at the first week of `month`, then `next` weeks later. */
async function openWeek(page: Page, month: string, next: number): Promise<void> {
  await page.getByRole('tab', { name: 'Week view' }).click();
  await page.getByLabel('Go to month').fill(month);
  for (let i = 0; i < next; i += 1) await page.getByRole('button', { name: 'Next week' }).click();
}

/** Drags an item of the week view down by `hours`, with the mouse, in small steps as a hand would. */
async function dragDown(page: Page, item: Locator, hours: number): Promise<void> {
  await item.scrollIntoViewIfNeeded();
  const box = (await item.boundingBox())!;
  // The webinar lasts an hour and a half: its height gives the size of an hour.
  const hour = box.height / 1.5;
  const x = box.x + box.width / 2;
  const y = box.y + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) await page.mouse.move(x, y + (hour * hours * step) / 10);
  await page.mouse.up();
}
