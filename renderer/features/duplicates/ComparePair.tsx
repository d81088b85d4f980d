import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MergePlan } from '../../../shared/domain/person-merge';
import { matchProfile } from '../../../shared/domain/person-match-keys';
import { matchReasons } from '../../../shared/domain/person-matching';
import { personName } from '../../../shared/domain/person-rules';
import type { Id, Person } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { getDatabase } from '../../db/database';
import { fieldRows, otherSide, type FieldPicks, type Side } from './field-rows';
import { fieldText } from './field-text';
import { FieldTable } from './FieldTable';
import { KeepChoice, recordCounts } from './KeepChoice';
import { planPairMerge } from './merge';
import { loadPair, type PairSnapshot } from './pair-data';
import { LIST_HASH } from './pair-route';
import { RelatedRecords } from './RelatedRecords';
import { useMergeAction } from './use-merge';
import { reasonsInWords } from './view-model';

type Loaded = { snapshot: PairSnapshot; loadedAt: string; reloaded: boolean } | { error: unknown } | null;

/**
 * The comparison of two people: read once when it opens (a snapshot: staff
 * choose from what they see), read again when a merge is refused because
 * either record changed meanwhile.
 */
export function ComparePair({ leftId, rightId }: { leftId: Id; rightId: Id }) {
  const { t, lang } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>(null);
  const load = useCallback(
    (reloaded: boolean) =>
      loadPair(getDatabase(), leftId, rightId).then(
        (snapshot) => setLoaded({ snapshot, loadedAt: new Date().toISOString(), reloaded }),
        (error: unknown) => setLoaded({ error }),
      ),
    [leftId, rightId],
  );
  useEffect(() => {
    void load(false);
  }, [load]);

  return (
    <div className="dup dup-compare">
      <p className="dup-back">
        <a href={LIST_HASH}>← {t('duplicates.compare.back')}</a>
      </p>
      <PageHeader title={t('duplicates.compare.heading')} intro={t('duplicates.compare.intro')} />
      {loaded === null && <p className="loading">{t('duplicates.compare.loading')}</p>}
      {loaded && 'error' in loaded && (
        <p role="alert" className="dup-error">
          {describeError(loaded.error, lang)}
        </p>
      )}
      {loaded && 'snapshot' in loaded && (
        <PairComparison {...loaded} onReload={() => void load(true)} />
      )}
    </div>
  );
}

/** Why the two may be one person as the records stand now (they may have changed since the search). */
function reasonsNow(left: Person, right: Person) {
  return matchReasons(matchProfile(left), matchProfile(right));
}

function PairComparison({
  snapshot,
  loadedAt,
  reloaded,
  onReload,
}: {
  snapshot: PairSnapshot;
  loadedAt: string;
  reloaded: boolean;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const merge = useMergeAction();
  const [keepChoice, setKeep] = useState<Side | null>(null);
  const [picks, setPicks] = useState<FieldPicks>({});
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  const { left, right } = snapshot;
  // By default the record with more enrolments and grants stays (fewer records move); on a tie, the older.
  const keep: Side = keepChoice ?? defaultKeep(snapshot);
  let plan: MergePlan | undefined;
  let refusal: unknown;
  try {
    plan = planPairMerge(snapshot, keep, picks, loadedAt);
  } catch (error) {
    refusal = error;
  }
  const text = useMemo(
    () => fieldText({ lang, t, organisationName: (id) => snapshot.organisations.get(id)?.name }),
    [lang, t, snapshot.organisations],
  );

  if (!left || !right || !plan) {
    return (
      <p role="alert" className="dup-error">
        {describeError(refusal, lang)}
      </p>
    );
  }
  const rows = fieldRows(left, right, keep, picks, plan.person, text);
  const reasons = reasonsNow(left, right);
  const nameOf = (p: Person) => personName(p) || t('duplicates.noName');
  const number = (side: Side) => (side === 'left' ? 1 : 2);

  const confirm = async () => {
    setAsking(false);
    setBusy(true);
    const result = await merge(snapshot, keep, picks);
    setBusy(false);
    if (result === 'stale') onReload();
  };

  return (
    <>
      {reloaded && (
        <p role="status" className="dup-note">
          {t('duplicates.compare.reloaded')}
        </p>
      )}
      <p className="dup-why">
        {reasons.length > 0 ? (
          <>
            {t('duplicates.compare.why')} <strong>{reasonsInWords(reasons, t).join(' · ')}</strong>
          </>
        ) : (
          t('duplicates.compare.noReason')
        )}
      </p>
      <KeepChoice snapshot={snapshot} keep={keep} onKeep={setKeep} />
      <FieldTable
        rows={rows}
        names={{ left: nameOf(left), right: nameOf(right) }}
        onPick={(field, choice) => setPicks((current) => ({ ...current, [field]: choice }))}
      />
      <RelatedRecords snapshot={snapshot} plan={plan} />
      <div className="dup-merge-bar">
        <button type="button" className="primary" disabled={busy} onClick={() => setAsking(true)}>
          {t('duplicates.compare.merge', { n: number(keep) })}
        </button>
        <a className="button" href={LIST_HASH}>
          {t('common.cancel')}
        </a>
      </div>
      <ConfirmDialog
        open={asking}
        message={t('duplicates.compare.confirm', {
          kept: number(keep),
          keptName: nameOf(keep === 'left' ? left : right),
          removed: number(otherSide(keep)),
          removedName: nameOf(keep === 'left' ? right : left),
        })}
        confirmLabel={t('duplicates.compare.merge', { n: number(keep) })}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

function defaultKeep(snapshot: PairSnapshot): Side {
  const counts = recordCounts(snapshot);
  return counts.right.enrolments + counts.right.grants > counts.left.enrolments + counts.left.grants ? 'right' : 'left';
}
