import { useEffect, useRef } from 'react';

/**
 * Shows a native <dialog> as a modal while the component is mounted (focus
 * trapped, page behind inert, Escape fires `cancel`), and gives focus back to
 * what had it before when it goes away.
 */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const node = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (node && !node.open) node.showModal();
    return () => {
      if (node?.open) node.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return ref;
}
