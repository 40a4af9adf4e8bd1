import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useIndicatorText, type NamedIndicator } from '../figures/indicator-text';

const UnitNameContext = createContext<(unit: string) => string>((unit) => unit);

/**
 * Lets the problems of a figure's value ("must be a whole number of persons …", said by the rules in
 * English) name the unit in the page's language, as the indicators of the form translate it.
 */
export function UnitNames({ indicators, children }: { indicators: readonly NamedIndicator[]; children: ReactNode }) {
  const textOf = useIndicatorText();
  const unitName = useMemo(() => {
    const names = new Map(indicators.map((indicator) => [indicator.unit, textOf(indicator).unit.text]));
    return (unit: string) => names.get(unit) ?? unit;
  }, [indicators, textOf]);
  return <UnitNameContext.Provider value={unitName}>{children}</UnitNameContext.Provider>;
}

/** A unit as the indicators of the form around name it in the page's language (as given, outside one). */
export function useUnitName(): (unit: string) => string {
  return useContext(UnitNameContext);
}
