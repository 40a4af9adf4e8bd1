import { describe, expect, it } from 'vitest';
import { ciede2000, colourDifference, contrastRatio, VISIONS } from '../test-support/colour-vision';
import { MEMBER_STATE_MARKS, memberStateStyle, SEX_MARKS, sexStyle } from './palette';

const MEMBER_STATES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
const WHITE = '#ffffff';

/** The smallest difference between two colours of the list, in the worst of the four visions. */
function closestPair(colours: readonly string[]): number {
  let closest = Infinity;
  for (const vision of VISIONS) {
    colours.forEach((a, i) =>
      colours.slice(i + 1).forEach((b) => (closest = Math.min(closest, colourDifference(a, b, vision)))),
    );
  }
  return closest;
}

describe('the chart palette', () => {
  it('measures colour differences as CIEDE2000 does (Sharma, Wu & Dalal 2005, pairs 1 and 17)', () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
  });

  it('gives each of the 11 member states its own colour and its own marker', () => {
    expect(Object.keys(MEMBER_STATE_MARKS).sort()).toEqual([...MEMBER_STATES].sort());
    const styles = MEMBER_STATES.map((code) => memberStateStyle(code));
    expect(new Set(styles.map((style) => style.colour)).size).toBe(11);
    expect(new Set(styles.map((style) => `${style.marker} ${style.filled ? 'filled' : 'open'}`)).size).toBe(11);
    expect(styles.map((style) => style.identity)).toEqual(MEMBER_STATES);
  });

  it('draws every line and marker at 3:1 or more against the white of the page (WCAG 1.4.11)', () => {
    for (const mark of [...Object.values(MEMBER_STATE_MARKS), ...Object.values(SEX_MARKS)]) {
      expect(contrastRatio(mark.colour, WHITE), mark.colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps the 11 colours apart in normal vision and with each colour-vision deficiency', () => {
    const colours = MEMBER_STATES.map((code) => memberStateStyle(code).colour);
    expect(closestPair(colours)).toBeGreaterThan(7);
    expect(
      Math.min(...colours.flatMap((a, i) => colours.slice(i + 1).map((b) => colourDifference(a, b, 'normal')))),
    ).toBeGreaterThan(12);
  });

  it('gives the same marker shape only to member states far apart in colour for every reader', () => {
    const byShape = new Map<string, string[]>();
    for (const code of MEMBER_STATES) {
      const { marker } = memberStateStyle(code);
      byShape.set(marker, [...(byShape.get(marker) ?? []), code]);
    }
    for (const codes of byShape.values()) {
      expect(codes.length).toBeLessThanOrEqual(2);
      expect(new Set(codes.map((code) => memberStateStyle(code).filled)).size).toBe(codes.length);
      if (codes.length === 2)
        expect(closestPair(codes.map((code) => memberStateStyle(code).colour))).toBeGreaterThan(30);
    }
  });

  it('draws figures by sex in colours no member state has, apart from each other for every reader', () => {
    const sexColours = (['TOTAL', 'FEMALE', 'MALE'] as const).map((sex) => sexStyle(sex).colour);
    const stateColours = new Set(Object.values(MEMBER_STATE_MARKS).map((mark) => mark.colour));
    expect(sexColours.filter((colour) => stateColours.has(colour))).toEqual([]);
    expect(closestPair(sexColours)).toBeGreaterThan(30);
  });

  it('dashes the further lines of one member state or sex, each differently, with the other fill', () => {
    expect(memberStateStyle('ID').dash).toBeUndefined();
    const dashes = [1, 2, 3].map((variant) => memberStateStyle('ID', variant).dash);
    expect(new Set(dashes).size).toBe(3);
    expect(dashes.every(Boolean)).toBe(true);
    expect(sexStyle('FEMALE', 1).dash).toBe(memberStateStyle('ID', 1).dash);
    expect(memberStateStyle('ID', 1)).toMatchObject({ colour: '#570408', marker: 'circle', filled: false });
    expect(memberStateStyle('ID')).toMatchObject({ colour: '#570408', marker: 'circle', filled: true });
  });
});
