import { describe, expect, it } from 'vitest';
import { unitKind, valueProblem } from './units';

describe('unitKind', () => {
  it('reads the kind of value from the units of the seed indicators', () => {
    expect(unitKind('percent of GDP')).toBe('percent');
    expect(unitKind('percent of returnees surveyed')).toBe('percent');
    expect(unitKind('percent of target')).toBe('percentOfTarget');
    expect(unitKind('USD')).toBe('money');
    expect(unitKind('IDR')).toBe('money');
    expect(unitKind('persons')).toBe('count');
    expect(unitKind('tools and guidelines')).toBe('count');
  });
});

describe('valueProblem', () => {
  it('keeps a percentage within 0–100', () => {
    expect(valueProblem(98.69, 'percent of returnees surveyed')).toBeUndefined();
    expect(valueProblem(0, 'percent of GDP')).toBeUndefined();
    expect(valueProblem(100, 'percent of GDP')).toBeUndefined();
    expect(valueProblem(100.5, 'percent of GDP')?.message).toBe('must be a percentage from 0 to 100');
    expect(valueProblem(-1, 'percent of GDP')?.message).toBe('must be a percentage from 0 to 100');
  });

  it('lets a target be exceeded, within reason', () => {
    expect(valueProblem(112, 'percent of target')).toBeUndefined();
    expect(valueProblem(1500, 'percent of target')?.message).toBe('must be a percentage of the target from 0 to 1,000');
  });

  it('takes a count as a whole number, 0 or more', () => {
    expect(valueProblem(2_800_000, 'persons')).toBeUndefined();
    expect(valueProblem(-3, 'persons')?.message).toBe('must be a whole number of persons from 0 to 10,000,000,000');
    expect(valueProblem(12.5, 'villages')?.message).toBe('must be a whole number of villages from 0 to 10,000,000,000');
    expect(valueProblem(1e11, 'persons')).toBeDefined();
  });

  it('takes money as 0 or more, cents allowed', () => {
    expect(valueProblem(9_698_579.15, 'USD')).toBeUndefined();
    expect(valueProblem(2.3e12, 'IDR')).toBeUndefined();
    expect(valueProblem(-0.01, 'USD')?.message).toBe('must be an amount in USD from 0 to 100,000,000,000,000,000');
  });

  it('refuses what is not a number', () => {
    expect(valueProblem(Number.NaN, 'persons')?.message).toBe('must be a number');
    expect(valueProblem(Number.POSITIVE_INFINITY, 'USD')?.message).toBe('must be a number');
  });

  it('names each problem by its code, with the range and the unit as values', () => {
    expect(valueProblem(Number.NaN, 'persons')).toMatchObject({ code: 'NOT_A_NUMBER', values: {} });
    expect(valueProblem(-1, 'percent of GDP')).toMatchObject({ code: 'PERCENT_RANGE', values: { min: 0, max: 100 } });
    expect(valueProblem(1500, 'percent of target')).toMatchObject({
      code: 'PERCENT_OF_TARGET_RANGE',
      values: { min: 0, max: 1000 },
    });
    expect(valueProblem(-0.01, ' USD ')).toMatchObject({
      code: 'AMOUNT_RANGE',
      values: { currency: 'USD', min: 0, max: 1e17 },
    });
    expect(valueProblem(12.5, 'villages')).toMatchObject({
      code: 'COUNT_RANGE',
      values: { unit: 'villages', min: 0, max: 1e10 },
    });
  });
});
