import type { Id } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { pickText } from '../../app/labels';
import { hashFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { ProgrammeEnrolments } from '../enrolments/ProgrammeEnrolments';
import { Timetable } from '../sessions/Timetable';
import { NotFound } from './NotFound';
import { ProgrammeActions, StatusControls } from './ProgrammeActions';
import { ProgrammeFacts } from './ProgrammeFacts';
import { useProgramme } from './queries';
import './programmes.css';

/** `#/programmes/<id>`: one programme, its key facts, status moves, actions and timetable. */
export function ProgrammeView({ id }: { id: Id }) {
  const { t, lang } = useI18n();
  const programme = useProgramme(id);
  if (programme === null) return <NotFound />;
  if (!programme) return <p className="loading">{t('programmes.page.loading')}</p>;
  const title = pickText(programme.title, lang) ?? t('programmes.untitled');
  return (
    <article className="pp">
      <p className="pp-back">
        <a href={hashFor('programmes')}>← {t('programmes.page.backToList')}</a>
      </p>
      <PageHeader title={title}>
        <StatusControls programme={programme} />
        <ProgrammeActions programme={programme} />
      </PageHeader>
      <section aria-labelledby="pp-facts-heading">
        <h2 id="pp-facts-heading">{t('programmes.page.facts')}</h2>
        <ProgrammeFacts programme={programme} />
      </section>
      {/* ---- Timetable: owned by the sessions feature (renderer/features/sessions/Timetable.tsx). ---- */}
      <section className="pp-timetable">
        <Timetable programme={programme} />
      </section>
      {/* ---- Participants, selection, attendance: owned by the enrolments feature (renderer/features/enrolments). ---- */}
      <ProgrammeEnrolments programme={programme} />
    </article>
  );
}
