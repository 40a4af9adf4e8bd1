/**
 * Every problem the shared rules can report, by a stable code with its values (`TOO_LONG`, `{ max: 200 }`),
 * and its English words, written here once. The API sends the words as `message` and the code and
 * values beside them (BAD_USER_INPUT's `extensions.fields`); the dashboard says the problem in the
 * page's language by its code (`problems.<code>` in its catalogs) and shows the words when it has no
 * message for a code.
 */

/** What a problem's message is made of (`{ max: 200 }`, `{ min: 1900, max: 2031 }`). */
export type ProblemValues = Record<string, string | number>;

const words = (text: string) => () => text;

/** A number as English writes it, grouped by thousands (`10,000,000,000`). */
const grouped = (value: string | number | undefined) => Number(value).toLocaleString('en');

/** The English message of each code, from its values. */
const ENGLISH = {
  REQUIRED: words('required'),
  HIDDEN_CHARACTERS: words('contains hidden control characters: type it again, or paste it as plain text'),
  TOO_LONG: ({ max }) => `at most ${max} characters`,
  TOO_MANY: ({ max, items }) => `at most ${max} ${LIST_ITEMS[items as ListItems]}`,
  TOO_MANY_FIGURES: ({ max }) => `at most ${max} figures at once`,
  CHOOSE_AT_LEAST_ONE: words('choose at least one'),
  CHOOSE_COUNTRY: words('choose a country'),
  CHOOSE_INDICATOR: words('choose an indicator'),
  CHOOSE_SOURCE: words('choose a source'),
  CHOOSE_MIGRATION_PROFILE: words('choose a migration profile'),
  CHOOSE_STATUS: words('choose a status'),
  CHOOSE_EVIDENCE_LEVEL: words('choose how strong the evidence is'),
  CHOOSE_KIND: words('choose reintegration, return or destination-side measure'),
  CHOOSE_REACH: words('choose national, several member states or regional'),
  LEAD_COUNTRY_AS_PARTNER: words('the lead member state is already named: list only the others'),
  PARTNER_COUNTRIES_REQUIRED: words('name the other member states it runs in'),
  NATIONAL_WITHOUT_PARTNER_COUNTRIES: words(
    'a national programme runs in one member state: choose several member states or regional, or remove these',
  ),
  COUNTRY_CODE: words('must be a country code of two capital letters, such as ID or PH'),
  COUNTRY_CODE_ISO3: words('must be a country code of three capital letters, such as IDN or PHL'),
  LANGUAGE_CODE: words('must be a two-letter language code, such as en or id'),
  CONTENT_LANGUAGE: ({ languages }) => `must be one of the Atlas's content languages: ${languages}`,
  KEY_FORMAT: words('must be lowercase letters, digits and hyphens, such as desa-migran-produktif'),
  INDICATOR_CODE_FORMAT: words('must be capital letters, digits and underscores, such as RETURNEES_TRAINED'),
  YEAR_RANGE: ({ min, max }) => `must be a year from ${min} to ${max}`,
  DATE_FORMAT: words('must be a date written 2019, 2019-08 or 2019-08-27'),
  NOT_A_DAY: ({ date }) => `${date} is not a day on the calendar`,
  DATE_RANGE: ({ min, max }) => `must be a date from ${min} to ${max}`,
  END_BEFORE_START_YEAR: words('must not be before the start year'),
  END_BEFORE_START_DATE: words('must not be before the start date'),
  NOT_A_URL: words('must be a web address starting with http:// or https://'),
  NOT_A_NUMBER: words('must be a number'),
  NOT_AN_EMAIL: words('must be an email address, such as name@example.org'),
  NO_EMAIL: words('enter the email address of your account'),
  NO_PASSWORD: words('enter your password'),
  NO_CITATION: words('cite at least one source'),
  NO_SOURCE: words('choose a source, or give a new one’s title and address'),
  SOURCE_ID_AND_NEW_SOURCE: words('give either sourceId or a new source, not both'),
  NEW_SOURCE_FIELD_REQUIRED: words('required for a new source (or give sourceId)'),
  NO_FIGURES: words('record at least one figure'),
  NO_REJECTION_REASON: words('give a reason for the contributor'),
  PERCENT_RANGE: ({ min, max }) => `must be a percentage from ${grouped(min)} to ${grouped(max)}`,
  PERCENT_OF_TARGET_RANGE: ({ min, max }) =>
    `must be a percentage of the target from ${grouped(min)} to ${grouped(max)}`,
  AMOUNT_RANGE: ({ currency, min, max }) => `must be an amount in ${currency} from ${grouped(min)} to ${grouped(max)}`,
  COUNT_RANGE: ({ unit, min, max }) => `must be a whole number of ${unit} from ${grouped(min)} to ${grouped(max)}`,
  SOURCE_ALREADY_CITED: ({ id, title }) => `is already cited as source ${id} (“${title}”): use that one`,
  SOURCE_NOT_VISIBLE: words(
    'is already in the Atlas, as a source you may not see yet: cite it by its address in a practice',
  ),
  FILTER_COUNTRY_CODE: ({ code }) => `"${code}" is not an ISO 3166-1 alpha-2 code`,
  FILTER_YEAR_RANGE: ({ min, max, year }) => `must be a year between ${min} and ${max}, got ${year}`,
  YEAR_TO_BEFORE_YEAR_FROM: ({ yearFrom }) => `must not be before yearFrom (${yearFrom})`,
  ALTERNATIVES_COUNT: ({ max }) => `give between 1 and ${max} alternatives, or leave anyOf out`,
  NESTED_ALTERNATIVES: words('alternatives cannot hold alternatives of their own'),
  WHOLE_FILTER_FIELD: ({ field }) => `applies to the whole filter: give ${field} beside anyOf, not in it`,
} satisfies Record<string, (values: ProblemValues) => string>;

