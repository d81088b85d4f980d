import { useMemo, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/form-field';
import type { ProgrammeDraft } from '../../../../shared/domain/programme-draft';
import { validateProgramme, type FieldError, type ProgrammeField } from '../../../../shared/domain/programme-rules';
import type { Organisation } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { fieldDomId, FormKitProvider, type FormKit } from './form-kit';
import { LanguagesSection } from './LanguagesSection';
import { NumbersSection } from './NumbersSection';
import { OrganisationList } from './OrganisationRows';
import { PartnersSection } from './PartnersSection';
import { ScheduleSection } from './ScheduleSection';
import { StatusSection } from './StatusSection';
import { TitleSection } from './TitleSection';
import { VenueSection } from './VenueSection';

/**
 * The programme form. Errors appear after the first attempt to save, beside each
 * field and in a summary at the top, and follow the user's corrections as they
 * type. `onSave` gets a draft only when it is entirely valid.
 */
export function ProgrammeForm({
  initial,
  organisations,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: ProgrammeDraft;
  organisations: readonly Organisation[];
  submitLabel: string;
  onSave: (draft: ProgrammeDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, tn } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => (attempted ? validateProgramme(draft) : []), [attempted, draft]);

  const kit = useMemo<FormKit>(() => {
    const byField = new Map<ProgrammeField, FieldError>();
    for (const e of errors) if (!byField.has(e.field)) byField.set(e.field, e);
    return {
      draft,
      organisations,
      update: (patch) => setDraft((d) => ({ ...d, ...patch })),
      errorOf: (field) => {
        const e = byField.get(field);
        return e ? t(e.key, e.params) : undefined;
      },
    };
  }, [draft, errors, organisations, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    const problems = validateProgramme(draft);
    if (problems.length > 0) {
      // The summary is announced (role=alert); the focus goes where the work is.
      const first = document.getElementById(fieldDomId(problems[0]!.field));
      first?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormKitProvider kit={kit}>
      <form className="pf-form" noValidate onSubmit={submit} aria-busy={saving || undefined}>
        <p className="pf-hint">{t('programmes.form.intro')}</p>
        <ErrorSummary
          prefix="pf"
          title={tn('programmes.form.summary', errors.length)}
          problems={errors.map((e) => ({ targetId: fieldDomId(e.field), text: t(e.key, e.params) }))}
        />
        <OrganisationList />
        <TitleSection />
        <VenueSection />
        <ScheduleSection />
        <LanguagesSection />
        <NumbersSection />
        <PartnersSection />
        <StatusSection />
        {/* At the start of the line: the notices (with their Undo) sit at the bottom end. */}
        <div className="pf-actions">
          <button type="submit" className="primary" disabled={saving}>
            {submitLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {t('programmes.form.cancel')}
          </button>
        </div>
      </form>
    </FormKitProvider>
  );
}
