import { describe, expect, it } from 'vitest';
import { changedFields, checkDraft, draftOf, mergeOnLatest, type PracticeDraft } from './practice-draft';
import type { EditablePractice } from './queries';

const STORED: EditablePractice = {
  id: 'UHJhY3RpY2U6NQ',
  version: 2,
  status: 'DRAFT',
  title: 'Village savings groups for returnees',
  summary: 'Returnees pool savings.',
  body: 'They meet monthly.',
  year: 2019,
  country: { code: 'PH' },
  program: null,
  event: { id: 'RXZlbnQ6MQ' },
  themes: ['FINANCIAL_LITERACY', 'ACCESS_TO_FINANCE'],
  dimensions: ['ECONOMIC'],
  levels: [],
  stakeholders: ['COMMUNITY'],
  targetGroups: [],
  evidenceLevel: 'DOCUMENTED',
  kind: 'REINTEGRATION',
  partners: ['ILO'],
  sources: [
    {
      id: 'U291cmNlOjE',
      title: 'A report',
      url: 'https://example.org/a',
      publisher: null,
      publishedOn: null,
      language: null,
      weak: false,
      translations: [],
    },
  ],
};

const filled = (patch: Partial<PracticeDraft>): PracticeDraft => ({ ...draftOf(STORED), ...patch });

describe('checkDraft', () => {
  it('sends cited sources by ID, new ones by their fields, and "none" as null', () => {
    const draft = filled({
      partners: ['  ILO ', '', 'Bank'],
      eventId: '',
      sources: [
        ...draftOf(STORED).sources,
        { key: 'k', sourceId: '', title: 'New', url: ' https://example.org/b ', publisher: ' ', publishedOn: '2020' },
      ],
    });
    expect(checkDraft(draft).input).toMatchObject({
      countryCode: 'PH',
      programId: null,
      eventId: null,
      partners: ['ILO', 'Bank'],
      sources: [
        { sourceId: 'U291cmNlOjE' },
        { title: 'New', url: 'https://example.org/b', publisher: null, publishedOn: '2020' },
      ],
    });
  });

  it('keeps back a draft the API’s rules refuse, naming every problem at once', () => {
    expect(checkDraft(filled({ title: ' ', year: 1850, dimensions: [], evidenceLevel: '' }))).toEqual({
      input: null,
      problems: {
        fields: {
          'input.title': 'required',
          'input.year': `must be a year from 1900 to ${new Date().getUTCFullYear() + 5}`,
          'input.dimensions': 'choose at least one',
          'input.evidenceLevel': 'choose how strong the evidence is',
        },
        codes: {
          'input.title': { message: 'required', code: 'REQUIRED', values: {} },
          'input.year': {
            message: `must be a year from 1900 to ${new Date().getUTCFullYear() + 5}`,
            code: 'YEAR_RANGE',
            values: { min: 1900, max: new Date().getUTCFullYear() + 5 },
          },
          'input.dimensions': { message: 'choose at least one', code: 'CHOOSE_AT_LEAST_ONE', values: {} },
          'input.evidenceLevel': {
            message: 'choose how strong the evidence is',
            code: 'CHOOSE_EVIDENCE_LEVEL',
            values: {},
          },
        },
        conflict: null,
        message: null,
      },
    });
  });
});

describe('changedFields', () => {
  it('ignores the order of a set and blank partner lines', () => {
    const reordered = filled({ themes: ['ACCESS_TO_FINANCE', 'FINANCIAL_LITERACY'], partners: ['ILO', ' '] });
    expect(changedFields(draftOf(STORED), reordered)).toEqual([]);
    expect(changedFields(draftOf(STORED), filled({ year: 2020, sources: [] }))).toEqual(['year', 'sources']);
  });
});

describe('mergeOnLatest', () => {
  it('keeps what I changed and takes every other field from the latest version', () => {
    const base = draftOf(STORED);
    const mine = filled({ title: 'My better title' });
    const latest = { ...base, summary: 'Their summary', title: 'Their title' };
    expect(mergeOnLatest(base, mine, latest)).toEqual({ ...latest, title: 'My better title' });
  });
});
