import type { ReactNode } from 'react';
import type { Organisation } from '../../../../shared/domain/types';
import type { ProgrammeDraft } from '../../../../shared/domain/programme-draft';
import type { ProgrammeField } from '../../../../shared/domain/programme-rules';
import { FieldNotes as SharedFieldNotes, createFormKit, describedBy } from '../../../components/form-field';

/** What every section of the programme form shares: the draft, how to change it, and its errors. */
export type FormKit = {
  draft: ProgrammeDraft;
  update: (patch: Partial<ProgrammeDraft>) => void;
  /** The translated message for a field, once the user has tried to save. */
  errorOf: (field: ProgrammeField) => string | undefined;
  organisations: readonly Organisation[];
};

/** The programme form's shared state: FormKitProvider gives it to the sections, useFormKit reads it. */
export const { FormKitProvider, useFormKit } = createFormKit<FormKit>();

/** The DOM id of the control a field's error points at (the first title box for the title). */
export function fieldDomId(field: ProgrammeField): string {
  if (field === 'title') return 'pf-title-en';
  if (field.startsWith('partner:')) return `pf-partner-${field.slice('partner:'.length)}`;
  return `pf-${field}`;
}

export { describedBy };

/** A hint and an error under a control, styled for the programme form. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return <SharedFieldNotes id={id} hint={hint} error={error} prefix="pf" />;
}

/**
 * A labelled control with its hint and its error beside it. `children` renders
 * the control from the ARIA attributes it must carry.
 */
export function Field({
  id,
  label,
  required,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  children: (aria: ReturnType<typeof describedBy>) => ReactNode;
}) {
  return (
    <div className={`pf-field${error ? ' pf-invalid' : ''}${className ? ` ${className}` : ''}`}>
      {/* The mark sits beside the label, not in it: the label is the field's name, exactly. */}
      <span className="pf-label">
        <label htmlFor={id}>{label}</label>
        {required && <RequiredMark />}
      </span>
      {children(describedBy(id, Boolean(hint), error, required))}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** The "*" after a required field's label; screen readers get aria-required instead. */
export function RequiredMark() {
  return (
    <span className="pf-required" aria-hidden="true">
      *
    </span>
  );
}
