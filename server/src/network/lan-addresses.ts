import net from 'node:net';
import os from 'node:os';

/** What `os.networkInterfaces()` answers: by interface, its addresses. */
export type NetworkInterfaces = ReturnType<typeof os.networkInterfaces>;

/** The HOST values that mean "listen on every interface". */
const EVERY_INTERFACE = new Set(['0.0.0.0', '::']);

/** Whether `host` is this machine only (127.x.x.x, ::1, localhost): nobody else can reach it. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * The addresses other machines on the network (a venue's Wi-Fi) can reach the Atlas at, given the
 * interface it listens on (`host`, null: every one): each non-internal IPv4 address of this machine,
 * only the one given, or none when it listens on this machine only.
 */
export function lanAddresses(host: string | null, interfaces: NetworkInterfaces = os.networkInterfaces()): string[] {
  if (host !== null && !EVERY_INTERFACE.has(host)) return isLoopback(host) ? [] : [host];
  return Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

/** `http://192.168.1.20:4000` (an IPv6 address between brackets). */
export function originOf(address: string, port: number): string {
  return `http://${net.isIPv6(address) ? `[${address}]` : address}:${port}`;
}

/** The origins of `lanAddresses` on `port`. */
export function lanOrigins(host: string | null, port: number, interfaces?: NetworkInterfaces): string[] {
  return lanAddresses(host, interfaces).map((address) => originOf(address, port));
}

/** The address to open on this machine: localhost unless the Atlas listens on one interface only. */
export function localOrigin(host: string | null, port: number): string {
  return host === null || EVERY_INTERFACE.has(host) ? `http://localhost:${port}` : originOf(host, port);
}

/** HOST as given: an IP address of this machine or `localhost`; unset or empty: every interface. */
export function listenHostOf(value: string | undefined): string | null {
  const given = value?.trim();
  if (!given) return null;
  if (given !== 'localhost' && net.isIP(given) === 0) {
    throw new Error(
      `HOST must be an IP address of this machine (0.0.0.0: every interface, 127.0.0.1: this machine only) or localhost, got "${value}"`,
    );
  }
  return given;
}

/**
 * What `about.networkOrigins` lists on a port: the LAN origins, except in production (NODE_ENV=production),
 * where the Atlas has a public address and its private ones would only tell strangers about its network.
 */
export function networkOriginsOf(config: { production: boolean; host: string | null }): (port: number) => string[] {
  return config.production ? () => [] : (port) => lanOrigins(config.host, port);
}
