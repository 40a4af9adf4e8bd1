import { memberStateStyle, type MarkerShape, type SeriesStyle } from './palette';

/** The white of the page, inside open markers. */
const PAPER = '#ffffff';

/** The outline of a marker of about `size` radius around (x, y), as one path: all shapes alike, near equal in area. */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const at = (points: [number, number][]) =>
    `M${points.map(([dx, dy]) => `${(x + dx * size).toFixed(2)},${(y + dy * size).toFixed(2)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${x - size},${y}a${size},${size} 0 1,0 ${2 * size},0a${size},${size} 0 1,0 ${-2 * size},0Z`;
    case 'square':
      return at([
        [-0.9, -0.9],
        [0.9, -0.9],
        [0.9, 0.9],
        [-0.9, 0.9],
      ]);
    case 'diamond':
      return at([
        [0, -1.3],
        [1.3, 0],
        [0, 1.3],
        [-1.3, 0],
      ]);
    case 'triangle':
      return at([
        [0, -1.6],
        [1.4, 0.8],
        [-1.4, 0.8],
      ]);
    case 'triangle-down':
      return at([
        [0, 1.6],
        [1.4, -0.8],
        [-1.4, -0.8],
      ]);
    case 'plus':
      return at([
        [-0.4, -1.3],
        [0.4, -1.3],
        [0.4, -0.4],
        [1.3, -0.4],
        [1.3, 0.4],
        [0.4, 0.4],
        [0.4, 1.3],
        [-0.4, 1.3],
        [-0.4, 0.4],
        [-1.3, 0.4],
        [-1.3, -0.4],
        [-0.4, -0.4],
      ]);
  }
}

/** A series' marker at (x, y), for the chart's points and the swatches. */
export function Marker({ style, x, y, size = 4.5 }: { style: SeriesStyle; x: number; y: number; size?: number }) {
  return (
    <path
      className="series-marker"
      data-identity={style.identity}
      d={markerPath(style.marker, x, y, size)}
      fill={style.filled ? style.colour : PAPER}
      stroke={style.colour}
      strokeWidth={style.filled ? 1 : 2}
    />
  );
}

/**
 * A series as the chart draws it (a piece of its line with its marker), beside its name in the
 * legend, the table alternative and wherever the page names the member state.
 */
export function SeriesSwatch({ style, line = true }: { style: SeriesStyle; line?: boolean }) {
  const width = line ? 28 : 14;
  return (
    <svg
      className="series-swatch"
      data-identity={style.identity}
      width={width}
      height={14}
      viewBox={`0 0 ${width} 14`}
      aria-hidden="true"
      focusable="false"
    >
      {line && <line x1={1} y1={7} x2={27} y2={7} stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />}
      <Marker style={style} x={width / 2} y={7} />
    </svg>
  );
}

/** A member state's marker in its colour, beside its name where the page shows it near charts. */
export function MemberStateMark({ code }: { code: string }) {
  return <SeriesSwatch style={memberStateStyle(code)} line={false} />;
}
