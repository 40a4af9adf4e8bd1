import { describe, expect, it } from 'vitest';
import { disagreeingFigures, toSeries, type Figure } from './figures';

const indicator = { code: 'WORKERS_DEPLOYMENT_TARGET', name: 'Deployment target', unit: 'workers', translations: [] };
const source = (url: string) => ({
  id: url,
  title: url,
  url,
  publisher: null,
  publishedOn: null,
  language: null,
  translations: [],
});
const figure = (patch: Partial<Figure>): Figure => ({
  indicator,
  year: 2022,
  value: 1,
  sex: 'TOTAL',
  note: null,
  source: source('https://example.org/a'),
  ...patch,
});

describe('figures with a breakdown', () => {
  const australia = figure({ value: 2800, destination: 'AU' });
  const korea = figure({ value: 500, destination: 'KR', source: source('https://example.org/b') });

  it('are two figures, never a disagreement, when they differ by destination or phase', () => {
    expect(disagreeingFigures([australia, korea]).size).toBe(0);
    const phases = [
      figure({ value: 10, phase: 'TRIANGLE I' }),
      figure({ value: 20, phase: 'TRIANGLE II', source: source('https://example.org/c') }),
    ];
    expect(disagreeingFigures(phases).size).toBe(0);
    // Without a breakdown the same two values from two sources are a disagreement.
    expect(
      disagreeingFigures([figure({ value: 10 }), figure({ value: 20, source: source('https://x.org') })]).size,
    ).toBe(2);
  });

  it('are drawn as a line per destination, named by it', () => {
    const series = toSeries(
      [australia, korea, figure({ year: 2023, value: 3000, destination: 'AU' })],
      (sex, rank, breakdown) =>
        `${sex}${rank ? ` #${rank + 1}` : ''}${breakdown ? ` to ${breakdown.destination}` : ''}`,
    );
    expect(series.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
      ['TOTAL to AU', [2800, 3000]],
      ['TOTAL to KR', [500]],
    ]);
  });

  it('leave a figure whose described year is not stated off the time axis', () => {
    const series = toSeries(
      [figure({ year: 2024, value: 1.15 }), figure({ year: 2025, value: 0.8, yearStated: false })],
      (sex) => sex,
    );
    expect(series.flatMap((s) => s.points.map((p) => p.year))).toEqual([2024]);
  });
});
