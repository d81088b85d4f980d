import { useMemo, useState } from 'react';
import { draftFromProgramme, emptyDraft, type ProgrammeDraft } from '../../../shared/domain/programme-draft';
import type { Id, Organisation, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { pickText } from '../../app/labels';
import { useAppLocation } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { saveProgrammeChanges } from './actions';
import { ProgrammeForm } from './form/ProgrammeForm';
import { localZone } from './intl';
import { NotFound } from './NotFound';
import { useOrganisations, useProgramme } from './queries';
import { useCommit } from './use-commit';
import './programmes.css';

/** `#/programmes/new`: the form for a new programme, saved as a draft. */
export function NewProgrammePage() {
  const { t, lang } = useI18n();
  const organisations = useOrganisations();
  const initial = useMemo(() => emptyDraft(localZone(), lang), [lang]);
  return (
    <>
      <PageHeader title={t('programmes.form.headingNew')} />
      {organisations && <Editor initial={initial} organisations={organisations} />}
    </>
  );
}

/** `#/programmes/<id>/edit`: the form for an existing programme. */
export function EditProgrammePage({ id }: { id: Id }) {
  const { t, lang } = useI18n();
  const programme = useProgramme(id);
  const organisations = useOrganisations();
  if (programme === null) return <NotFound />;
  if (!programme || !organisations) return <p className="loading">{t('programmes.page.loading')}</p>;
  const title = pickText(programme.title, lang) ?? t('programmes.untitled');
  return (
    <>
      <PageHeader title={t('programmes.form.headingEdit', { title })} />
      <Editor key={programme.id} existing={programme} initial={draftFromProgramme(programme, organisations)} organisations={organisations} />
    </>
  );
}

function Editor(props: { initial: ProgrammeDraft; organisations: Organisation[]; existing?: Programme }) {
  const { t } = useI18n();
  const { organisations } = props;
  // The record as it was when editing began: if it changes elsewhere meanwhile, saving
  // is refused (errors.staleRecord) instead of silently overwriting the other change.
  const [{ initial, existing }] = useState(props);
  const [, go] = useAppLocation();
  const commit = useCommit();
  const save = async (draft: ProgrammeDraft) => {
    const { changes, programme } = saveProgrammeChanges(draft, organisations, existing);
    const ok = await commit(changes, t(existing ? 'programmes.form.saved' : 'programmes.form.created'));
    if (ok) go('programmes', programme.id);
  };
  return (
    <ProgrammeForm
      initial={initial}
      organisations={organisations}
      submitLabel={t(existing ? 'programmes.form.save' : 'programmes.form.create')}
      onSave={save}
      onCancel={() => (existing ? go('programmes', existing.id) : go('programmes'))}
    />
  );
}
