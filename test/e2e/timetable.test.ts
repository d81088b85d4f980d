import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';

/**
 * The timetable of a programme, through the programme page, as secretariat
 * staff use it: add sessions and a monthly series, edit one occurrence, skip
 * one, undo, and see a room clash.
 */
describe('timetable in Chromium', () => {
  const desk = useDesk({ start: 'sample' });
  let session: Session | undefined;
  let page: Page;

  beforeAll(async () => {
    ({ page, session } = desk);
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByRole('table').getByRole('link', { name: /Solidarity and museums/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Timetable' }).waitFor();
  });

  const timetable = () => page.getByRole('region', { name: 'Timetable' });
  const day = (name: RegExp) => timetable().getByRole('region', { name });
  const rows = (title: string | RegExp) => timetable().getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
  const dialog = (name: string) => page.getByRole('dialog', { name });
  const times = async (list: Locator) => (await list.locator('.st-time').allTextContents()).map((t) => t.trim());

  async function fillSession(form: Locator, fields: { title: string; kind: string; date: string; start: string; end: string; room?: string }) {
    await form.getByRole('textbox', { name: 'Title in English' }).fill(fields.title);
    await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: fields.kind });
    await form.getByLabel('Date', { exact: true }).fill(fields.date);
    await form.getByLabel('Starts').fill(fields.start);
    await form.getByLabel('Ends').fill(fields.end);
    if (fields.room) await form.getByRole('textbox', { name: 'Room' }).fill(fields.room);
  }

  it('shows the series of the programme in Paris time', async () => {
    await expect.poll(() => timetable().textContent()).toContain('Times in Europe/Paris (UTC+01:00)');
    const webinar = rows('Solidarity and museums: what are we talking about?');
    expect(await webinar.count()).toBe(10);
    expect(await webinar.first().textContent()).toContain('Repeats: Every third Tuesday, 10 times');
  });

  it('refuses an end before the start with a message beside the field, saves nothing, then saves once fixed', async () => {
    await timetable().getByRole('button', { name: 'Add a session' }).click();
    const form = dialog('Add a session');
    await fillSession(form, { title: 'Members’ assembly', kind: 'Plenary', date: '2026-02-03', start: '10:00', end: '09:00', room: 'Salle Lumière' });
    await form.getByRole('button', { name: 'Save' }).click();

    const end = form.getByLabel('Ends');
    await form.getByRole('alert').waitFor();
    const message = 'The session must end after it starts: it starts at 10:00 but ends at 09:00.';
    expect(await form.getByRole('alert').textContent()).toContain(message);
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await end.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toBe(message);
    expect(await end.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await rows('Members’ assembly').count()).toBe(0);

    await end.fill('11:30');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await day(/February 3, 2026/).waitFor();
    expect(await times(rows('Members’ assembly'))).toEqual(['10:00–11:30']);
  });

  it('adds "the third Tuesday, 5 times" with a speaker found by typing her name without its accent', async () => {
    await timetable().getByRole('button', { name: 'Add a session' }).click();
    const form = dialog('Add a session');
    await fillSession(form, { title: 'Regional roundtable', kind: 'Online debate', date: '2026-03-17', start: '16:00', end: '17:00' });
    const speakers = form.getByRole('combobox', { name: 'Speakers' });
    await speakers.fill('bensaid');
    const option = form.getByRole('option', { name: /Yasmine Bensaïd/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('France');
    await speakers.press('Enter');
    await form.getByRole('list', { name: 'Chosen speakers' }).getByText('Yasmine Bensaïd').waitFor();

    await form.getByRole('radio', { name: 'Monthly' }).check();
    expect(await form.getByRole('radio', { name: 'Every third Tuesday' }).isChecked()).toBe(true);
    await form.getByRole('textbox', { name: 'Number of sessions' }).fill('5');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByText('Series added: 5 sessions.').waitFor();
    const roundtable = rows('Regional roundtable');
    await expect.poll(() => roundtable.count()).toBe(5);
    expect(await times(roundtable)).toEqual(Array(5).fill('16:00–17:00'));
    for (const date of [/March 17, 2026/, /April 21, 2026/, /May 19, 2026/, /June 16, 2026/, /July 21, 2026/]) {
      expect(await day(date).getByText('Regional roundtable', { exact: true }).count(), String(date)).toBe(1);
    }
    expect(await roundtable.first().textContent()).toContain('Repeats: Every third Tuesday, 5 times');
    expect(await roundtable.first().textContent()).toContain('Yasmine Bensaïd');
  });

  it('moves one occurrence an hour later and leaves the others', async () => {
    const april = day(/April 21, 2026/).getByRole('listitem').filter({ hasText: 'Regional roundtable' });
    const scope = dialog('Edit “Regional roundtable” on Tue, Apr 21, 2026');
    // Escape asks nothing and changes nothing; focus goes back to the Edit button.
    await april.getByRole('button', { name: /^Edit/ }).click();
    await scope.getByRole('button', { name: 'This session only' }).waitFor();
    await page.keyboard.press('Escape');
    await scope.waitFor({ state: 'hidden' });
    expect(await april.getByRole('button', { name: /^Edit/ }).evaluate((el) => el === document.activeElement)).toBe(true);
    // The keyboard alone opens it again.
    await page.keyboard.press('Enter');
    await scope.getByRole('button', { name: 'This session only' }).click();
    const form = dialog('Edit a session');
    await form.getByText('Only the session on Tuesday, April 21, 2026 changes.').waitFor();
    await form.getByLabel('Starts').fill('17:00');
    await form.getByLabel('Ends').fill('18:00');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    await expect.poll(() => times(day(/April 21, 2026/).getByRole('listitem').filter({ hasText: 'Regional roundtable' }))).toEqual(['17:00–18:00']);
    expect((await times(rows('Regional roundtable'))).sort()).toEqual(['16:00–17:00', '16:00–17:00', '16:00–17:00', '16:00–17:00', '17:00–18:00']);
    expect(await rows('Regional roundtable').filter({ hasText: 'Moved from' }).count()).toBe(1);
  });

  it('skips one occurrence, and Undo brings it back', async () => {
    const may = () => day(/May 19, 2026/).getByRole('listitem').filter({ hasText: 'Regional roundtable' });
    await may().getByRole('button', { name: /^Skip/ }).click();
    await may().getByText('Skipped').waitFor();
    await may().getByRole('button', { name: /^Restore/ }).waitFor();

    const notice = page.getByRole('status').locator('div', { hasText: 'Session of Tue, May 19, 2026 skipped.' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Change undone.').waitFor();
    await expect.poll(() => may().getByText('Skipped').count()).toBe(0);
    expect(await may().getByRole('button', { name: /^Skip/ }).count()).toBe(1);
  });

  it('flags a room clash on both sessions when they share a room and overlap', async () => {
    await timetable().getByRole('button', { name: 'Add a session' }).click();
    const form = dialog('Add a session');
    // Same room written another way: case and accents do not matter.
    await fillSession(form, { title: 'Partners’ coffee', kind: 'Break', date: '2026-02-03', start: '11:00', end: '11:45', room: 'salle lumiere' });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    const flags = page.getByRole('list', { name: 'Problems with “Partners’ coffee”' });
    await flags.waitFor();
    expect(await flags.textContent()).toContain('Room clash with “Members’ assembly” (10:00–11:30)');
    const other = page.getByRole('list', { name: 'Problems with “Members’ assembly”' });
    expect(await other.textContent()).toContain('Room clash with “Partners’ coffee” (11:00–11:45)');
    expect(session!.errors).toEqual([]);
  });
});
