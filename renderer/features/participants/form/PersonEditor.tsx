import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { personName } from '../../../../shared/domain/person-rules';
import type { Id, Organisation, Person } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { useAppLocation } from '../../../app/router';
import { PageHeader } from '../../../components/PageHeader';
import { getDatabase } from '../../../db/database';
import { savePersonChanges } from '../actions';
import { NotFound } from '../NotFound';
import { useCommit } from '../use-commit';
import { draftFromForm, emptyForm, formFromPerson, institutionFromForm, type PersonForm as Form } from './draft';
import { PersonForm } from './PersonForm';

function useOrganisations(): Organisation[] | undefined {
  return useLiveQuery(() => getDatabase().organisations.orderBy('name').toArray());
}

/** `#/participants/new`: the form for a new person. */
export function NewPersonPage() {
  const { t } = useI18n();
  const organisations = useOrganisations();
  const initial = useMemo(() => emptyForm(), []);
  return (
    <>
      <PageHeader title={t('participants.form.headingNew')} />
      {organisations && <Editor initial={initial} organisations={organisations} />}
    </>
  );
}

/** `#/participants/<id>/edit`: the form for an existing person. */
export function EditPersonPage({ id }: { id: Id }) {
  const { t, lang } = useI18n();
  const data = useLiveQuery(async () => {
    const db = getDatabase();
    const person = await db.people.get(id);
    if (!person) return null;
    return { person, organisation: person.organisationId ? await db.organisations.get(person.organisationId) : undefined };
  }, [id]);
  const organisations = useOrganisations();
  if (data === null) return <NotFound />;
  if (!data || !organisations) return <p className="loading">{t('participants.person.loading')}</p>;
  const name = personName(data.person) || t('participants.person.unnamed');
  return (
    <>
      <PageHeader title={t('participants.form.headingEdit', { name })} />
      <Editor key={data.person.id} existing={data.person} initial={formFromPerson(data.person, data.organisation, lang)} organisations={organisations} />
    </>
  );
}

function Editor(props: { initial: Form; organisations: Organisation[]; existing?: Person }) {
  const { t, lang } = useI18n();
  const { organisations } = props;
  // The record as it was when editing began: if it changes elsewhere meanwhile, saving
  // is refused (errors.staleRecord) instead of silently overwriting the other change.
  const [{ initial, existing }] = useState(props);
  const [, go] = useAppLocation();
  const commit = useCommit();
  const save = async (form: Form) => {
    const { changes, person } = savePersonChanges(draftFromForm(form, lang), institutionFromForm(form), organisations, existing);
    const name = personName(person);
    const ok = await commit(changes, t(existing ? 'participants.form.saved' : 'participants.form.created', { name }));
    if (ok) go('participants', person.id);
  };
  return (
    <PersonForm
      initial={initial}
      organisations={organisations}
      submitLabel={t(existing ? 'participants.form.save' : 'participants.form.create')}
      onSave={save}
      onCancel={() => (existing ? go('participants', existing.id) : go('participants'))}
    />
  );
}
