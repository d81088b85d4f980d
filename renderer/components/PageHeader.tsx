import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a page. It takes focus when the page opens, so keyboard and
 * screen-reader users land on the new page rather than on the old nav link.
 */
export function PageHeader({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    document.title = `${title} · Training Desk`;
  }, [title]);
  return (
    <header className="page-header">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="page-intro">{intro}</p>}
      {children}
    </header>
  );
}
