// Time limits, so a hung browser or page never hangs the run.

/** Launching one Chromium process. */
export const LAUNCH_TIMEOUT = 60_000;
/** A page's start: navigation until it is usable. */
export const START_TIMEOUT = 60_000;
/** One measured step (a parse, a bulkAdd, a seeding transaction). */
export const STEP_TIMEOUT = 300_000;
/** The whole run. */
export const RUN_TIMEOUT = 30 * 60_000;

/** `promise`, or a rejection saying that `what` took longer than `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
