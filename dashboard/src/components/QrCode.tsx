import { encode } from 'uqr';

/**
 * A QR code of `value` (an address), drawn as one SVG path so it stays sharp on a projector and in
 * print at any size. `label` is what a screen reader says instead (the address itself, usually).
 */
export function QrCode({ value, label, size }: { value: string; label: string; size: string }) {
  const { data, size: modules } = encode(value, { border: 2 });
  const squares = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x},${y}h1v1h-1z`] : [])));
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${modules} ${modules}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={squares.join('')} fill="#000" />
    </svg>
  );
}
