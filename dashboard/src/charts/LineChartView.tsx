import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { byYear, formatTick, formatValue, type Series } from './series';

const COLOURS = [
  '#0b5d6b',
  '#c2410c',
  '#6d28d9',
  '#15803d',
  '#b91c1c',
  '#1d4ed8',
  '#a16207',
  '#be185d',
  '#0f766e',
  '#4b5563',
  '#7c2d12',
];

export default function LineChartView({ series, unit }: { series: Series[]; unit: string }) {
  const data = byYear(series).map((row) => ({
    year: row.year,
    ...Object.fromEntries(row.values.map((point, index) => [series[index]!.name, point?.value])),
  }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} />
        <YAxis tickFormatter={(value: number) => formatTick(value)} width={56} />
        <Tooltip formatter={(value) => [`${formatValue(Number(value))} ${unit}`]} />
        {series.length > 1 && <Legend />}
        {series.map((s, index) => (
          <Line
            key={s.name}
            type="monotone"
            dataKey={s.name}
            stroke={COLOURS[index % COLOURS.length]}
            strokeWidth={2}
            dot={{ r: 4 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
