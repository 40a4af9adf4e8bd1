#!/usr/bin/env node
// Reintegration Atlas quickstart for researchers, with Node 20 and no package: pages through a
// filtered list of practices, fetches a time series of programme outcomes, and downloads the same
// practices as CSV. Run it against any Atlas:
//
//     ATLAS_URL=http://localhost:4000 node atlas-quickstart.mjs

const ATLAS = (process.env.ATLAS_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const FILTER = { countryCodes: ['ID', 'PH'], minEvidenceLevel: 'MONITORED' };

/** POSTs one operation; throws on any error, with the API's message and code. */
async function graphql(query, variables = {}) {
  const response = await fetch(`${ATLAS}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await response.json();
  if (errors?.length) throw new Error(`${errors[0].extensions?.code}: ${errors[0].message}`);
  return data;
}

const PRACTICES = `query Practices($filter: PracticeFilter, $after: String) {
  practices(filter: $filter, first: 5, after: $after, orderBy: TITLE) {
    totalCount
    nodes { title evidenceLevel country { code } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SERIES = `query Series($indicator: String!) {
  outcomeSeries(indicatorCode: $indicator) {
    country { code }
    program { name }
    points { year value source { url } }
  }
}`;

/** Every practice matching FILTER, a page at a time, following endCursor. */
async function allPractices() {
  const practices = [];
  for (let after = null; ;) {
    const { practices: page } = await graphql(PRACTICES, { filter: FILTER, after });
    practices.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { practices, total: page.totalCount };
    after = page.pageInfo.endCursor;
  }
}

/** The rows of a CSV as objects by header, quoted cells included (RFC 4180). */
function parseCsv(text) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows.at(-1).push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endCell();
    } else if (!quoted && c === '\n') {
      cell = cell.replace(/\r$/, '');
      endCell();
      rows.push([]);
    } else {
      cell += c;
    }
  }
  if (cell) endCell();
  const [header, ...body] = rows.filter((row) => row.length > 0);
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

const { practices, total } = await allPractices();
console.log(`practices: ${practices.length} of ${total} (ID and PH, monitored or better)`);
const { outcomeSeries } = await graphql(SERIES, { indicator: 'DESMIGRATIF_VILLAGES_NEW' });
for (const series of outcomeSeries) {
  const points = series.points.map((p) => `${p.year}: ${p.value}`).join(', ');
  console.log(`series: ${series.country.code} ${series.program.name}: ${points}`);
}
const query = new URLSearchParams({
  countryCodes: FILTER.countryCodes.join(','),
  minEvidenceLevel: FILTER.minEvidenceLevel,
});
const csv = await (await fetch(`${ATLAS}/export/practices.csv?${query}`)).text();
const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
console.log(`csv: ${rows.length} rows, first: ${rows[0]?.title ?? '-'}`);
