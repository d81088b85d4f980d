import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { hashFor } from '../../../app/routes';
import { PageHeader } from '../../../components/PageHeader';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryResults } from './DirectoryResults';
import { rememberedSpec, rememberSpec, type DirectorySpec } from './spec';

/** `#/participants`: the directory of people, searchable and filtered, with its count. */
export function DirectoryPage() {
  const { t } = useI18n();
  const [spec, setSpecState] = useState<DirectorySpec>(rememberedSpec);
  const setSpec = (next: DirectorySpec) => {
    rememberSpec(next);
    setSpecState(next);
  };
  return (
    <>
      <PageHeader title={t('participants.heading')} intro={t('participants.intro')}>
        <p className="pa-actions">
          <a className="pa-button primary" href={hashFor('participants', 'new')}>
            {t('participants.directory.newPerson')}
          </a>
          <a className="pa-button" href={hashFor('participants', 'duplicates')}>
            {t('participants.directory.findDuplicates')}
          </a>
        </p>
      </PageHeader>
      <DirectoryFilters spec={spec} onChange={setSpec} />
      <DirectoryResults spec={spec} onChange={setSpec} />
    </>
  );
}
