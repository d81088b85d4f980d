/**
 * A worker started before it is needed: its script is fetched, parsed and
 * run while staff are still choosing, so the work starts at once when it
 * comes (SheetJS alone is 370 kB to compile). Keeps at most one spare.
 */
export type WarmWorker = {
  /** Starts the spare if there is none (no-op where workers do not exist). */
  warm(): void;
  /** The spare, or a new worker when there is none; the next warm() starts another. */
  take(): Worker;
  /** Ends the spare (when leaving the page). */
  drop(): void;
};

export function warmWorker(start: () => Worker): WarmWorker {
  let spare: Worker | undefined;
  return {
    warm() {
      if (typeof Worker !== 'undefined') spare ??= start();
    },
    take() {
      const worker = spare ?? start();
      spare = undefined;
      return worker;
    },
    drop() {
      spare?.terminate();
      spare = undefined;
    },
  };
}
