import { describe, expect, it } from 'vitest';
import { checkInput } from './input-problems';
import { outcomeBatchSchema } from './outcome-input';
import { practiceInputSchema } from './practice-input';
import { programInputSchema } from './program-input';
import { countryInputSchema } from './country-input';
import { signInSchema } from './sign-in-input';
import { lastYear } from './formats';

/** Problems by path, as the API's BAD_USER_INPUT and the forms name them. */
const problems = (...args: Parameters<typeof checkInput>) =>
  Object.fromEntries(checkInput(...args).problems.map(({ path, message }) => [path, message]));

const YEARS = `must be a year from 1900 to ${lastYear()}`;

/** A practice as the dashboard's form sends it when nothing was typed. */
const blankPractice = {
  title: '',
  summary: '',
  body: '',
  countryCode: '',
  year: null,
  programId: null,
  eventId: null,
  themes: [],
  dimensions: [],
  levels: [],
  stakeholders: [],
  targetGroups: [],
  evidenceLevel: '',
  partners: [],
  sources: [{ title: '', url: '', publisher: null, publishedOn: null }],
};

describe('the inputs of the mutations, checked in one round', () => {
  it('names every problem of an empty practice at once, in words', () => {
    expect(problems(practiceInputSchema, blankPractice)).toEqual({
      'input.title': 'required',
      'input.summary': 'required',
      'input.body': 'required',
      'input.countryCode': 'choose a country',
      'input.year': YEARS,
      'input.themes': 'choose at least one',
      'input.dimensions': 'choose at least one',
      'input.evidenceLevel': 'choose how strong the evidence is',
      'input.sources[0].title': 'required',
      'input.sources[0].url': 'required',
    });
  });

  it('passes a complete practice, trimmed', () => {
    const { data, problems: none } = checkInput(practiceInputSchema, {
      ...blankPractice,
      title: ' Savings groups ',
      summary: 'Returnees save together.',
      body: 'Monthly meetings.',
      countryCode: 'ID',
      year: 2019,
      themes: ['FINANCIAL_LITERACY', 'FINANCIAL_LITERACY'],
      dimensions: ['ECONOMIC'],
      evidenceLevel: 'DOCUMENTED',
      sources: [{ title: 'A report', url: 'https://example.org/report', publisher: null, publishedOn: '2019-08' }],
    });
    expect(none).toEqual([]);
    expect(data).toMatchObject({ title: 'Savings groups', themes: ['FINANCIAL_LITERACY'], levels: [] });
  });

  it('reports a programme ending before it starts together with its other problems', () => {
    expect(
      problems(programInputSchema, {
        name: '',
        countryCode: '',
        leadAgency: 'Ministry',
        status: '',
        summary: 'What it does.',
        startYear: 2020,
        endYear: 2019,
        sourceIds: [],
      }),
    ).toEqual({
      'input.name': 'required',
      'input.countryCode': 'choose a country',
      'input.status': 'choose a status',
      'input.endYear': 'must not be before the start year',
      'input.sourceIds': 'cite at least one source',
    });
    expect(problems(programInputSchema, { startYear: 2099 })['input.startYear']).toBe(YEARS);
  });

  it('says what a country entry lacks, each law or policy at its place', () => {
    expect(
      problems(countryInputSchema, {
        code: 'TL',
        iso3: 'tls',
        name: 'Timor-Leste',
        memberSince: '',
        migrationProfile: 'ORIGIN',
        leadAgency: 'SEFOPE',
        summary: 'A country of origin.',
        legalInstruments: [{ title: 'Decree', year: 1850, sourceIds: [] }],
      }),
    ).toEqual({
      'input.iso3': 'must be a country code of three capital letters, such as IDN or PHL',
      'input.memberSince': 'required',
      'input.legalInstruments[0].year': YEARS,
      'input.legalInstruments[0].sourceIds': 'cite at least one source',
    });
  });

  it('asks for the indicator and source of a figure that has none', () => {
    expect(
      problems(
        outcomeBatchSchema,
        [{ programId: 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ', indicatorCode: '', year: 2099, value: 12, sourceId: '' }],
        'inputs',
      ),
    ).toEqual({
      'inputs[0].indicatorCode': 'choose an indicator',
      'inputs[0].year': YEARS,
      'inputs[0].sourceId': 'choose a source',
    });
  });

  it('checks a sign-in before it is sent, at the paths of the arguments', () => {
    expect(problems(signInSchema, { email: ' ', password: '' }, '')).toEqual({
      email: 'enter the email address of your account',
      password: 'enter your password',
    });
    expect(problems(signInSchema, { email: 'editor', password: 'x' }, '')).toEqual({
      email: 'must be an email address, such as name@example.org',
    });
    expect(problems(signInSchema, { email: 'Editor@Atlas.test ', password: 'x' }, '')).toEqual({});
  });
});
