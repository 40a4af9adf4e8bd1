/**
 * Example queries for researchers, opened as GraphiQL tabs at /graphiql. Each one runs against
 * the seeded Atlas; test/e2e/graphiql.e2e.test.ts runs them all and fails on any error or empty
 * result, so keep them in step with shared/schema.graphql.
 */
export interface ExampleTab {
  /** The operation name, which GraphiQL shows as the tab's title. */
  name: string;
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
}

/** Desmigratif (Indonesia's Productive Migrant Village programme): its global ID in the seed. */
export const DESMIGRATIF_ID = 'UmVpbnRlZ3JhdGlvblByb2dyYW06MQ';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const EXAMPLES: ExampleTab[] = [
  {
    name: 'PracticesByThemeAndCountry',
    query: `# The Reintegration Atlas GraphQL API, explained
# by example: each tab holds one. Run it with the
# ▶ button or Ctrl-Enter (⌘-Enter on a Mac); edit
# the Variables below. The book icon (top left)
# opens the docs of every type, field and
# vocabulary; Ctrl-Space completes names.
#
# Practices on entrepreneurship or access to
# finance in Indonesia and the Philippines, with
# their sources. Values in one filter field are
# alternatives (ID or PH); different fields must
# all match.
#
# Anonymous readers see published practices.
# Signed in? Paste your token in Headers, below:
#   { "Authorization": "Bearer <token from login>" }
query PracticesByThemeAndCountry(
  $themes: [Theme!]
  $countries: [String!]
) {
  practices(
    filter: {
      themes: $themes
      countryCodes: $countries
    }
    orderBy: COUNTRY
    first: 20
  ) {
    totalCount
    nodes {
      id
      title
      year
      themes
      evidenceLevel
      country {
        code
        name
      }
      program {
        name
        acronym
      }
      # Every practice cites at least one source.
      sources {
        title
        publisher
        publishedOn
        url
      }
    }
  }
}
`,
    variables: json({ themes: ['ENTREPRENEURSHIP', 'ACCESS_TO_FINANCE'], countries: ['ID', 'PH'] }),
  },
  {
    name: 'SearchWithFacets',
    query: `# Full-text search in titles, summaries and
# bodies: every word must match, English word
# forms included ("cooperative" also finds
# "cooperatives"). Best match first (orderBy:
# RELEVANCE is the default).
#
# The facets count the matching practices per
# value of every filterable field, like the
# dashboard's filters: add themes or countryCodes
# to the filter and watch the counts narrow.
query SearchWithFacets($text: String!) {
  practices(filter: { text: $text }, first: 5) {
    totalCount
    nodes {
      title
      summary
      country {
        name
      }
    }
    facets {
      countries {
        value
        label
        count
      }
      themes {
        value
        label
        count
      }
      evidenceLevels {
        value
        label
        count
      }
      years {
        value
        count
      }
    }
  }
}
`,
    variables: json({ text: 'financial literacy' }),
  },
  {
    name: 'PracticeStats',
    query: `# Counts for charts and tables: how many practices
# fall under each theme, and under each year they
# began, for any practices filter (here Indonesia,
# the Philippines and Viet Nam). A practice with
# several themes counts once under each. groupBy
# also takes COUNTRY, DIMENSION, LEVEL, STAKEHOLDER,
# TARGET_GROUP and EVIDENCE_LEVEL; aliases (byTheme:)
# ask for several groupings at once.
query PracticeStats($filter: PracticeFilter) {
  byTheme: practiceStats(groupBy: THEME, filter: $filter) {
    key
    label
    count
  }
  byYear: practiceStats(groupBy: YEAR, filter: $filter) {
    key
    count
  }
}
`,
    variables: json({ filter: { countryCodes: ['ID', 'PH', 'VN'] } }),
  },
  {
    name: 'CompareCountries',
    query: `# Member states side by side: their figures on
# shared indicators (programme outcomes and
# national statistics, each with its source), and
# how many practices address each dimension ×
# theme. Without indicatorCodes, every indicator
# with a figure for any of the countries.
query CompareCountries($codes: [String!]!) {
  compareCountries(codes: $codes) {
    countries {
      code
      name
      migrationProfile
      practiceCount
      programCount
    }
    indicators {
      indicator {
        code
        name
        unit
      }
      values {
        country {
          code
        }
        year
        value
        sex
        kind
        program {
          name
        }
        source {
          title
          url
        }
      }
    }
    coverage {
      country {
        code
      }
      dimension
      theme
      practiceCount
    }
  }
}
`,
    variables: json({ codes: ['ID', 'PH', 'VN'] }),
  },
  {
    name: 'ProgramOutcomesOverTime',
    query: `# A programme's results over the years: here the
# villages that joined Indonesia's Productive
# Migrant Village programme (Desmigratif) each
# year, with their sources. Programme IDs come
# from programs { nodes { id name } }, indicator
# codes from indicators { code name unit }.
query ProgramOutcomesOverTime(
  $programId: ID!
  $indicatorCodes: [String!]
) {
  program(id: $programId) {
    name
    acronym
    startYear
    country {
      name
    }
  }
  outcomes(
    filter: {
      programId: $programId
      indicatorCodes: $indicatorCodes
    }
    first: 100
  ) {
    totalCount
    nodes {
      year
      value
      sex
      note
      indicator {
        code
        name
        unit
      }
      source {
        title
        publisher
        url
      }
    }
  }
}
`,
    variables: json({ programId: DESMIGRATIF_ID, indicatorCodes: ['DESMIGRATIF_VILLAGES_NEW'] }),
  },
  {
    name: 'IndicatorSeries',
    query: `# One indicator over time, ready to plot: a series
# per programme that reports it, each point an
# outcome with its source. Here the returnees given
# livelihood assistance by the Philippines' National
# Reintegration Center for OFWs. Leave out
# countryCodes for every member state.
query IndicatorSeries(
  $indicatorCode: String!
  $countryCodes: [String!]
) {
  outcomeSeries(
    indicatorCode: $indicatorCode
    countryCodes: $countryCodes
  ) {
    program {
      name
      acronym
    }
    country {
      code
      name
    }
    indicator {
      name
      unit
      higherIsBetter
    }
    points {
      year
      value
      sex
      note
      source {
        title
        publisher
        url
      }
    }
  }
}
`,
    variables: json({ indicatorCode: 'NRCO_LIVELIHOOD_BENEFICIARIES', countryCodes: ['PH'] }),
  },
  {
    name: 'NodeLookup',
    query: `# Every record has an opaque global ID, stable
# across releases: keep it in your data and fetch
# the record again with node(id). Inline fragments
# pick the fields of each type; __typename tells
# which one came back. This ID is Desmigratif's.
query NodeLookup($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on ReintegrationProgram {
      name
      localName
      leadAgency
      components {
        name
      }
      sources {
        title
        url
      }
    }
    ... on Practice {
      title
      summary
    }
    ... on Country {
      name
      summary
    }
  }
}
`,
    variables: json({ id: DESMIGRATIF_ID }),
  },
  {
    name: 'PracticesPage',
    query: `# Paging through a list, Relay style: ask for the
# first N items and pageInfo, then run again with
# "after" (in Variables) set to the endCursor you
# got, until hasNextPage is false. first is 20 by
# default, 100 at most; totalCount counts the
# items of all pages. Cursors hold the place in the
# order, not a position: pages stay exact while
# others edit. Backwards: last N with "before" set
# to a startCursor, until hasPreviousPage is false.
query PracticesPage($after: String) {
  practices(first: 10, after: $after, orderBy: TITLE) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        country {
          code
        }
      }
    }
  }
}
`,
    variables: json({ after: null }),
  },
  {
    name: 'Programmes',
    query: `# Named programmes and measures, filtered like
# practices: here those run in several member states
# or region-wide, with their kind (reintegration,
# return, destination-side…) and the partner states
# besides the state each is filed under.
query Programmes($filter: ProgramFilter) {
  programs(first: 20, filter: $filter, orderBy: COUNTRY) {
    totalCount
    nodes {
      key
      name
      localName
      kind
      reach
      country {
        code
      }
      partnerCountries {
        code
      }
      startYear
      status
      sources {
        title
        url
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
    variables: json({ filter: { reaches: ['MULTI_COUNTRY', 'REGIONAL'] } }),
  },
  {
    name: 'Events',
    query: `# The workshops and forums where member states
# presented practices, with their sources. Pass an
# event's id as practices(filter: { eventId }) for
# the practices it heard.
query Events {
  events {
    id
    key
    name
    startDate
    city
    summary
    sources {
      title
      url
    }
  }
}
`,
  },
  {
    name: 'Indicators',
    query: `# Every indicator the figures are measured on: its
# code (for outcomeSeries and compareCountries), unit
# and whether more is better.
query Indicators {
  indicators {
    code
    name
    unit
    dimension
    higherIsBetter
    description
  }
}
`,
  },
  {
    name: 'Statistics',
    query: `# A member state's headline statistics, each with
# its source: the year a figure describes (yearStated
# false: only the year its source was published) and
# its breakdown (destination, phase). Where sources
# disagree, both figures are there, each with a note.
query Statistics($code: String!) {
  country(code: $code) {
    name
    statistics {
      indicator {
        code
        name
        unit
      }
      year
      yearStated
      destination
      value
      sex
      note
      source {
        title
        publisher
        url
      }
    }
  }
}
`,
    variables: json({ code: 'TL' }),
  },
  {
    name: 'Sources',
    query: `# The sources the Atlas cites, by title, found by
# part of a title, publisher or address and paged
# like every list: every figure and practice cites
# one or more of them. weak: a blog or a mirror.
query Sources($search: String) {
  sourcesConnection(first: 10, filter: { search: $search }) {
    totalCount
    nodes {
      key
      title
      publisher
      publishedOn
      language
      url
      weak
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
    variables: json({ search: 'ILO' }),
  },
  {
    name: 'About',
    query: `# What the Atlas is, how to cite it and under which
# licence, and the downloads it offers over plain
# HTTP. Pass citation(url: "…") the address you used.
# Cite every figure to its own source as well.
query About {
  about {
    name
    description
    citation
    citeSourcesNote
    licence
    licenceUrl
    licenceNote
    downloads
    dataFormat
    dataFormatVersion
  }
}
`,
  },
];
