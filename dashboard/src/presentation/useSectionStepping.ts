import { useCallback, useEffect, useState } from 'react';
import { keyBelongsElsewhere } from './typing-target';

/** Where the facilitator is among the page's sections. */
export interface SectionSteps {
  /** 0-based: the section marked current. */
  current: number;
  count: number;
}

const HEADING = ':scope > h1, :scope > h2, :scope > h3';

/** The page's steps: its shown `<section>`s that have a heading, outermost only (a section inside one is part of it). */
export function sectionsOf(root: ParentNode): HTMLElement[] {
  const sections = [...root.querySelectorAll<HTMLElement>('section')].filter(
    (section) => section.querySelector(HEADING) !== null && section.checkVisibility(),
  );
  return sections.filter((section) => !sections.some((other) => other !== section && other.contains(section)));
}

/** Where a key moves from step `current` of `count`; undefined for a key that is not a step. */
function stepOf(event: KeyboardEvent, current: number, count: number): number | undefined {
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return current + 1;
    case ' ':
      return event.shiftKey ? current - 1 : current + 1;
    case 'ArrowLeft':
    case 'PageUp':
      return current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

const sameSections = (a: readonly HTMLElement[], b: readonly HTMLElement[]) =>
  a.length === b.length && a.every((section, index) => section === b[index]);

/** The page's content: the layout's `<main>` (the whole document where there is none, as in a component test). */
const stepRoot = (): ParentNode => document.getElementById('main') ?? document.body;

/**
 * Steps through the sections of the page's content with the keyboard while `enabled`: ArrowRight, PageDown and Space go to the next one, ArrowLeft, PageUp
 * and Shift+Space to the previous one, Home and End to the first and the last. The current section
 * is scrolled to the top, takes the focus (so Tab goes on from there) and carries
 * `aria-current="step"`. Keys typed into fields or meant for a focused control are left to them.
 * Sections that arrive later (a query's answer) are counted as they appear.
 */
export function useSectionStepping(enabled: boolean): SectionSteps {
  const [sections, setSections] = useState<HTMLElement[]>([]);
  const [current, setCurrent] = useState(0);

  const recount = useCallback(() => {
    const found = sectionsOf(stepRoot());
    setSections((known) => (sameSections(known, found) ? known : found));
  }, []);

  useEffect(() => {
    if (!enabled) return;
    recount();
    const observer = new MutationObserver(recount);
    observer.observe(stepRoot(), { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [enabled, recount]);

  const shown = enabled ? sections : [];
  const index = Math.min(current, Math.max(shown.length - 1, 0));

  useEffect(() => {
    const section = shown[index];
    if (!section) return;
    section.setAttribute('aria-current', 'step');
    return () => section.removeAttribute('aria-current');
  }, [shown, index]);

  useEffect(() => {
    if (!enabled || sections.length === 0) return;
    const onKey = (event: KeyboardEvent) => {
      if (keyBelongsElsewhere(event)) return;
      const wanted = stepOf(event, index, sections.length);
      if (wanted === undefined) return;
      event.preventDefault();
      const next = Math.max(0, Math.min(sections.length - 1, wanted));
      const section = sections[next]!;
      setCurrent(next);
      if (!section.hasAttribute('tabindex')) section.tabIndex = -1;
      section.focus({ preventScroll: true });
      section.scrollIntoView({ block: 'start' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, sections, index]);

  return { current: index, count: shown.length };
}
