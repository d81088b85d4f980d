import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';

export type Notice = {
  id: number;
  tone: 'success' | 'error' | 'info';
  text: string;
  /** Offered as a button beside the text, e.g. Undo. */
  action?: { label: string; run: () => void | Promise<void> };
};

/**
 * `withdrawOffers`: the change being announced replaced the data earlier offers
 * (Undo) would act on (a restore): those notices are taken away.
 */
type Notices = { show: (notice: Omit<Notice, 'id'> & { withdrawOffers?: boolean }) => void };

const NoticeContext = createContext<Notices | null>(null);
let nextNoticeId = 1;
const SUCCESS_NOTICE_MS = 6000;
const UNDO_NOTICE_MS = 20000;

/**
 * Shows short messages (success, error, undo offers) in a live region, so screen
 * readers announce them. Errors stay until dismissed; others until replaced.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const show = useCallback(
    ({ withdrawOffers, ...notice }: Omit<Notice, 'id'> & { withdrawOffers?: boolean }) => {
      const id = nextNoticeId++;
      // Keep the last three: a stack of stale messages helps nobody.
      setNotices((list) => [...(withdrawOffers ? list.filter((n) => !n.action) : list).slice(-2), { ...notice, id }]);
      // A confirmation fades; an offer to undo stays long enough to be used but does
      // not sit over the page for ever; errors wait for the user.
      if (notice.tone !== 'error') setTimeout(() => dismiss(id), notice.action ? UNDO_NOTICE_MS : SUCCESS_NOTICE_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => ({ show }), [show]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
            <span>{n.text}</span>
            {n.action && (
              <button
                type="button"
                onClick={async () => {
                  dismiss(n.id);
                  await n.action?.run();
                }}
              >
                {n.action.label}
              </button>
            )}
            <button type="button" className="notice-close" aria-label={t('common.dismiss')} onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

/** Shows a notice. */
export function useNotices(): Notices {
  const value = useContext(NoticeContext);
  if (!value) throw new Error('useNotices must be used inside <NoticeProvider>.');
  return value;
}
