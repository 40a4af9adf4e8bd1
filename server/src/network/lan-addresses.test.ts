import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { lanAddresses, lanOrigins, localOrigin, networkOriginsOf, type NetworkInterfaces } from './lan-addresses';

/** A laptop on a venue's Wi-Fi and a cable, with its loopback and an IPv6 address. */
const LAPTOP: NetworkInterfaces = {
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    },
    {
      address: '::1',
      netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
      family: 'IPv6',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '::1/128',
      scopeid: 0,
    },
  ],
  wlan0: [
    {
      address: '192.168.1.20',
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: '192.168.1.20/24',
    },
    {
      address: 'fe80::1',
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6',
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: 'fe80::1/64',
      scopeid: 3,
    },
  ],
  eth0: [
    {
      address: '10.0.0.5',
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: '02:00:00:00:00:02',
      internal: false,
      cidr: '10.0.0.5/24',
    },
  ],
};

describe('the addresses on the network', () => {
  it('lists every non-internal IPv4 address when the Atlas listens on every interface', () => {
    expect(lanAddresses(null, LAPTOP)).toEqual(['192.168.1.20', '10.0.0.5']);
    expect(lanAddresses('0.0.0.0', LAPTOP)).toEqual(['192.168.1.20', '10.0.0.5']);
    expect(lanAddresses('::', LAPTOP)).toEqual(['192.168.1.20', '10.0.0.5']);
    expect(lanOrigins(null, 4000, LAPTOP)).toEqual(['http://192.168.1.20:4000', 'http://10.0.0.5:4000']);
  });

  it('lists none when it listens on this machine only, and only the one given otherwise', () => {
    expect(lanAddresses('127.0.0.1', LAPTOP)).toEqual([]);
    expect(lanAddresses('localhost', LAPTOP)).toEqual([]);
    expect(lanAddresses('::1', LAPTOP)).toEqual([]);
    expect(lanOrigins('10.0.0.5', 4100, LAPTOP)).toEqual(['http://10.0.0.5:4100']);
  });

  it('opens on this machine at localhost, or at the one address it listens on', () => {
    expect(localOrigin(null, 4000)).toBe('http://localhost:4000');
    expect(localOrigin('0.0.0.0', 4000)).toBe('http://localhost:4000');
    expect(localOrigin('127.0.0.1', 4000)).toBe('http://127.0.0.1:4000');
    expect(localOrigin('10.0.0.5', 4000)).toBe('http://10.0.0.5:4000');
    expect(localOrigin('::1', 4000)).toBe('http://[::1]:4000');
  });

  it('tells the API none in production', () => {
    expect(networkOriginsOf({ production: true, host: null })(4000)).toEqual([]);
    expect(networkOriginsOf({ production: false, host: '10.0.0.5' })(4000)).toEqual(['http://10.0.0.5:4000']);
  });
});

describe('HOST', () => {
  it('chooses the interface to listen on: unset, empty or an IP address', () => {
    expect(loadConfig({}).host).toBeNull();
    expect(loadConfig({ HOST: ' ' }).host).toBeNull();
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
    expect(loadConfig({ HOST: 'fd00::2' }).host).toBe('fd00::2');
  });

  it('refuses anything else, naming HOST', () => {
    expect(() => loadConfig({ HOST: '192.168.1' })).toThrow(
      /^HOST must be an IP address of this machine .* got "192\.168\.1"$/,
    );
    expect(() => loadConfig({ HOST: 'http://192.168.1.20:4000' })).toThrow(/^HOST must be/);
  });
});
