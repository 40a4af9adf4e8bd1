import type { ReactNode } from 'react';

/** One entry of a list of facts (a `<dl>` of a profile page): the term and what it says. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
