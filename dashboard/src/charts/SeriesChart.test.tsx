import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SeriesChart } from './SeriesChart';
import { sexStyle } from './palette';
import { chartRows, type Series } from './series';
import { layOutCharts } from '../test-support/chart-size';
import { InEnglish } from '../test-support/in-english';

const series: Series[] = [
  {
    name: 'Total',
    style: sexStyle('TOTAL'),
    points: [
      {
        year: 2021,
        value: 1830000,
        sourceTitle: 'Survey on Overseas Filipinos 2021',
        sourceUrl: 'https://psa.example/sof-2021',
      },
      {
        year: 2022,
        value: 1960000,
        sourceTitle: 'Survey on Overseas Filipinos 2022',
        sourceUrl: 'https://psa.example/sof-2022',
      },
      {
        year: 2023,
        value: 2160000,
        sourceTitle: 'Number of OFWs up by 9.8%',
        sourceUrl: 'https://news.example/ofw-2023',
        note: 'April–September 2023.',
      },
    ],
  },
  {
    name: 'Female',
    style: sexStyle('FEMALE'),
    points: [
      {
        year: 2023,
        value: 1200000,
        sourceTitle: 'Number of OFWs up by 9.8%',
        sourceUrl: 'https://news.example/ofw-2023',
      },
    ],
  },
];

describe('SeriesChart', () => {
  it('has a table alternative listing every value with a link to its source', async () => {
    render(<SeriesChart title="Nationals working abroad" unit="persons" series={series} />, { wrapper: InEnglish });
    const chart = screen.getByRole('figure', { name: /Nationals working abroad/ });
    await userEvent.click(within(chart).getByText('Table of the values, with sources'));
    const table = within(chart).getByRole('table', { name: 'Nationals working abroad (persons)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Year', 'Total', 'Female']);

    const cells = series.flatMap((s, column) =>
      s.points.map((point) => {
        const row = within(table)
          .getByRole('rowheader', { name: String(point.year) })
          .closest('tr')!;
        return { point, cell: within(row).getAllByRole('cell')[column]! };
      }),
    );
    expect(cells).toHaveLength(4);
    for (const { point, cell } of cells) {
      expect(cell.textContent).toContain(new Intl.NumberFormat('en').format(point.value));
      const link = within(cell).getByRole('link', { name: 'source' });
      expect(link.getAttribute('href')).toBe(point.sourceUrl);
    }
    expect(within(table).getByText(/April–September 2023/)).toBeTruthy();
    // A series without a figure for a year shows a dash, not a made-up value.
    const row2021 = within(table).getByRole('rowheader', { name: '2021' }).closest('tr')!;
    expect(within(row2021).getAllByRole('cell')[1]!.textContent).toBe('—');
  });

  it('charts every year from the first to the last, a year without a figure as a gap, not a line across it', async () => {
    const point = (year: number, value: number) => ({
      year,
      value,
      sourceTitle: 'Survey',
      sourceUrl: 'https://psa.example',
    });
    const sparse: Series[] = [
      { name: 'Total', style: sexStyle('TOTAL'), points: [point(2020, 10), point(2021, 12), point(2023, 15)] },
      { name: 'Female', style: sexStyle('FEMALE'), points: [point(2021, 5), point(2022, 6), point(2023, 7)] },
    ];
    expect(chartRows(sparse)).toEqual([
      { year: 2020, values: [10, null] },
      { year: 2021, values: [12, 5] },
      { year: 2022, values: [null, 6] },
      { year: 2023, values: [15, 7] },
    ]);

    layOutCharts();
    const { container } = render(<SeriesChart title="Nationals working abroad" unit="persons" series={sparse} />, {
      wrapper: InEnglish,
    });
    await waitFor(() => expect(container.querySelectorAll('.recharts-line-curve')).toHaveLength(2), {
      timeout: 10_000,
    });
    const path = (identity: string) =>
      container.querySelector(`.recharts-line-curve[data-identity="${identity}"]`)!.getAttribute('d')!;
    // Total: a segment 2020–2021, then nothing over 2022, then 2023 on its own (with its marker).
    expect(path('TOTAL').match(/[ML]/g)).toEqual(['M', 'L', 'M']);
    expect(path('FEMALE').match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(container.querySelectorAll('.recharts-surface .series-marker[data-identity="TOTAL"]')).toHaveLength(3);
  });
});
