import type { Sex } from '@atlas/shared';

/** The marker drawn at each data point of a line: the second cue beside colour. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'plus';

/** How a series is drawn, the same for one member state (or one sex) in every chart, legend and table. */
export interface SeriesStyle {
  /** What the colour and marker stand for: a member state's code (`ID`) or a sex (`FEMALE`). */
  identity: string;
  colour: string;
  marker: MarkerShape;
  /** A filled marker, or an open one (outlined on the page's white). */
  filled: boolean;
  /** The line's dash pattern: none for the first line of an identity, one for each further line. */
  dash?: string;
}

type Mark = Omit<SeriesStyle, 'identity' | 'dash'>;

/**
 * One colour and marker per member state, fixed, so a country looks the same in every chart.
 *
 * The colours are 11 of the 14 of IBM Carbon's categorical data-visualisation palette (a published
 * palette, every colour at least 3.3:1 against white, so lines and markers pass WCAG 1.4.11). No
 * published palette with 11 hues stays distinct for every colour-vision deficiency (Okabe–Ito has 8,
 * Paul Tol's "muted" 9, and both have colours below 3:1 on white), so the 11 were chosen by
 * measurement: of all 364 subsets, the one whose closest pair is farthest apart (CIEDE2000) under
 * simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009, full severity). Its closest
 * pairs: 12.2 in normal vision, 7.4 in protanopia (BN/MY), 9.9 in deuteranopia, 10.5 in tritanopia
 * (charts/palette.test.ts measures it again). Dropped: cyan 50, red 50 and magenta 70.
 *
 * Colour is never the only cue: each state also has its own marker, and the states sharing a shape
 * (one filled, one open) are the pairs farthest apart in colour for every kind of colour vision
 * (ΔE2000 ≥ 32), so the pairs closest in colour always differ in shape.
 */
export const MEMBER_STATE_MARKS: Readonly<Record<string, Mark>> = {
  BN: { colour: '#6929c4', marker: 'circle', filled: false }, // purple 70
  KH: { colour: '#005d5d', marker: 'square', filled: false }, // teal 70
  ID: { colour: '#570408', marker: 'circle', filled: true }, // red 90
  LA: { colour: '#198038', marker: 'diamond', filled: false }, // green 60
  MY: { colour: '#002d9c', marker: 'triangle', filled: true }, // blue 80
  MM: { colour: '#ee538b', marker: 'plus', filled: true }, // magenta 50
  PH: { colour: '#b28600', marker: 'square', filled: true }, // yellow 50
  SG: { colour: '#009d9a', marker: 'triangle-down', filled: false }, // teal 50
  TH: { colour: '#012749', marker: 'triangle-down', filled: true }, // cyan 90
  TL: { colour: '#8a3800', marker: 'triangle', filled: false }, // orange 70
  VN: { colour: '#a56eff', marker: 'diamond', filled: true }, // purple 50
};

/**
 * Series that are not member states (a country's or programme's figures by sex) take colours no
 * member state has, so a line is never mistaken for a country's: the page's ink, and the two
 * Carbon colours left out above (closest pair 34 ΔE2000 under any of the simulations).
 */
export const SEX_MARKS: Readonly<Record<`${Sex}`, Mark>> = {
  TOTAL: { colour: '#14232b', marker: 'circle', filled: true },
  FEMALE: { colour: '#fa4d56', marker: 'triangle', filled: true },
  MALE: { colour: '#1192e8', marker: 'square', filled: true },
};

/** For a code that is not a member state (never expected): the muted ink, with an open circle. */
const UNKNOWN: Mark = { colour: '#4a5b63', marker: 'circle', filled: false };

/** Dash patterns of the second, third… line of one identity (another programme, a disagreeing source). */
const DASHES = ['6 4', '2 3', '10 3 2 3'];

/**
 * The style of the `variant`th line of one identity on a chart (0: its first). Further lines keep its
 * colour and marker shape but are dashed, with the marker's fill inverted, so that a lone point of a
 * second figure is not taken for the first line's.
 */
function styleOf(identity: string, mark: Mark, variant: number): SeriesStyle {
  if (variant === 0) return { identity, ...mark };
  return { identity, ...mark, filled: !mark.filled, dash: DASHES[(variant - 1) % DASHES.length] };
}

/** The style of a member state's line; `variant` counts its lines before this one on the same chart. */
export function memberStateStyle(code: string, variant = 0): SeriesStyle {
  return styleOf(code, MEMBER_STATE_MARKS[code] ?? UNKNOWN, variant);
}

/** The style of a line of figures by sex; `variant` counts the lines of that sex before it. */
export function sexStyle(sex: `${Sex}`, variant = 0): SeriesStyle {
  return styleOf(sex, SEX_MARKS[sex], variant);
}
