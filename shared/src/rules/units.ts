import { problem, type Problem } from './problems.js';

/**
 * What an indicator's values can be, read from its unit (the units of server/src/bulk/seed/data/indicators.yaml):
 *
 * | kind             | units                                       | values                              |
 * | ---------------- | ------------------------------------------- | ----------------------------------- |
 * | `percent`        | `percent of GDP`, `percent of returnees …`  | a share of a whole: 0 to 100        |
 * | `percentOfTarget`| `percent of target`                         | 0 to 1000 (a target can be exceeded) |
 * | `money`          | an ISO 4217 currency code: `USD`, `IDR`     | 0 or more, cents allowed            |
 * | `count`          | anything else: `persons`, `villages`, …     | a whole number, 0 or more           |
 *
 * The ceilings are far above any real figure and stop typing slips (an extra three zeros is still
 * accepted; a pasted phone number as a count of persons is not): 10^10 things (more than the
 * world's people), 10^17 of a currency (above the whole yearly economy of any member state in its
 * own currency; Viet Nam's is about 10^16 dong).
 */
export type UnitKind = 'percent' | 'percentOfTarget' | 'money' | 'count';

export interface ValueRange {
  min: number;
  max: number;
  whole: boolean;
}

export const VALUE_RANGES: Record<UnitKind, ValueRange> = {
  percent: { min: 0, max: 100, whole: false },
  percentOfTarget: { min: 0, max: 1000, whole: false },
  money: { min: 0, max: 1e17, whole: false },
  count: { min: 0, max: 1e10, whole: true },
};

const CURRENCY = /^[A-Z]{3}$/;

export function unitKind(unit: string): UnitKind {
  const name = unit.trim();
  if (/^percent of target/i.test(name)) return 'percentOfTarget';
  if (/^(percent|%)/i.test(name)) return 'percent';
  if (CURRENCY.test(name)) return 'money';
  return 'count';
}

/** Why `value` cannot be a figure in `unit` (NOT_A_NUMBER, or the range of its kind); undefined when it can. */
export function valueProblem(value: number, unit: string): Problem | undefined {
  if (!Number.isFinite(value)) return problem('NOT_A_NUMBER');
  const kind = unitKind(unit);
  const { min, max, whole } = VALUE_RANGES[kind];
  if (value >= min && value <= max && (!whole || Number.isInteger(value))) return undefined;
  switch (kind) {
    case 'percent':
      return problem('PERCENT_RANGE', { min, max });
    case 'percentOfTarget':
      return problem('PERCENT_OF_TARGET_RANGE', { min, max });
    case 'money':
      return problem('AMOUNT_RANGE', { currency: unit.trim(), min, max });
    case 'count':
      return problem('COUNT_RANGE', { unit: unit.trim(), min, max });
  }
}
