import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { Router, useLocation, useRouter, useSearch, type RouterOptions } from 'wouter';
import { isPresenting, withPresentation } from './present-param';
import { keyBelongsElsewhere } from './typing-target';
import './presentation.css';

interface Presentation {
  /** The address says `?present=1`: a projector's large type, high contrast, no editing controls. */
  presenting: boolean;
  /** Turns presentation mode on or off, for this page and the pages reached from it. */
  setPresenting: (on: boolean) => void;
}

const PresentationContext = createContext<Presentation>({ presenting: false, setPresenting: () => {} });

export const usePresentation = () => useContext(PresentationContext);

/** The class on `<html>` that presentation.css keys every change of look from. */
export const PRESENTING_CLASS = 'presenting';

/**
 * Presentation mode for everything inside, on while the address carries `?present=1`. While it is on,
 * every link and navigation inside keeps the parameter (wouter's `hrefs` and `aroundNav`), `<html>`
 * carries the `presenting` class (presentation.css: large type, high contrast, editing controls —
 * marked `data-editing` — hidden), and Escape turns it off.
 */
export function PresentationMode({ children }: { children: ReactNode }) {
  const [location, navigate] = useLocation();
  const search = useSearch();
  const presenting = isPresenting(search);
  const parent = useRouter();

  const value = useMemo<Presentation>(
    () => ({
      presenting,
      setPresenting: (on) =>
        navigate(withPresentation(`${location}${search ? `?${search}` : ''}`, on), { replace: true }),
    }),
    [presenting, location, search, navigate],
  );

  // Stable while the mode stays on or off: a new router object re-renders every link.
  const keep = useMemo<RouterOptions>(
    () =>
      presenting
        ? {
            hrefs: (href, router) => withPresentation(parent.hrefs(href, router), true),
            aroundNav: (navigateTo, to, options) => parent.aroundNav(navigateTo, withPresentation(to, true), options),
          }
        : {},
    [presenting, parent],
  );

  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    root.classList.add(PRESENTING_CLASS);
    return () => root.classList.remove(PRESENTING_CLASS);
  }, [presenting]);

  const { setPresenting } = value;
  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || keyBelongsElsewhere(event)) return;
      event.preventDefault();
      setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, setPresenting]);

  return (
    <PresentationContext value={value}>
      <Router {...keep}>{children}</Router>
    </PresentationContext>
  );
}
