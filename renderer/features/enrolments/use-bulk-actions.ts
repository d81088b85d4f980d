import { useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import type { EnrolmentStatus, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { countryName, enrolmentStatusLabel, pickText } from '../../app/labels';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { platform } from '../../platform';
import { creations, enrolAll, tagChanges } from './actions';
import { csvBytes, safeFileName } from './csv';
import { errorText, personReason, roleLabel } from './messages';
import { useEnrolmentCommit } from './use-enrolment-commit';
import { exportTable, type EnrolmentRow } from './view-model';

/** Why a bulk action was refused: a heading and one line per person. */
export type Refusal = { title: string; lines: string[] };

/**
 * The bulk actions that are not status changes, on the ticked rows: add a tag
 * to the people, enrol them in another programme (all or nothing), export them
 * as CSV. Each change is one changeset with Undo.
 */
export function useBulkActions(programme: Programme, rows: readonly EnrolmentRow[]) {
  const { t, tn, lang } = useI18n();
  const notices = useNotices();
  const commit = useEnrolmentCommit();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const people = rows.flatMap((r) => (r.person ? [r.person] : []));

  const addTag = async (tag: string): Promise<boolean> => {
    if (tag.trim() === '') {
      notices.show({ tone: 'error', text: t('enrolments.errors.tagEmpty') });
      return false;
    }
    const changes = tagChanges(people, tag, new Date().toISOString());
    if (changes.length === 0) {
      notices.show({ tone: 'info', text: t('enrolments.notices.alreadyTagged', { tag: tag.trim() }) });
      return true;
    }
    return commit(changes, tn('enrolments.notices.tagged', changes.length, { tag: tag.trim() }));
  };

  const enrolElsewhere = async (target: Programme, status: EnrolmentStatus): Promise<boolean> => {
    const title = pickText(target.title, lang) ?? t('enrolments.untitled');
    try {
      const enrolments = await getDatabase().enrolments.where('programmeId').equals(target.id).toArray();
      const requests = rows.flatMap((r) => (r.person ? [{ person: r.person, role: r.enrolment.role }] : []));
      const result = enrolAll(requests, target, status, { now: new Date().toISOString(), newId, enrolments });
      if (!result.ok) {
        const nameOf = (id: string) => rows.find((r) => r.person?.id === id)?.name ?? '';
        setRefusal({
          title: t('enrolments.bulk.enrolRefused', { programme: title }),
          lines: result.problems.map((p) => personReason(nameOf(p.personId), p.key, p.params, lang)),
        });
        return false;
      }
      setRefusal(null);
      const statusName = t(enrolmentStatusLabel(status));
      return commit(creations(result.created), tn('enrolments.notices.enrolledElsewhere', result.created.length, { programme: title, status: statusName }));
    } catch (error) {
      notices.show({ tone: 'error', text: errorText(error, lang) });
      return false;
    }
  };

  const exportCsv = async () => {
    const table = exportTable(rows, {
      headers: [
        t('enrolments.export.givenName'),
        t('enrolments.export.familyName'),
        t('enrolments.export.emails'),
        t('enrolments.export.country'),
        t('enrolments.export.institution'),
        t('enrolments.export.position'),
        t('enrolments.export.role'),
        t('enrolments.export.status'),
        t('enrolments.export.rank'),
        t('enrolments.export.appliedOn'),
        t('enrolments.export.tags'),
      ],
      role: (role) => t(roleLabel(role)),
      status: (status) => t(enrolmentStatusLabel(status)),
      country: (code) => countryName(code, lang),
    });
    const name = safeFileName(t('enrolments.export.fileName', { title: pickText(programme.title, lang) ?? t('enrolments.untitled') }), 'csv');
    try {
      const saved = await platform.saveFile('export', name, csvBytes(table));
      if (saved.saved) notices.show({ tone: 'success', text: tn('enrolments.notices.exported', rows.length, { name: saved.name }) });
    } catch (error) {
      notices.show({ tone: 'error', text: errorText(error, lang) });
    }
  };

  return { addTag, enrolElsewhere, exportCsv, refusal, clearRefusal: () => setRefusal(null) };
}
