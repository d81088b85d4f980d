import { useMemo, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/form-field';
import { validatePersonDraft, type FieldError, type PersonField } from '../../../../shared/domain/person-rules';
import type { Organisation } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { draftFromForm, fieldDomId, type PersonForm as Form } from './draft';
import { FormKitProvider, type FormKit } from './fields';
import { ContactSection, NameSection, WorkSection } from './IdentitySections';
import { LanguagesSection, NeedsSection, NotesSection } from './MoreSections';
import { PlaceSection } from './PlaceSection';

/**
 * The person form. Messages appear after the first attempt to save, beside
 * each field and in a summary at the top (announced), the focus goes to the
 * first field to fix, and they follow the corrections as the user types.
 * `onSave` gets the form only when validatePersonDraft finds nothing.
 */
export function PersonForm({
  initial,
  organisations,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: Form;
  organisations: readonly Organisation[];
  submitLabel: string;
  onSave: (form: Form) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, tn, lang } = useI18n();
  const [form, setForm] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => (attempted ? validatePersonDraft(draftFromForm(form, lang)) : []), [attempted, form, lang]);

  const kit = useMemo<FormKit>(() => {
    const byField = new Map<PersonField, FieldError[]>();
    for (const e of errors) byField.set(e.field, [...(byField.get(e.field) ?? []), e]);
    return {
      form,
      organisations,
      update: (patch) => setForm((f) => ({ ...f, ...patch })),
      errorOf: (field) => byField.get(field)?.map((e) => t(e.key, e.params)).join(' '),
    };
  }, [form, errors, organisations, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    const problems = validatePersonDraft(draftFromForm(form, lang));
    if (problems.length > 0) {
      document.getElementById(fieldDomId(problems[0]!.field))?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormKitProvider kit={kit}>
      <form className="pe-form" noValidate onSubmit={submit} aria-busy={saving || undefined}>
        <p className="pe-hint">{t('participants.form.intro')}</p>
        <ErrorSummary
          prefix="pe"
          title={tn('participants.form.summary', errors.length)}
          problems={errors.map((e) => ({ targetId: fieldDomId(e.field), text: t(e.key, e.params) }))}
        />
        <NameSection />
        <ContactSection />
        <PlaceSection />
        <WorkSection />
        <LanguagesSection />
        <NeedsSection />
        <NotesSection />
        <div className="pe-actions">
          <button type="submit" className="primary" disabled={saving}>
            {submitLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {t('participants.form.cancel')}
          </button>
        </div>
      </form>
    </FormKitProvider>
  );
}
