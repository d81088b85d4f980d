import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Id, Person } from '../../../../shared/domain/types';
import type { MatchDecision } from '../../../../shared/io/import-plan';
import { useI18n } from '../../../app/i18n';
import { getDatabase } from '../../../db/database';
import { CountsLine } from '../check/CountsLine';
import { usePreviewRows } from '../check/preview-client';
import { planCounts } from '../state/counts';
import type { DecisionChoice } from '../state/decisions';
import type { WizardState } from '../state/wizard-state';
import { ForAllBar } from './ForAllBar';
import { MatchCard } from './MatchCard';
import { MatchPager, PAGE_SIZE } from './MatchPager';

type Props = {
  state: WizardState;
  onDecide: (row: number, decision: MatchDecision) => void;
  onDecideAll: (choice: DecisionChoice) => void;
  onRetry: () => void;
};

/**
 * Step six: rows that look like people already in the directory, each beside
 * the person it may be, with the reasons; for each, create anyway, update
 * (fill empty fields, or overwrite) or skip, row by row or for all at once.
 */
export function MatchStep({ state, onDecide, onDecideAll, onRetry }: Props) {
  const { t, tn } = useI18n();
  const [page, setPage] = useState(0);
  const { match, preview } = state;
  const matches = match.status === 'done' ? match.matches : [];
  const shown = matches.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const rows = usePreviewRows(shown.map((m) => m.row));
  const ids = [...new Set(shown.flatMap((m) => m.candidates.map((c) => c.id)))];
  const people = useLiveQuery(async () => {
    const found = await getDatabase().people.bulkGet(ids);
    return new Map(found.filter((p): p is Person => p !== undefined).map((p) => [p.id, p]));
  }, [ids.join(' ')]);

  if (match.status === 'running' || match.status === 'idle') {
    const total = match.status === 'running' ? match.total : 0;
    const done = match.status === 'running' ? match.done : 0;
    const key = match.status === 'running' && match.phase === 'matching' ? 'import.match.matching' : 'import.match.reading';
    return (
      <div className="im-busy-block">
        <p id="im-match-progress-label">{t(key, { done, total })}</p>
        <progress aria-labelledby="im-match-progress-label" max={total || 1} value={total ? done : undefined} />
      </div>
    );
  }
  if (match.status === 'failed') {
    return (
      <div role="alert" className="im-problem">
        <p>{t('import.match.failed', { detail: match.message })}</p>
        <button type="button" onClick={onRetry}>
          {t('import.match.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="im-match">
      {preview && <CountsLine counts={planCounts(preview, state.decisions)} />}
      {matches.length === 0 ? (
        <p>{t('import.match.none')}</p>
      ) : (
        <>
          <p>{tn('import.match.found', matches.length)}</p>
          <ForAllBar count={matches.length} onApply={onDecideAll} />
          <ol className="im-match-list plain-list">
            {shown.map((m) => {
              const row = rows.get(m.row);
              return row?.person ? (
                <li key={m.row}>
                  <MatchCard match={m} row={row} person={row.person} people={people ?? new Map<Id, Person>()} decision={state.decisions.get(m.row)} onDecide={onDecide} />
                </li>
              ) : null;
            })}
          </ol>
          <MatchPager page={page} total={matches.length} onPage={setPage} />
        </>
      )}
    </div>
  );
}
