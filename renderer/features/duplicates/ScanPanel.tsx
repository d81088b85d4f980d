import type { CrowdedBucket } from '../../../shared/domain/person-matching';
import { useI18n } from '../../app/i18n';
import { cancelScan, startScan, useScanStore, type ScanState } from './scan-store';
import { crowdedCounts, describeBucket } from './view-model';

/** Crowded buckets listed by name: the biggest first, enough to see what was left out. */
const CROWDED_LISTED = 20;

/** The search: its button, its progress with Cancel, and what it found or why it stopped. */
export function ScanPanel({ shown, setAside }: { shown: number; setAside: number }) {
  const { t } = useI18n();
  const { scan } = useScanStore();
  const running = scan.status === 'running';
  return (
    <section className="dup-scan" aria-labelledby="dup-scan-status">
      <div className="dup-scan-row">
        {running ? (
          <button type="button" onClick={cancelScan}>
            {t('duplicates.scan.cancel')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => startScan()}>
            {scan.status === 'idle' ? t('duplicates.scan.start') : t('duplicates.scan.again')}
          </button>
        )}
        <ScanStatus scan={scan} shown={shown} setAside={setAside} />
      </div>
      {scan.status === 'done' && scan.crowded.length > 0 && <CrowdedSummary crowded={scan.crowded} />}
    </section>
  );
}

function ScanStatus({ scan, shown, setAside }: { scan: ScanState; shown: number; setAside: number }) {
  const { t, tn } = useI18n();
  switch (scan.status) {
    case 'idle':
      return (
        <p id="dup-scan-status" className="muted">
          {t('duplicates.scan.idle')}
        </p>
      );
    case 'running': {
      const text =
        scan.phase === 'starting'
          ? t('duplicates.scan.starting')
          : scan.phase === 'reading'
            ? t('duplicates.scan.reading', { done: scan.done, total: scan.total })
            : t('duplicates.scan.comparing', { total: scan.total });
      // While comparing there is no count to show: an indeterminate bar says "working".
      const determinate = scan.phase === 'reading' && scan.total > 0;
      return (
        <div className="dup-progress">
          <progress
            aria-label={t('duplicates.scan.progress')}
            aria-describedby="dup-scan-status"
            {...(determinate ? { value: scan.done, max: scan.total } : {})}
          />
          <p id="dup-scan-status" role="status">
            {text}
          </p>
        </div>
      );
    }
    case 'cancelled':
      return (
        <p id="dup-scan-status" role="status">
          {t('duplicates.scan.cancelled')}
        </p>
      );
    case 'failed':
      return (
        <p id="dup-scan-status" role="alert" className="dup-error">
          {t('duplicates.scan.failed', { detail: scan.message })}
        </p>
      );
    case 'done':
      return (
        <div id="dup-scan-status" role="status">
          <p>
            {shown === 0
              ? t('duplicates.scan.none', { people: scan.people })
              : tn('duplicates.scan.found', shown, { people: scan.people })}
          </p>
          {setAside > 0 && <p className="muted">{tn('duplicates.scan.setAside', setAside)}</p>}
        </div>
      );
  }
}

/** How many groups were too large to compare, and (on demand) which. */
function CrowdedSummary({ crowded }: { crowded: readonly CrowdedBucket[] }) {
  const { t, tn } = useI18n();
  const { skipped, split } = crowdedCounts(crowded);
  return (
    <div className="dup-crowded">
      {skipped > 0 && <p>{tn('duplicates.scan.skipped', skipped)}</p>}
      {split > 0 && <p>{tn('duplicates.scan.split', split)}</p>}
      <details>
        <summary>{t('duplicates.scan.crowdedDetails')}</summary>
        <ul>
          {crowded.slice(0, CROWDED_LISTED).map((bucket) => {
            const d = describeBucket(bucket);
            return (
              <li key={bucket.key}>
                {t(`duplicates.bucket.${d.kind}`, { value: d.value })} — {tn('duplicates.bucket.size', d.size)},{' '}
                {t(`duplicates.bucket.${d.outcome}`)}
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
