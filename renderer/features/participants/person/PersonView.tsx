import { personName } from '../../../../shared/domain/person-rules';
import type { Id } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { hashFor } from '../../../app/routes';
import { PageHeader } from '../../../components/PageHeader';
import { NotFound } from '../NotFound';
import { PersonActions } from './PersonActions';
import { PersonDetails } from './PersonDetails';
import { PersonEnrolments, PersonGrants } from './PersonEnrolments';
import { PersonHistory } from './PersonHistory';
import { usePersonPage } from './queries';

/** `#/participants/<id>`: one person's details, enrolments, grants and change history. */
export function PersonView({ id }: { id: Id }) {
  const { t } = useI18n();
  const page = usePersonPage(id);
  if (page === null) return <NotFound />;
  if (!page) return <p className="loading">{t('participants.person.loading')}</p>;
  const { person } = page;
  return (
    <article className="pa-person">
      <p className="pa-back">
        <a href={hashFor('participants')}>← {t('participants.person.backToList')}</a>
      </p>
      <PageHeader title={personName(person) || t('participants.person.unnamed')}>
        <PersonActions person={person} />
      </PageHeader>
      <section aria-labelledby="pa-details">
        <h2 id="pa-details">{t('participants.person.details')}</h2>
        <PersonDetails person={person} organisation={page.organisation} />
      </section>
      <section aria-labelledby="pa-enrolments">
        <h2 id="pa-enrolments">{t('participants.person.enrolments')}</h2>
        <PersonEnrolments enrolments={page.enrolments} />
      </section>
      <section aria-labelledby="pa-grants">
        <h2 id="pa-grants">{t('participants.person.grants')}</h2>
        <PersonGrants grants={page.grants} />
      </section>
      <section aria-labelledby="pa-history">
        <h2 id="pa-history">{t('participants.person.history')}</h2>
        <PersonHistory history={page.history} batch={page.batch} />
      </section>
    </article>
  );
}
