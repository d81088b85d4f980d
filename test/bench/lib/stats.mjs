// Figures: median, min, max of samples, and the JSON line printed for each.

/** One decimal, as every printed number. */
export const round = (x) => Math.round(x * 10) / 10;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    samples: samples.map(round),
  };
}

/** `{"name":…,"value":median,"unit":…,"runs":…,"min":…,"max":…,"samples":[…], …extra}` */
export function figure(name, unit, samples, extra = {}) {
  const s = stats(samples);
  return { name, value: s.median, unit, runs: samples.length, min: s.min, max: s.max, samples: s.samples, ...extra };
}

/** Extra series as `{median,min,max,samples}`, or omitted when the browser gave nothing. */
export function series(samples) {
  const known = samples.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return known.length ? stats(known) : undefined;
}

/** Prints a figure as one JSON line on stdout. */
export const emit = (figure) => process.stdout.write(`${JSON.stringify(figure)}\n`);
