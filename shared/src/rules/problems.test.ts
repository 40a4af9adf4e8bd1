import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { countryInputSchema } from './country-input';
import { choices, inOrder, partialDate, text, webAddress, year } from './field-rules';
import { lastYear } from './formats';
import { checkInput } from './input-problems';
import { practiceInputSchema } from './practice-input';
import { problem } from './problems';
import { programInputSchema } from './program-input';

/** The code and values of each problem, by path. */
const codes = (schema: z.core.$ZodType, value: unknown) =>
  Object.fromEntries(checkInput(schema, value).problems.map(({ path, code, values }) => [path, { code, values }]));

describe('problem codes', () => {
  it('gives each problem a code and the values of its message', () => {
    const form = z.object({ title: text(200), year, date: partialDate, url: webAddress });
    expect(codes(form, { title: 'x'.repeat(201), year: 1850, date: '2019-02-30', url: 'ftp://x' })).toEqual({
      'input.title': { code: 'TOO_LONG', values: { max: 200 } },
      'input.year': { code: 'YEAR_RANGE', values: { min: 1900, max: lastYear() } },
      'input.date': { code: 'NOT_A_DAY', values: { date: '2019-02-30' } },
      'input.url': { code: 'NOT_A_URL', values: {} },
    });
    expect(codes(form, { title: ' ', year: 2019, date: '27/08/2019', url: '' })).toEqual({
      'input.title': { code: 'REQUIRED', values: {} },
      'input.date': { code: 'DATE_FORMAT', values: {} },
      'input.url': { code: 'REQUIRED', values: {} },
    });
  });

  it('keeps the English message the code and values make', () => {
    const [found] = checkInput(year, 1850).problems;
    expect(found).toEqual({
      path: 'input',
      message: `must be a year from 1900 to ${lastYear()}`,
      code: 'YEAR_RANGE',
      values: { min: 1900, max: lastYear() },
    });
    expect(problem('TOO_MANY', { max: 200, items: 'legalInstruments' }).message).toBe('at most 200 legal instruments');
    expect(checkInput(choices({ A: 'A' }), ['A', 'A']).problems[0]).toMatchObject({
      code: 'TOO_MANY',
      values: { max: 1, items: 'choices' },
      message: 'at most 1 choices',
    });
  });

  it('names what to choose, cross-field problems and the rules of the mutations’ inputs', () => {
    expect(
      codes(practiceInputSchema, {
        countryCode: '',
        evidenceLevel: '',
        sources: [{ sourceId: 'x', url: 'https://a.org' }],
      }),
    ).toMatchObject({
      'input.countryCode': { code: 'CHOOSE_COUNTRY' },
      'input.evidenceLevel': { code: 'CHOOSE_EVIDENCE_LEVEL' },
      'input.sources[0].url': { code: 'SOURCE_ID_AND_NEW_SOURCE' },
    });
    expect(codes(programInputSchema, { startYear: 2020, endYear: 2019, status: '' })).toMatchObject({
      'input.endYear': { code: 'END_BEFORE_START_YEAR', values: {} },
      'input.status': { code: 'CHOOSE_STATUS' },
      'input.sourceIds': { code: 'INVALID' },
    });
    expect(codes(countryInputSchema, { code: 'Indonesia', migrationProfile: 'X' })).toMatchObject({
      'input.code': { code: 'COUNTRY_CODE' },
      'input.migrationProfile': { code: 'CHOOSE_MIGRATION_PROFILE' },
    });
    expect(codes(inOrderDates, { startDate: '2019-08-27', endDate: '2019-08-26' })).toEqual({
      'input.endDate': { code: 'END_BEFORE_START_DATE', values: {} },
    });
  });
});

const inOrderDates = z
  .object({ startDate: partialDate, endDate: partialDate })
  .check(inOrder('startDate', 'endDate', 'END_BEFORE_START_DATE'));
