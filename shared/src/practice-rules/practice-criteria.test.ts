import { describe, expect, it } from 'vitest';
import type { Problem } from '../rules/problems';
import { EvidenceLevel, PracticeStatus, Theme } from '../vocabulary';
import { maskOf, valuesOf } from './enum-set';
import { practiceCriteriaOf, type CriteriaContext, type PracticeFilterValues } from './practice-criteria';
import { searchTerms } from './search-terms';

const ANYONE = { all: false, ownerId: null };

/** The criteria of `filter`, every problem reported as `path: code`, ids decoded from `Type:id`. */
function criteriaOf(filter: PracticeFilterValues) {
  const problems: string[] = [];
  const context: CriteriaContext = {
    visibility: ANYONE,
    report: (path: string, problem: Problem) => problems.push(`${path}: ${problem.code}`),
    decodeId: (value, typeName, path) => {
      const [type, id] = value.split(':');
      if (type === typeName) return Number(id);
      problems.push(`${path}: NOT_A_GLOBAL_ID`);
      return undefined;
    },
  };
  return { criteria: practiceCriteriaOf(filter, context), problems };
}

describe('practiceCriteriaOf', () => {
  it('lists published practices when the filter names no status', () => {
    expect(criteriaOf({})).toEqual({
      criteria: {
        statuses: [PracticeStatus.PUBLISHED],
        visibility: ANYONE,
        countryCodes: undefined,
        masks: {},
        choices: {},
        programId: undefined,
        eventId: undefined,
        yearFrom: undefined,
        yearTo: undefined,
        terms: [],
      },
      problems: [],
    });
    expect(criteriaOf({ statuses: [] }).criteria.statuses).toEqual([PracticeStatus.PUBLISHED]);
  });

  it('turns sets into bit masks, choices into values, codes into capitals, IDs into ids', () => {
    const { criteria, problems } = criteriaOf({
      countryCodes: [' id', 'Ph'],
      themes: [Theme.ENTREPRENEURSHIP, Theme.SKILLS_TRAINING],
      evidenceLevels: [EvidenceLevel.EVALUATED],
      levels: [],
      programId: 'ReintegrationProgram:7',
      eventId: 'Event:3',
      statuses: [PracticeStatus.DRAFT],
      yearFrom: 2015,
      yearTo: 2020,
      text: 'Entrepreneur, Ｋredit!',
    });
    expect(problems).toEqual([]);
    expect(criteria).toMatchObject({
      statuses: [PracticeStatus.DRAFT],
      countryCodes: ['ID', 'PH'],
      masks: { themes: 0b1001 },
      choices: { evidenceLevels: ['EVALUATED'] },
      programId: 7,
      eventId: 3,
      yearFrom: 2015,
      yearTo: 2020,
      terms: ['entrepreneur', 'kredit'],
    });
    expect(criteria.masks).not.toHaveProperty('levels');
  });

  it('reads a minimum evidence level as the levels from it up the scale, within any levels named', () => {
    expect(criteriaOf({ minEvidenceLevel: EvidenceLevel.EVALUATED }).criteria.choices).toEqual({
      evidenceLevels: ['EVALUATED', 'RIGOROUS'],
    });
    expect(criteriaOf({ minEvidenceLevel: EvidenceLevel.DOCUMENTED }).criteria.choices.evidenceLevels).toHaveLength(4);
    const both = criteriaOf({
      minEvidenceLevel: EvidenceLevel.MONITORED,
      evidenceLevels: [EvidenceLevel.DOCUMENTED, EvidenceLevel.RIGOROUS],
    });
    expect(both.criteria.choices.evidenceLevels).toEqual(['RIGOROUS']);
    const none = criteriaOf({ minEvidenceLevel: EvidenceLevel.RIGOROUS, evidenceLevels: [EvidenceLevel.EVALUATED] });
    expect(none.criteria.choices.evidenceLevels).toEqual([]);
  });

  it('reads alternatives as criteria of their own, reporting problems at their paths', () => {
    const { criteria, problems } = criteriaOf({
      yearFrom: 2015,
      anyOf: [
        { themes: [Theme.ENTREPRENEURSHIP] },
        { countryCodes: ['ph'], evidenceLevels: [EvidenceLevel.EVALUATED] },
      ],
    });
    expect(problems).toEqual([]);
    expect(criteria.yearFrom).toBe(2015);
    expect(criteria.anyOf).toMatchObject([
      { masks: { themes: 0b1 } },
      { countryCodes: ['PH'], choices: { evidenceLevels: ['EVALUATED'] } },
    ]);
    const bad = criteriaOf({
      anyOf: [{ text: 'village', yearFrom: 1066 }, { anyOf: [{ themes: [] }] }, { statuses: [PracticeStatus.DRAFT] }],
    });
    expect(bad.problems).toEqual([
      'filter.anyOf[0].text: WHOLE_FILTER_FIELD',
      'filter.anyOf[0].yearFrom: FILTER_YEAR_RANGE',
      'filter.anyOf[1].anyOf: NESTED_ALTERNATIVES',
      'filter.anyOf[2].statuses: WHOLE_FILTER_FIELD',
    ]);
    expect(criteriaOf({ anyOf: [] }).problems).toEqual(['filter.anyOf: ALTERNATIVES_COUNT']);
  });

  it('reports every problem at its path, in the order of the fields', () => {
    const { criteria, problems } = criteriaOf({
      countryCodes: ['IDN', 'ph'],
      themes: Array<Theme>(51).fill(Theme.ENTREPRENEURSHIP),
      yearFrom: 2030,
      yearTo: 1800,
      text: 'a'.repeat(201),
      statuses: Array<PracticeStatus>(51).fill(PracticeStatus.DRAFT),
      programId: 'Event:3',
      eventId: 'nonsense',
    });
    expect(problems).toEqual([
      'filter.countryCodes[0]: FILTER_COUNTRY_CODE',
      'filter.themes: TOO_MANY',
      'filter.yearTo: FILTER_YEAR_RANGE',
      'filter.yearTo: YEAR_TO_BEFORE_YEAR_FROM',
      'filter.text: TOO_LONG',
      'filter.statuses: TOO_MANY',
      'filter.programId: NOT_A_GLOBAL_ID',
      'filter.eventId: NOT_A_GLOBAL_ID',
    ]);
    expect(criteria.programId).toBeUndefined();
  });
});

describe('the masks and the search terms', () => {
  it('stores a set as bits in the vocabulary’s order, and reads it back', () => {
    const values = ['A', 'B', 'C'] as const;
    expect(maskOf(values, ['C', 'A'])).toBe(0b101);
    expect(valuesOf(values, 0b101)).toEqual(['A', 'C']);
    expect(() => maskOf<string>(values, ['D'])).toThrow('Unknown value D');
  });

  it('keeps letters and digits of at most twelve words, in lower case', () => {
    expect(searchTerms('  Desa "Migran" OR produktif* 2019')).toEqual(['desa', 'migran', 'or', 'produktif', '2019']);
    expect(searchTerms(null)).toEqual([]);
    expect(searchTerms('a b c d e f g h i j k l m n')).toHaveLength(12);
  });
});
