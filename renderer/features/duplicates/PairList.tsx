import { useMemo } from 'react';
import { useI18n } from '../../app/i18n';
import { hashFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { useDismissed } from './dismissed';
import { PairTable } from './PairTable';
import { candidateAt, openPositions, pairCount } from './pairs';
import { ScanPanel } from './ScanPanel';
import { showPage, useScanStore } from './scan-store';
import { pageRange } from './view-model';

/** Pairs shown per page: a screenful to review, each with its two people. */
export const PAIRS_PER_PAGE = 25;

/** The list view: the search, what it found (best first, page by page), and what it could not compare. */
export function PairList() {
  const { t } = useI18n();
  const { scan, page } = useScanStore();
  const dismissed = useDismissed();
  const pairs = scan.status === 'done' ? scan.pairs : null;
  const open = useMemo(() => (pairs ? openPositions(pairs, dismissed) : null), [pairs, dismissed]);
  const found = pairs ? pairCount(pairs) : 0;
  const total = open ? open.length : found;
  const range = pageRange(total, page, PAIRS_PER_PAGE);
  const rows = useMemo(() => {
    if (!pairs) return [];
    const positions = Array.from({ length: range.end - range.start }, (_, k) => range.start + k);
    return positions.map((i) => candidateAt(pairs, open ? (open[i] as number) : i));
  }, [pairs, open, range.start, range.end]);

  return (
    <div className="dup">
      <p className="dup-back">
        <a href={hashFor('participants')}>← {t('duplicates.backToDirectory')}</a>
      </p>
      <PageHeader title={t('duplicates.heading')} intro={t('duplicates.intro')} />
      <ScanPanel shown={total} setAside={found - total} />
      {found > 0 && total === 0 && <p className="empty">{t('duplicates.list.allSetAside')}</p>}
      {total > 0 && <PairTable rows={rows} range={range} onPage={showPage} />}
    </div>
  );
}
