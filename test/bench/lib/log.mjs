// Progress and failures, on stderr (stdout carries only the figures).

/** One line of progress on stderr. */
export const log = (message) => process.stderr.write(`[bench] ${message}\n`);

/** Says what failed on stderr and makes the run exit non-zero. */
export function fail(message) {
  process.stderr.write(`[bench] FAILED: ${message}\n`);
  process.exitCode = 1;
}

/** A missing prerequisite: said plainly, without a stack trace. */
export class SetupError extends Error {}

/** Reports an error that ended the run: its first line, then its stack unless it is a SetupError. */
export function reportFailure(error) {
  if (!(error instanceof Error)) return fail(String(error));
  // Playwright appends the browser's whole log to its messages: the first line says what failed.
  fail(error.message.split('\n', 1)[0]);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  if (!(error instanceof SetupError) && frames.length) log(frames.join('\n'));
}
