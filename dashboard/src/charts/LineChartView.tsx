import { useIntl } from 'react-intl';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Marker } from './Marker';
import { chartRows, formatTick, formatValue, type Series } from './series';
import type { SeriesStyle } from './palette';
import { PRINTED_CHART_WIDTH, usePrinting } from '../print/use-printing';

/** recharts hands a dot its point; a year without a figure has no position and gets no marker. */
interface DotProps {
  cx?: number | null;
  cy?: number | null;
  index?: number;
}

function dot(style: SeriesStyle, size: number) {
  return function SeriesDot({ cx, cy, index }: DotProps) {
    if (cx == null || cy == null) return <g key={index} />;
    return <Marker key={index} style={style} x={cx} y={cy} size={size} />;
  };
}

/**
 * The lines of a SeriesChart, each in its member state's (or sex's) colour, marker and dash. Straight
 * segments between the years that have figures, and a gap across a year that has none: no
 * smoothing, which would invent values between the points.
 */
export default function LineChartView({ series, unit }: { series: Series[]; unit: string }) {
  const { locale } = useIntl();
  const printing = usePrinting();
  const data = chartRows(series).map((row) => ({
    year: row.year,
    ...Object.fromEntries(row.values.map((value, index) => [`s${index}`, value])),
  }));
  const chart = (
    <LineChart
      data={data}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      accessibilityLayer={false}
      {...(printing && { width: PRINTED_CHART_WIDTH, height: CHART_HEIGHT })}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} />
      <YAxis tickFormatter={(value: number) => formatTick(locale, value)} width={56} />
      <Tooltip formatter={(value, name) => [`${formatValue(locale, Number(value))} ${unit}`, name]} />
      {series.map((s, index) => (
        <Line
          key={`s${index}`}
          type="linear"
          dataKey={`s${index}`}
          name={s.name}
          data-identity={s.style.identity}
          stroke={s.style.colour}
          strokeWidth={2}
          strokeDasharray={s.style.dash}
          dot={dot(s.style, 4.5)}
          activeDot={dot(s.style, 6.5)}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
  // On paper a fixed size: ResponsiveContainer would keep the screen's width, or none at all.
  return printing ? (
    chart
  ) : (
    <ResponsiveContainer width="100%" height="100%" minHeight={CHART_HEIGHT}>
      {chart}
    </ResponsiveContainer>
  );
}

const CHART_HEIGHT = 280;
