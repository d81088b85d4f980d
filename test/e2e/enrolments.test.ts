import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { useDesk } from './support/desk';

type StoredEnrolment = { programme: string; status: string; rank?: number; marks: { sessionId: string; mark: string }[] };

/** Every enrolment as IndexedDB holds it, by the person's full name, with its programme's English title. */
function storedEnrolments(page: Page): Promise<Record<string, StoredEnrolment[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, StoredEnrolment[]>>((resolve, reject) => {
        const open = indexedDB.open('training-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['enrolments', 'people', 'programmes'], 'readonly');
          const people = tx.objectStore('people').getAll();
          const programmes = tx.objectStore('programmes').getAll();
          const enrolments = tx.objectStore('enrolments').getAll();
          tx.oncomplete = () => {
            const names = new Map(people.result.map((p: { id: string; givenName: string; familyName: string }) => [p.id, `${p.givenName} ${p.familyName}`]));
            const titles = new Map(programmes.result.map((p: { id: string; title: { en?: string } }) => [p.id, p.title.en ?? '']));
            const out: Record<string, StoredEnrolment[]> = {};
            for (const e of enrolments.result as { personId: string; programmeId: string; status: string; waitlistRank?: number; attendance: StoredEnrolment['marks'] }[]) {
              const name = names.get(e.personId) ?? e.personId;
              const programme = titles.get(e.programmeId) ?? '';
              (out[name] ??= []).push({ programme, status: e.status, ...(e.waitlistRank !== undefined && { rank: e.waitlistRank }), marks: e.attendance });
            }
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** One person's enrolment in the programme whose English title contains `programme`. */
async function enrolmentOf(page: Page, name: string, programme: string): Promise<StoredEnrolment | undefined> {
  return (await storedEnrolments(page))[name]?.find((e) => e.programme.includes(programme));
}

/**
 * Selection for the CIMAM 2026 conference and attendance in Lagos, as staff
 * do them: enrol someone from the directory, move them to accepted and watch
 * the quotas, withdraw someone and give the freed place to the next in line,
 * be refused a move that is not allowed, and mark a session's attendance.
 */
describe('enrolment, selection and attendance in Chromium', () => {
  const desk = useDesk({ start: 'sample', timeout: 10_000 });
  let session: Session | undefined;
  let page: Page;

  beforeAll(async () => {
    ({ page, session } = desk);
  });

  const area = () => page.getByRole('region', { name: 'Participants and selection' });
  const quotas = () => area().getByRole('region', { name: 'Selection quotas' });
  const list = () => area().getByRole('table', { name: 'People enrolled in this programme' });
  const row = (name: string) => list().getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  const tally = (table: string, key: string) => quotas().getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${key}\\b`) });
  const choose = async (name: string, status: string) => {
    await area().getByRole('button', { name: `Change status of ${name}` }).click();
    await page.getByRole('menuitem', { name: status, exact: true }).click();
  };

  async function openProgramme(title: RegExp) {
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.getByRole('table').getByRole('link', { name: title }).click();
    await area().waitFor();
  }

  it('enrols a person found by typing their name without accents, and refuses enrolling them twice', async () => {
    await openProgramme(/CIMAM 2026/);
    await expect.poll(() => quotas().textContent()).toContain('7 of 250 places taken · 243 free');
    expect(await tally('By country', 'France').count()).toBe(0);
    const before = await storedEnrolments(page);

    await area().getByRole('button', { name: 'Enrol people' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enrol people in this programme' });
    await dialog.getByRole('combobox', { name: 'People from the directory' }).fill('Lefevre');
    await dialog.getByRole('option', { name: /Mathieu Lefèvre/ }).click();
    expect(await dialog.getByLabel('Role').inputValue()).toBe('participant');
    expect(await dialog.getByLabel('Starting status').inputValue()).toBe('applied');
    await dialog.getByRole('button', { name: 'Enrol', exact: true }).click();
    await page.getByText('Mathieu Lefèvre enrolled as “Applied”.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row('Mathieu Lefèvre').textContent()).toContain('Applied');

    // A second enrolment of the same person is refused with the reason; nothing is saved.
    await area().getByRole('button', { name: 'Enrol people' }).click();
    await dialog.getByRole('combobox', { name: 'People from the directory' }).fill('lefèvre');
    await dialog.getByRole('option', { name: /Mathieu Lefèvre/ }).click();
    await dialog.getByRole('button', { name: 'Enrol', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Mathieu Lefèvre is already enrolled in this programme. Open that enrolment and change its status instead.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const after = await storedEnrolments(page);
    expect(after['Mathieu Lefèvre']?.filter((e) => e.programme.includes('CIMAM')).map((e) => e.status)).toEqual(['applied']);
    expect(Object.values(after).flat().length).toBe(Object.values(before).flat().length + 1);
    expect(session?.errors).toEqual([]);
  });

  it('moves them applied → shortlisted → accepted with only allowed moves offered, and the quotas follow', async () => {
    await area().getByRole('button', { name: 'Change status of Mathieu Lefèvre' }).click();
    const offered = await page.getByRole('menu').getByRole('menuitem').allTextContents();
    expect(offered).toEqual(['Shortlisted', 'Accepted', 'Wait-listed', 'Not selected', 'Withdrawn']);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });

    await choose('Mathieu Lefèvre', 'Shortlisted');
    await page.getByText('Mathieu Lefèvre is now “Shortlisted”.').waitFor();
    // Undo puts the application back; the move is made again.
    await page.locator('.notice').filter({ hasText: 'now “Shortlisted”' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row('Mathieu Lefèvre').textContent()).toContain('Applied');
    await choose('Mathieu Lefèvre', 'Shortlisted');
    await expect.poll(() => row('Mathieu Lefèvre').textContent()).toContain('Shortlisted');
    const europe = Number((await tally('By region', 'Europe').textContent())?.match(/\d+$/)?.[0]);

    await choose('Mathieu Lefèvre', 'Accepted');
    await expect.poll(() => quotas().textContent()).toContain('8 of 250 places taken · 242 free');
    await expect.poll(() => tally('By country', 'France').textContent()).toMatch(/France\s*1$/);
    await expect.poll(() => tally('By region', 'Europe').textContent()).toMatch(new RegExp(`Europe\\s*${europe + 1}$`));
    expect((await enrolmentOf(page, 'Mathieu Lefèvre', 'CIMAM'))?.status).toBe('accepted');
  });

  it('offers the place of a withdrawn participant to rank 1 of the waiting list', async () => {
    expect(await row('Åsa Lindqvist').textContent()).toContain('rank 1');
    await choose('Sanne de Vries', 'Withdrawn');
    const offer = page.getByRole('dialog', { name: /Offer the place to Åsa Lindqvist \(rank 1\)\?/ });
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Offer the place' }).click();
    await page.getByText('Åsa Lindqvist moves from the waiting list to Accepted.').waitFor();
    await expect.poll(() => row('Åsa Lindqvist').textContent()).toContain('Accepted');
    await expect.poll(() => row('Siobhán Ní Bhriain').textContent()).toContain('rank 1');
    expect((await enrolmentOf(page, 'Sanne de Vries', 'CIMAM'))?.status).toBe('withdrawn');
    const asa = await enrolmentOf(page, 'Åsa Lindqvist', 'CIMAM');
    expect(asa?.status).toBe('accepted');
    expect(asa?.rank).toBeUndefined();
    expect((await enrolmentOf(page, 'Siobhán Ní Bhriain', 'CIMAM'))?.rank).toBe(1);
  });

  it('refuses a bulk move that is not allowed for everyone, says why per person, and changes nothing', async () => {
    const before = await storedEnrolments(page);
    await list().getByRole('checkbox', { name: 'Select Mathieu Lefèvre' }).check();
    await list().getByRole('checkbox', { name: 'Select Reem Al-Otaibi' }).check();
    const bulk = area().getByRole('group', { name: '2 selected' });
    await bulk.getByLabel('New status').selectOption({ label: 'Confirmed' });
    await bulk.getByRole('button', { name: 'Change status' }).click();
    const alert = area().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nothing was changed: 1 enrolment cannot become “Confirmed”.');
    expect(await alert.textContent()).toContain('Reem Al-Otaibi: A move from “Applied” to “Confirmed” is not allowed.');
    // Mathieu could have been confirmed, but all or nothing: he stays accepted.
    expect(await storedEnrolments(page)).toEqual(before);
    expect(await row('Mathieu Lefèvre').textContent()).toContain('Accepted');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await bulk.getByRole('button', { name: 'Clear selection' }).click();
    expect(session?.errors).toEqual([]);
  });

  it('marks attendance for a session of the Lagos training', async () => {
    await openProgramme(/Lagos 2022/);
    await area().getByRole('tab', { name: 'Attendance' }).click();
    await area().getByLabel('Day', { exact: true }).selectOption({ label: 'Tuesday, November 22, 2022' });
    const sheet = area().getByRole('region', { name: /Preventive conservation in a tropical climate/ });
    await sheet.waitFor();
    const chiamaka = sheet.getByRole('radiogroup', { name: 'Chiamaka Okeke' });
    const lagosMarks = async () => (await enrolmentOf(page, 'Chiamaka Okeke', 'Lagos'))?.marks ?? [];
    // Start from "present" (the sample data may have her absent or excused here).
    if (!(await chiamaka.getByRole('radio', { name: 'Present' }).isChecked())) {
      await chiamaka.getByRole('radio', { name: 'Present' }).check();
      await page.getByText('Chiamaka Okeke: Present at “Preventive conservation in a tropical climate”.').waitFor();
    }
    const before = await lagosMarks();

    await chiamaka.getByRole('radio', { name: 'Absent' }).check();
    await page.getByText('Chiamaka Okeke: Absent at “Preventive conservation in a tropical climate”.').waitFor();
    await expect.poll(() => chiamaka.getByRole('radio', { name: 'Absent' }).isChecked()).toBe(true);
    const changed = (await lagosMarks()).filter((m) => !before.some((b) => b.sessionId === m.sessionId && b.mark === m.mark));
    expect(changed.map((m) => m.mark)).toEqual(['absent']);

    // Keyboard: the arrow key moves the mark within the person's group.
    await chiamaka.getByRole('radio', { name: 'Absent' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => chiamaka.getByRole('radio', { name: 'Excused' }).isChecked()).toBe(true);

    await sheet.getByRole('button', { name: /Mark all present/ }).click();
    await expect.poll(() => chiamaka.getByRole('radio', { name: 'Present' }).isChecked()).toBe(true);
    await expect.poll(async () => (await lagosMarks()).find((m) => m.sessionId === changed[0]?.sessionId)?.mark).toBe('present');
    expect(await sheet.textContent()).toMatch(/\d+ present · 0 absent · 0 excused · 0 not marked/);

    // A mark made by mistake is taken back: not marked again, and Undo puts it back.
    await chiamaka.getByRole('radio', { name: 'Not marked' }).check();
    await page.getByText('Chiamaka Okeke: mark taken back at “Preventive conservation in a tropical climate” (not marked).').waitFor();
    await expect.poll(async () => (await lagosMarks()).some((m) => m.sessionId === changed[0]?.sessionId)).toBe(false);
    expect(await sheet.textContent()).toMatch(/\d+ present · 0 absent · 0 excused · 1 not marked/);
    await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
    await expect.poll(() => chiamaka.getByRole('radio', { name: 'Present' }).isChecked()).toBe(true);
    await expect.poll(async () => (await lagosMarks()).find((m) => m.sessionId === changed[0]?.sessionId)?.mark).toBe('present');
    expect(session?.errors).toEqual([]);
  });
});
