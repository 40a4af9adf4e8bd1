import { screen, waitFor } from '@testing-library/react';

/**
 * A page's own "Sources" section. A printable page also numbers its sources in notes under the
 * same title (print/SourceNotes.tsx), drawn once the page's links are, so either one or both may
 * be there when a test looks.
 */
export function findPageSources(): Promise<HTMLElement> {
  return waitFor(() => {
    const own = screen
      .getAllByRole('region', { name: 'Sources' })
      .find((section) => !section.classList.contains('print-only'));
    if (!own) throw new Error('The page shows no Sources section of its own.');
    return own;
  });
}
