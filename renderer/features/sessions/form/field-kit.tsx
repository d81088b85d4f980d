import type { ReactNode } from 'react';
import type { SessionDraft } from '../../../../shared/domain/session-draft';
import type { SessionField } from '../../../../shared/domain/session-rules';

/** What every section of the session form gets: the draft, a way to change it, and its messages. */
export type SectionProps = {
  draft: SessionDraft;
  update: (patch: Partial<SessionDraft>) => void;
  /** The translated message for a field, once the person has tried to save. */
  errorOf: (field: SessionField) => string | undefined;
};

/** The DOM id of the control a field's message belongs to (and that takes focus for it). */
export function fieldDomId(field: SessionField, draft: Pick<SessionDraft, 'repeat'>): string {
  switch (field) {
    case 'title':
      return 'st-f-title-en';
    case 'startTime':
      return 'st-f-start';
    case 'endTime':
      return 'st-f-end';
    case 'repeatInterval':
      return 'st-f-repeat-interval';
    case 'repeatDays':
      return draft.repeat.mode === 'weekly' ? 'st-f-repeat-day-MO' : 'st-f-repeat-mode-none';
    case 'repeatMonthly':
      return draft.repeat.monthlyBy === 'weekday' ? 'st-f-repeat-position' : 'st-f-repeat-by-date';
    case 'repeatEnds':
      return draft.repeat.ends === 'count' ? 'st-f-repeat-count' : 'st-f-repeat-until';
    default:
      return `st-f-${field}`;
  }
}

/** The id of a field's message. */
export const errorId = (field: SessionField) => `st-f-err-${field}`;

/** ARIA attributes tying a control to its message and hint. */
export function aria(field: SessionField, error: string | undefined, hintId?: string) {
  const ids = [error ? errorId(field) : '', hintId ?? ''].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': ids || undefined };
}

/** A field's message, shown beside it. */
export function FieldMessage({ field, error }: { field: SessionField; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={errorId(field)} className="st-error">
      {error}
    </p>
  );
}

/** A labelled control with its hint and message. */
export function Field({
  id,
  field,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  field: SessionField;
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  className?: string;
  children: (attributes: { id: string } & ReturnType<typeof aria>) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`st-field${error ? ' st-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...aria(field, error, hintId) })}
      {hint && (
        <p id={hintId} className="st-hint">
          {hint}
        </p>
      )}
      <FieldMessage field={field} error={error} />
    </div>
  );
}
