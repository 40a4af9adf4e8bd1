import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../assembly/schema';
import { useTestAtlas } from '../../test-support/test-atlas';
import { CITING_AND_LICENCE, LICENCE_URL } from './about';

const atlas = useTestAtlas({ seed: false });

interface About {
  name: string;
  description: string;
  citation: string;
  mine: string;
  citeSourcesNote: string;
  licence: string;
  licenceUrl: string;
  licenceNote: string;
  dataFormat: string;
  dataFormatVersion: number;
  schemaVersion: string;
  downloads: string[];
}

it('says how to cite the Atlas, that figures are cited to their sources, and the licence', async () => {
  const { data, errors } = await atlas.graphql<{ about: About }>(`{
    about { name description citation mine: citation(url: "https://atlas.example.org/") citeSourcesNote
            licence licenceUrl licenceNote dataFormat dataFormatVersion schemaVersion downloads }
  }`);
  expect(errors).toBeUndefined();
  const today = new Date().toISOString().slice(0, 10);
  expect(data!.about).toMatchObject({
    name: 'Reintegration Atlas (ASEAN)',
    citation: `Reintegration Atlas (ASEAN). <URL of the Atlas>. Accessed ${today}.`,
    mine: `Reintegration Atlas (ASEAN). https://atlas.example.org/. Accessed ${today}.`,
    licence: expect.stringContaining('CC BY 4.0'),
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    dataFormat: 'reintegration-atlas',
    dataFormatVersion: 1,
    schemaVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/) as string,
    downloads: [
      '/export/practices.csv',
      '/export/programs.csv',
      '/export/outcomes.csv',
      '/export/statistics.csv',
      '/export/sources.csv',
      '/export/datapackage.json',
      '/export/atlas.json',
    ],
  });
  expect(data!.about.description).toMatch(/compilation of public sources/);
  expect(data!.about.citeSourcesNote).toMatch(/Cite every figure to its own source/);
  expect(data!.about.licenceNote).toMatch(/underlying sources keep their own terms/);
});

it('puts the same text in the schema description and the README', async () => {
  expect((await atlasSchema()).getQueryType()!.description).toContain(CITING_AND_LICENCE);
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  expect(readme).toContain('## Citing the Atlas and licence');
  expect(readme).toContain(LICENCE_URL);
});

describe('where phones on the network open the Atlas', () => {
  const onLan = useTestAtlas({ seed: false, config: { host: '192.168.1.20' } });
  const inProduction = useTestAtlas({ seed: false, production: true });
  const networkOrigins = async (of: typeof onLan) => {
    const { data, errors } = await of.graphql<{ about: { networkOrigins: string[] } }>('{ about { networkOrigins } }');
    expect(errors).toBeUndefined();
    return data!.about.networkOrigins;
  };

  it('is the address it listens on, with the port the API answered on', async () => {
    expect(await networkOrigins(onLan)).toEqual([`http://192.168.1.20:${new URL(onLan.url).port}`]);
  });

  it('is none in production', async () => {
    expect(await networkOrigins(inProduction)).toEqual([]);
  });
});
