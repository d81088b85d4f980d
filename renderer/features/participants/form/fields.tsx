import type { ReactNode } from 'react';
import type { PersonField } from '../../../../shared/domain/person-rules';
import type { Organisation } from '../../../../shared/domain/types';
import type { PersonForm } from './draft';
import { FieldNotes as SharedFieldNotes, createFormKit, describedBy } from '../../../components/form-field';

/** What every section of the person form shares: the form, how to change it, and its messages. */
export type FormKit = {
  form: PersonForm;
  update: (patch: Partial<PersonForm>) => void;
  /** The translated messages of a field, once the user has tried to save. */
  errorOf: (field: PersonField) => string | undefined;
  organisations: readonly Organisation[];
};

/** The person form's shared state: FormKitProvider gives it to the sections, useFormKit reads it. */
export const { FormKitProvider, useFormKit } = createFormKit<FormKit>();

export { describedBy };

/** A hint and a message under a control, styled for the person form. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return <SharedFieldNotes id={id} hint={hint} error={error} prefix="pe" />;
}

/** A labelled control with its hint and its message beside it; `children` renders the control from its ARIA attributes. */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  children: (aria: ReturnType<typeof describedBy>) => ReactNode;
}) {
  return (
    <div className={`pe-field${error ? ' pe-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy(id, Boolean(hint), error))}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** A text box bound to one field of the form. */
export function TextField({
  name,
  label,
  hint,
  error,
  type = 'text',
  className,
}: {
  name: 'givenName' | 'familyName' | 'emails' | 'phone' | 'position' | 'membershipNumber' | 'committee' | 'diet' | 'accessibility';
  label: string;
  hint?: string;
  error?: string | undefined;
  type?: 'text' | 'email' | 'tel';
  className?: string;
}) {
  const { form, update } = useFormKit();
  return (
    <Field id={`pe-${name}`} label={label} hint={hint} error={error} {...(className ? { className } : {})}>
      {(aria) => (
        <input
          {...aria}
          type={type === 'email' ? 'text' : type}
          inputMode={type === 'email' ? 'email' : undefined}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          value={form[name]}
          onChange={(e) => update({ [name]: e.target.value })}
        />
      )}
    </Field>
  );
}
