import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';

/**
 * A modal question with Confirm and Cancel, on the native <dialog>: focus is
 * trapped, Escape cancels, and the page behind is inert.
 */
export function ConfirmDialog({
  open,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  message: string;
  confirmLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Shown under the message: what the action would change, when the message alone cannot say it. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  // Unique per dialog: several can be mounted on one page, each named by its own message.
  const messageId = useId();
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) node.showModal();
    if (!open && node.open) node.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="confirm" aria-labelledby={messageId} onCancel={onCancel}>
      <p id={messageId}>{message}</p>
      {children}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {confirmLabel ?? t('common.confirm')}
        </button>
      </div>
    </dialog>
  );
}
