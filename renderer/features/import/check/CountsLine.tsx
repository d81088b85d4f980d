import { useI18n } from '../../../app/i18n';
import type { PlanCounts } from '../state/counts';

/**
 * What the import will do (or did), in words: "12 will be added, 2 merged
 * into people already here, 2 people updated, 1 skipped, 1 in error".
 * Announced politely as it changes.
 */
export function CountsLine({ counts, tense = 'future' }: { counts: PlanCounts; tense?: 'future' | 'past' }) {
  const { t, tn } = useI18n();
  const ns = tense === 'future' ? 'import.counts' : 'import.done';
  return (
    <ul className="im-counts" aria-live="polite" aria-label={t(`${ns}.label`)}>
      <li className="im-count-added">{tn(`${ns}.added`, counts.added)}</li>
      <li>{tn(`${ns}.merged`, counts.merged)}</li>
      <li>{tn(`${ns}.updated`, counts.updated)}</li>
      <li>{tn(`${ns}.skipped`, counts.skipped)}</li>
      <li className={counts.errors > 0 ? 'im-count-errors' : undefined}>{tn(`${ns}.errors`, counts.errors)}</li>
    </ul>
  );
}
