import { describe, expect, it } from 'vitest';
import { isPresenting, withPresentation } from './present-param';

describe('the present parameter', () => {
  it('is added to an address, keeping its parameters as written and its fragment', () => {
    expect(withPresentation('/compare?countries=ID,PH#coverage', true)).toBe(
      '/compare?countries=ID,PH&present=1#coverage',
    );
    expect(withPresentation('/en/countries/ID', true)).toBe('/en/countries/ID?present=1');
  });

  it('is added once, and removed without leaving an empty query string', () => {
    expect(withPresentation('/practices?present=1&page=2', true)).toBe('/practices?page=2&present=1');
    expect(withPresentation('/practices?present=1', false)).toBe('/practices');
    expect(withPresentation('/compare?countries=ID,PH&present=1', false)).toBe('/compare?countries=ID,PH');
  });

  it('turns presentation mode on only when it is 1', () => {
    expect(isPresenting('?present=1')).toBe(true);
    expect(isPresenting('countries=ID&present=1')).toBe(true);
    expect(isPresenting('present=0')).toBe(false);
    expect(isPresenting('')).toBe(false);
  });
});
