// The workloads `pnpm bench` measures: each is one GraphQL request (method, document, variables,
// whether it needs the editor's token) and a check that its response holds real data.

const PRACTICE_FIELDS = `
  id
  title
  summary
  year
  themes
  evidenceLevel
  country { code name }
  program { id name acronym }
  sources { id title url publisher publishedOn }
`;

const PRACTICES_PAGE = `
  query PracticesPage($first: Int) {
    practices(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${PRACTICE_FIELDS} }
    }
  }
`;

const FACETS = [
  'countries',
  'themes',
  'dimensions',
  'levels',
  'stakeholders',
  'targetGroups',
  'evidenceLevels',
  'programs',
]
  .map((facet) => `${facet} { value label count }`)
  .join('\n');

const FILTERED_PAGE = `
  query FilteredPage($filter: PracticeFilter, $first: Int) {
    practices(filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${PRACTICE_FIELDS} }
      facets {
        ${FACETS}
        years { value count }
      }
    }
  }
`;

const SEARCH = `
  query Search($filter: PracticeFilter, $first: Int) {
    practices(filter: $filter, first: $first, orderBy: RELEVANCE) {
      totalCount
      nodes { ${PRACTICE_FIELDS} }
    }
  }
`;

// The dashboard's comparison page (dashboard/src/pages/compare/queries.ts).
const COMPARE = `
  query Compare($codes: [String!]!) {
    compareCountries(codes: $codes) {
      countries {
        id code name practiceCount
        programs { id name acronym status startYear endYear }
      }
      indicators {
        indicator { code name unit description }
        values {
          country { code name }
          kind
          program { id name acronym }
          year value sex note
          source { title url publisher publishedOn }
        }
      }
      coverage { country { code } dimension theme practiceCount }
    }
  }
`;

const NODE = `
  query Node($id: ID!) {
    node(id: $id) {
      id
      ... on Practice {
        ${PRACTICE_FIELDS}
        body
        dimensions levels stakeholders targetGroups partners
      }
    }
  }
`;

// Repeatable under load: every request cites a new address (`[<id>]` becomes a fresh ID per request).
const CREATE_SOURCE = `
  mutation CreateSource($input: SourceInput!) {
    createSource(input: $input) { id key title url }
  }
`;

export const FIRST_PRACTICE = `query FirstPractice { practices(first: 1) { nodes { id } } }`;
export const DATA_SIZE = `query DataSize { practices(first: 0) { totalCount } outcomes(first: 0) { totalCount } }`;
export const COUNTRY_CODES = `query CountryCodes { countries { code } }`;

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * The workloads, in the order they run (the mutation last: it adds sources).
 * `context`: { practiceId, countryCodes, search, theme }.
 */
export function workloads({ practiceId, countryCodes, search, theme }) {
  const page = { first: 20 };
  const filtered = { first: 20, filter: { themes: [theme] } };
  const checkPage = (data) => {
    expect(data.practices.nodes.length > 0, 'no practices on the page');
    expect(data.practices.totalCount > 0, 'totalCount is 0');
  };
  const checkFiltered = (data) => {
    checkPage(data);
    expect(
      data.practices.facets.countries.some((c) => c.count > 0),
      'empty country facet',
    );
  };
  return [
    { name: 'practices page', method: 'POST', query: PRACTICES_PAGE, variables: page, check: checkPage },
    { name: 'practices page', method: 'GET', query: PRACTICES_PAGE, variables: page, check: checkPage },
    {
      name: `filtered page + facets (${theme})`,
      key: 'filtered',
      method: 'POST',
      query: FILTERED_PAGE,
      variables: filtered,
      check: checkFiltered,
    },
    {
      name: `filtered page + facets (${theme})`,
      method: 'GET',
      query: FILTERED_PAGE,
      variables: filtered,
      check: checkFiltered,
    },
    {
      name: `full-text search "${search}"`,
      key: 'search',
      method: 'POST',
      query: SEARCH,
      variables: { first: 20, filter: { text: search } },
      check: (data) => expect(data.practices.nodes.length > 0, `the search for "${search}" finds nothing`),
    },
    {
      name: `compareCountries (${countryCodes.length} countries)`,
      method: 'POST',
      query: COMPARE,
      variables: { codes: countryCodes },
      check: (data) => {
        expect(data.compareCountries.countries.length === countryCodes.length, 'not every country compared');
        expect(data.compareCountries.indicators.length > 0, 'no indicators compared');
      },
    },
    {
      name: 'node (a practice)',
      method: 'POST',
      query: NODE,
      variables: { id: practiceId },
      check: (data) => expect(data.node?.id === practiceId, 'node returned nothing'),
    },
    {
      name: 'mutation createSource (editor)',
      method: 'POST',
      query: CREATE_SOURCE,
      variables: {
        input: { title: 'Bench source [<id>]', url: 'https://bench.example.org/[<id>]', publisher: 'pnpm bench' },
      },
      editor: true,
      check: (data) => expect(data.createSource?.id, 'no source created'),
    },
  ];
}

/** The HTTP request of a workload: path, method, headers and body (the query in the URL for GET). */
export function httpRequest(workload, token) {
  const headers = { accept: 'application/graphql-response+json, application/json' };
  if (workload.editor) headers.authorization = `Bearer ${token}`;
  const compact = workload.query.replace(/\s+/g, ' ').trim();
  if (workload.method === 'GET') {
    const params = new URLSearchParams({ query: compact, variables: JSON.stringify(workload.variables) });
    return { method: 'GET', path: `/graphql?${params}`, headers };
  }
  headers['content-type'] = 'application/json';
  return {
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify({ query: compact, variables: workload.variables }),
  };
}
