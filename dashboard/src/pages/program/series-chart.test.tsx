import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SeriesChart } from '../../charts/SeriesChart';
import type { Series } from '../../charts/series';

const series: Series[] = [
  {
    name: 'Total',
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
    render(<SeriesChart title="Nationals working abroad" unit="persons" series={series} />);
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
});
