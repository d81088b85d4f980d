import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { SeriesScope } from '../../../shared/domain/series-edits';
import { useI18n } from '../../app/i18n';

/** What the dialog asks about: a move or a change of end, of which session, in which zone. */
export type ScopeQuestion = { kind: 'move' | 'resize'; title: string; zone: string };

type Pending = ScopeQuestion & { answer: (scope: SeriesScope | null) => void };

/**
 * Asks which occurrences of a series a change applies to: "This session only",
 * "This and following", "All sessions". Returns the asking function (resolves
 * null when the person cancels, with Escape or Cancel) and the dialog to render.
 */
export function useScopeQuestion(): [(question: ScopeQuestion) => Promise<SeriesScope | null>, ReactElement] {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback(
    (question: ScopeQuestion) =>
      new Promise<SeriesScope | null>((resolve) => {
        setPending({
          ...question,
          answer: (scope) => {
            setPending(null);
            resolve(scope);
          },
        });
      }),
    [],
  );
  return [ask, <ScopeDialog key="scope" pending={pending} />];
}

/** The modal itself, on the native <dialog>: focus stays inside, Escape cancels. */
function ScopeDialog({ pending }: { pending: Pending | null }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (pending && !node.open) {
      node.showModal();
      first.current?.focus();
    }
    if (!pending && node.open) node.close();
  }, [pending]);
  const choose = (scope: SeriesScope | null) => pending?.answer(scope);
  const question = pending
    ? t(pending.kind === 'move' ? 'calendar.scope.moveQuestion' : 'calendar.scope.resizeQuestion', { title: pending.title })
    : '';
  return (
    <dialog
      ref={dialog}
      className="confirm scope-dialog"
      aria-labelledby="scope-question"
      aria-describedby="scope-explain"
      onCancel={(event) => {
        // Escape: answer "cancel" ourselves, so the change is reverted exactly once.
        event.preventDefault();
        choose(null);
      }}
    >
      <h2 id="scope-question">{question}</h2>
      <p id="scope-explain">{pending ? t('calendar.scope.explain', { zone: pending.zone }) : ''}</p>
      <div className="scope-choices">
        <button ref={first} type="button" className="primary" onClick={() => choose('this')}>
          {t('calendar.scope.this')}
        </button>
        <button type="button" onClick={() => choose('following')}>
          {t('calendar.scope.following')}
        </button>
        <button type="button" onClick={() => choose('all')}>
          {t('calendar.scope.all')}
        </button>
      </div>
      <div className="actions">
        <button type="button" onClick={() => choose(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