/** The things a list counts, in the words of `at most 50 partners`. */
const LIST_ITEMS = {
  partners: 'partners',
  sources: 'sources',
  legalInstruments: 'legal instruments',
  officialNames: 'official names',
  components: 'components',
  areas: 'areas',
  choices: 'choices',
  values: 'values',
  memberStates: 'member states',
} as const;
export type ListItems = keyof typeof LIST_ITEMS;

export type ProblemCode = keyof typeof ENGLISH;

/** One problem a rule found: its code, its values and its English message. */
export interface Problem {
  code: ProblemCode;
  values: ProblemValues;
  message: string;
}

export function problem(code: ProblemCode, values: ProblemValues = {}): Problem {
  return { code, values, message: ENGLISH[code](values) };
}

/** The English message of a problem (for the seed's and the import's reports, which have no catalog). */
export function englishOf(code: ProblemCode, values: ProblemValues = {}): string {
  return problem(code, values).message;
}

/** A zod issue as an error map sees it; `problem` is where problemError leaves the code and values. */
export interface ReportedIssue {
  input?: unknown;
  problem?: Pick<Problem, 'code' | 'values'>;
}

/**
 * zod's `error` parameter for a check or a schema: the problem's English message, its code and
 * values left on the issue (`issue.problem`, read by checkInput). zod copies every key of an issue
 * once its message is made, and has no other way to carry a check's own data on a built-in check
 * (`z.maxLength`); `values` may be a function of the issue (the date it refused, this year's range).
 */
export function problemError(
  code: ProblemCode,
  values: ProblemValues | ((issue: ReportedIssue) => ProblemValues) = {},
) {
  return {
    error: (issue: ReportedIssue) => {
      const found = problem(code, typeof values === 'function' ? values(issue) : values);
      issue.problem = { code: found.code, values: found.values };
      return found.message;
    },
  };
}

/** A custom issue (zod's `context.addIssue`) reporting a problem, with its code and values as problemError leaves them. */
export function problemIssue(code: ProblemCode, values: ProblemValues = {}) {
  const found = problem(code, values);
  return { code: 'custom' as const, message: found.message, problem: { code: found.code, values: found.values } };
}

/** The code and values problemError left on an issue, if any. */
export function problemOfIssue(issue: object): Pick<Problem, 'code' | 'values'> | undefined {
  return (issue as ReportedIssue).problem;
}
