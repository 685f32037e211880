import { type ReactNode, useId } from 'react';

interface SectionProps {
  title: string;
  children: ReactNode;
  /** For links to the panel from elsewhere on the page. */
  id?: string;
}

/** A titled panel of a page; the heading names the region for screen readers. */
export function Section({ title, children, id }: SectionProps) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}
