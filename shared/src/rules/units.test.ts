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
    expect(valueProblem(100.5, 'percent of GDP')).toBe('must be a percentage from 0 to 100');
    expect(valueProblem(-1, 'percent of GDP')).toBe('must be a percentage from 0 to 100');
  });

  it('lets a target be exceeded, within reason', () => {
    expect(valueProblem(112, 'percent of target')).toBeUndefined();
    expect(valueProblem(1500, 'percent of target')).toBe('must be a percentage of the target from 0 to 1,000');
  });

  it('takes a count as a whole number, 0 or more', () => {
    expect(valueProblem(2_800_000, 'persons')).toBeUndefined();
    expect(valueProblem(-3, 'persons')).toBe('must be a whole number of persons from 0 to 10,000,000,000');
    expect(valueProblem(12.5, 'villages')).toBe('must be a whole number of villages from 0 to 10,000,000,000');
    expect(valueProblem(1e11, 'persons')).toBeDefined();
  });

  it('takes money as 0 or more, cents allowed', () => {
    expect(valueProblem(9_698_579.15, 'USD')).toBeUndefined();
    expect(valueProblem(2.3e12, 'IDR')).toBeUndefined();
    expect(valueProblem(-0.01, 'USD')).toBe('must be an amount in USD from 0 to 100,000,000,000,000,000');
  });

  it('refuses what is not a number', () => {
    expect(valueProblem(Number.NaN, 'persons')).toBe('must be a number');
    expect(valueProblem(Number.POSITIVE_INFINITY, 'USD')).toBe('must be a number');
  });
});
