import { createContext, useContext, type ReactNode } from 'react';

/**
 * The pieces every validated form shares: a control tied to its hint and its
 * error (ARIA), the notes under it, and the error summary that lists every
 * problem and moves the focus to it. Each form keeps its own class prefix
 * (`pf` for programmes, `pe` for people) so its styles stay its own.
 */

/** ARIA attributes that tie a control to its hint and error. */
export function describedBy(id: string, hint: boolean, error: string | undefined, required = false) {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return {
    id,
    'aria-describedby': ids || undefined,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-required': required ? (true as const) : undefined,
  };
}

/** A hint and an error under a control, with the ids describedBy points at. */
export function FieldNotes({
  id,
  hint,
  error,
  prefix,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
  prefix: string;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className={`${prefix}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={`${prefix}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

/** Every problem of a form, announced (role=alert), each a link that moves the focus to its field. */
export function ErrorSummary({
  title,
  problems,
  prefix,
}: {
  title: string;
  problems: readonly { targetId: string; text: string }[];
  prefix: string;
}) {
  if (problems.length === 0) return null;
  return (
    <div className={`${prefix}-summary`} role="alert">
      <p>{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.targetId}-${i}`}>
            <a
              href={`#${p.targetId}`}
              onClick={(ev) => {
                // A hash link would change the route: move the focus instead.
                ev.preventDefault();
                document.getElementById(p.targetId)?.focus();
              }}
            >
              {p.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A form's shared state for its sections (the draft, how to change it, its
 * messages): a provider and the hook that reads it, typed for that form.
 */
export function createFormKit<Kit>(): {
  FormKitProvider: (props: { kit: Kit; children: ReactNode }) => ReactNode;
  useFormKit: () => Kit;
} {
  const FormContext = createContext<Kit | null>(null);
  return {
    FormKitProvider: ({ kit, children }) => <FormContext.Provider value={kit}>{children}</FormContext.Provider>,
    useFormKit: () => {
      const kit = useContext(FormContext);
      if (!kit) throw new Error('useFormKit must be used inside <FormKitProvider>.');
      return kit;
    },
  };
}
