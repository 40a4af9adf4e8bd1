import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

const PRINT = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('print') : null;
let printing = PRINT?.matches ?? false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (next === printing) return;
  printing = next;
  // The browser lays the pages out right after `beforeprint`: render the print version before it does.
  flushSync(() => listeners.forEach((listener) => listener()));
}

if (PRINT && typeof window !== 'undefined') {
  // `beforeprint` for the browser's Print; the media query's change for headless Chromium's emulated
  // print media (`pnpm cli print`), which fires no `beforeprint`.
  window.addEventListener('beforeprint', () => set(true));
  window.addEventListener('afterprint', () => set(PRINT.matches));
  PRINT.addEventListener('change', () => set(PRINT.matches));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether the page is being printed: what CSS cannot do for print (a chart's fixed size, a closed
 * table opened) follows it. recharts' ResponsiveContainer measures the screen, not the paper.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

/** A chart's width on paper, in CSS pixels: 169 mm, inside both A4's and Letter's printed width. */
export const PRINTED_CHART_WIDTH = 640;
