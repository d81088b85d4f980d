import { useI18n } from '../../app/i18n';
import { useModal } from '../sessions/use-modal';

/**
 * "Offer the place to <name> (rank 1)?" after a withdrawal freed a place.
 * A modal of its own, named by its own question: the shared ConfirmDialog's
 * fixed message id is already taken on the programme page by its delete
 * confirmation, which would give this dialog the wrong name.
 */
export function OfferDialog({ name, rank, onConfirm, onCancel }: { name: string; rank: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const ref = useModal();
  return (
    <dialog
      ref={ref}
      className="confirm en-offer"
      aria-labelledby="en-offer-message"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <p id="en-offer-message">{t('enrolments.offer.message', { name, rank })}</p>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('enrolments.offer.later')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t('enrolments.offer.confirm')}
        </button>
      </div>
    </dialog>
  );
}
