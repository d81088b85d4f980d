import { useCallback, useState } from 'react';
import { bulkChangeStatus, changeStatus, type BulkProblem, type EnrolmentChange, type FreedPlaceOffer } from '../../../shared/domain/enrolment-rules';
import { isDomainError } from '../../../shared/domain/errors';
import type { Enrolment, EnrolmentStatus, Id, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { enrolmentStatusLabel } from '../../app/labels';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { applyChanges, asChanges, moveOnWaitlist, offerAfter } from './actions';
import { errorText } from './messages';
import { useEnrolmentCommit } from './use-enrolment-commit';

const now = () => new Date().toISOString();

/** A refused bulk change, for the problem list: what was asked, and why each was refused. */
export type BulkRefusal = { status: EnrolmentStatus; problems: BulkProblem[] };

/**
 * Status changes of one programme's enrolments: one at a time, in bulk (all or
 * nothing), waiting-list moves, and the offer of a freed place to the next in
 * line. Every change is one changeset with Undo; a refusal changes nothing and
 * says why in the user's language.
 */
export function useStatusActions(programme: Programme, enrolments: readonly Enrolment[], nameOf: (personId: Id) => string) {
  const { t, tn, lang } = useI18n();
  const notices = useNotices();
  const commit = useEnrolmentCommit();
  const [offer, setOffer] = useState<FreedPlaceOffer | null>(null);
  const [refusal, setRefusal] = useState<BulkRefusal | null>(null);
  const statusName = useCallback((s: EnrolmentStatus) => t(enrolmentStatusLabel(s)), [t]);

  const saveWithOffer = async (changes: EnrolmentChange[], text: string) => {
    if (!(await commit(asChanges(changes), text))) return false;
    setOffer(offerAfter(changes, programme, applyChanges(enrolments, changes)) ?? null);
    return true;
  };

  const change = async (enrolment: Enrolment, to: EnrolmentStatus) => {
    const name = nameOf(enrolment.personId);
    let changes: EnrolmentChange[];
    try {
      changes = changeStatus(enrolment, to, { now: now(), programme, enrolments });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      notices.show({ tone: 'error', text: t('enrolments.errors.problem', { name, reason: errorText(error, lang) }) });
      return;
    }
    const rank = changes[0]?.after.waitlistRank;
    const text =
      rank !== undefined
        ? t('enrolments.notices.waitlisted', { name, rank })
        : t('enrolments.notices.statusChanged', { name, status: statusName(to) });
    await saveWithOffer(changes, text);
  };

  const changeMany = async (ids: readonly Id[], to: EnrolmentStatus): Promise<boolean> => {
    const result = bulkChangeStatus(ids, to, { now: now(), programme, enrolments });
    if (!result.ok) {
      setRefusal({ status: to, problems: result.problems });
      return false;
    }
    setRefusal(null);
    const moved = result.changes.filter((c) => c.before.status !== c.after.status).length;
    if (moved === 0) {
      notices.show({ tone: 'info', text: t('enrolments.notices.nothingToChange', { status: statusName(to) }) });
      return true;
    }
    return saveWithOffer(result.changes, tn('enrolments.notices.bulkChanged', moved, { status: statusName(to) }));
  };

  const move = async (enrolment: Enrolment, direction: 'up' | 'down') => {
    const changes = moveOnWaitlist(enrolments, enrolment.id, direction, now());
    const rank = changes.find((c) => c.after.id === enrolment.id)?.after.waitlistRank;
    if (rank === undefined) return;
    await commit(asChanges(changes), t('enrolments.notices.moved', { name: nameOf(enrolment.personId), rank }));
  };

  /** Staff confirmed the offer: the next in line becomes accepted, checked against what is stored now. */
  const acceptOffer = async () => {
    if (!offer) return;
    setOffer(null);
    const name = nameOf(offer.enrolment.personId);
    try {
      const stored = await getDatabase().enrolments.where('programmeId').equals(programme.id).toArray();
      const current = stored.find((e) => e.id === offer.enrolment.id);
      if (!current) throw new Error(`Enrolment ${offer.enrolment.id} is gone.`);
      const changes = changeStatus(current, 'accepted', { now: now(), programme, enrolments: stored });
      await commit(asChanges(changes), t('enrolments.notices.offerAccepted', { name }));
    } catch (error) {
      notices.show({ tone: 'error', text: t('enrolments.errors.problem', { name, reason: errorText(error, lang) }) });
    }
  };

  return { change, changeMany, move, offer, acceptOffer, declineOffer: () => setOffer(null), refusal, clearRefusal: () => setRefusal(null) };
}
