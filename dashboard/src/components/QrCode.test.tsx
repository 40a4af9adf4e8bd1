import { render } from '@testing-library/react';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from './QrCode';

describe('QrCode', () => {
  it('draws one dark square for every dark module of the address, with the address as its name', () => {
    const address = 'http://192.168.1.20:4000/id/countries/ID';
    const { getByRole } = render(<QrCode value={address} label={address} size="10rem" />);
    const svg = getByRole('img', { name: address });
    const dark = encode(address, { border: 2 }).data.flat().filter(Boolean).length;
    expect(svg.querySelector('path')?.getAttribute('d')?.match(/M/g)).toHaveLength(dark);
    expect(svg.getAttribute('viewBox')).toBe(
      `0 0 ${encode(address, { border: 2 }).size} ${encode(address, { border: 2 }).size}`,
    );
  });
});
