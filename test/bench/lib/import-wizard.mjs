// The import wizard driven as staff use it, for the import figures: a new
// browser on a new empty profile, the file chosen in the system file dialog
// (Playwright's file chooser), every step passed with Next as soon as it is
// ready, Import clicked, until the wizard says the file is imported; with the
// page's long tasks, JS heap and the renderer processes' memory sampled.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from './app.mjs';
import { launch, newProfile, removeProfile, reportErrors } from './chromium.mjs';
import { BENCH_OUT } from './paths.mjs';
import { round } from './stats.mjs';
import { STEP_TIMEOUT } from './timeouts.mjs';

const nf = new Intl.NumberFormat('en-GB');

/** Resident memory (MB) of the bench browser's renderer processes (the page AND its workers); Linux /proc, else undefined. */
function rendererRssMb() {
  let total = 0;
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let line = '';
      try {
        line = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue; // gone meanwhile
      }
      if (!line.includes('--type=renderer') || line.includes('--extension-process')) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    }
  } catch {
    return undefined;
  }
  return total;
}

/** Samples rendererRssMb every 250 ms until `stop()`, which returns the peak. */
function sampleRss() {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, rendererRssMb() ?? 0)), 250);
  return () => {
    clearInterval(timer);
    return peak > 0 ? peak : undefined;
  };
}

/**
 * In the page: records long tasks, samples the JS heap (performance.memory),
 * and notes when the wizard first says `doneText` (a MutationObserver, so the
 * time is the page's, not when Playwright next looked).
 */
function installProbes(doneText) {
  const probes = { tasks: [], peak: 0, doneAt: undefined };
  new PerformanceObserver((list) => probes.tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ type: 'longtask' });
  setInterval(() => (probes.peak = Math.max(probes.peak, performance.memory?.usedJSHeapSize ?? 0)), 50);
  const observer = new MutationObserver(() => {
    if (document.querySelector('.im-done')?.textContent === doneText) {
      probes.doneAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  window.__probes = probes;
}

/** The name of the first mark at or after `at`: the step running then. */
function phaseAt(marks, at) {
  return Object.entries(marks).filter(([, ms]) => ms >= at).sort((a, b) => a[1] - b[1])[0]?.[0] ?? 'after';
}

/** One import of `file` through the wizard, in a NEW browser on a NEW empty profile. */
export async function importThroughWizard(appUrl, file, rows) {
  const profile = newProfile();
  const session = await launch(profile);
  const stopRss = sampleRss();
  try {
    const { page } = session;
    await startApp(page, appUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.evaluate(installProbes, `${file} is imported.`);
    const wizard = page.getByRole('region', { name: /^Step \d of 7/ });
    // Each wait polls in the page on every frame and returns the page's time:
    // Playwright's own waits retry at up to 500 ms, which would be counted as the app's.
    const seen = async (selector, text) => {
      const handle = await page.waitForFunction(
        ([sel, wanted]) => ([...document.querySelectorAll(sel)].some((el) => el.textContent?.includes(wanted)) ? performance.now() : null),
        [selector, text],
        { polling: 'raf', timeout: STEP_TIMEOUT },
      );
      return handle.jsonValue();
    };
    const step = (name) => seen('h2', `: ${name}`);
    const next = () => wizard.getByRole('button', { name: 'Next', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Choose (a|another) file/ }).click();
    const fileChooser = await chooser;
    const start = await page.evaluate(() => performance.now());
    const marks = {};
    const mark = (name, at) => (marks[name] = at - start);
    await fileChooser.setFiles(join(BENCH_OUT, file));
    mark('file_read', await step('Sheet and header'));
    await next();
    await step('Columns');
    await next();
    await step('What to do');
    await next();
    await step('Check the rows');
    mark('rows_checked', await seen('ul', `${nf.format(rows)} will be added`));
    await next();
    await step('People already here');
    mark('rows_matched', await seen('p', 'No row looks like someone already in the directory'));
    await next();
    await wizard.getByRole('button', { name: `Import ${nf.format(rows)} rows` }).click();
    await page.getByText(`${file} is imported.`).waitFor({ timeout: STEP_TIMEOUT });
    marks.imported = (await page.evaluate(() => window.__probes.doneAt)) - start;
    // The wizard's and the commit client's own marks (td:import:<step>, td:commit:<step>) split the steps.
    const ownMarks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('td:')).map((m) => [m.name.slice(3).replace(':', '_'), m.startTime]));
    for (const [name, at] of ownMarks) marks[name] ??= at - start;
    const probes = await page.evaluate(() => ({ tasks: window.__probes.tasks, peak: window.__probes.peak }));
    const tasks = probes.tasks.filter((t) => t.start + t.ms >= start);
    reportErrors(session.errors, 'the app');
    return {
      ms: marks.imported,
      marks,
      longest_task_ms: Math.max(0, ...tasks.map((t) => t.ms)),
      long_tasks: tasks.map((t) => ({ ms: round(t.ms), during: phaseAt(marks, t.start - start) })),
      peak_heap_mb: probes.peak > 0 ? probes.peak / 1048576 : undefined,
      renderer_rss_peak_mb: stopRss(),
    };
  } finally {
    stopRss();
    await session.close();
    removeProfile(profile);
  }
}

/** The wizard's steps, in ms, from its marks; the commit split by the commit client's marks. */
export const wizardPhases = (m) => ({
  read_file: m.file_read,
  file_bytes_to_page: m.import_opened,
  parse_in_worker: m.import_parsed - m.import_opened,
  sheet_to_page: m['import_sheet-loaded'] - m.import_parsed,
  sheet_shown: m.file_read - m['import_sheet-loaded'],
  to_rows_checked: m.rows_checked - m.file_read,
  check_rows_in_worker: m['import_preview-built'] - m['import_preview-start'],
  to_rows_matched: m.rows_matched - m.rows_checked,
  match_in_worker: m['import_match-done'] - m['import_match-start'],
  // Playwright's clicks and look-ups between the steps (marks are taken from Node, so they include its round trips).
  next_to_import_click: m.commit_start - m.rows_matched,
  commit: m.imported - m.commit_start,
  commit_plan_to_worker: m['commit_preparing-start'] - m.commit_start,
  commit_read_and_build: m['commit_writing-start'] - m['commit_preparing-start'],
  commit_write_chunks: m['commit_writing-end'] - m['commit_writing-start'],
  commit_batch_and_transaction: m.commit_settled - m['commit_writing-end'],
  commit_settled_to_shown: m.imported - m.commit_settled,
});

