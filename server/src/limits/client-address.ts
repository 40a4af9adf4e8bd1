import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The client's address, believing X-Forwarded-For only from trusted proxies (ATLAS_TRUST_PROXY, in
 * express's forms: true, a number of hops, or addresses and subnets). The same answer as express's
 * `req.ip`, also for the response cache's front door, which runs before express.
 */
export function clientAddress(trustProxy: boolean | number | string): (req: IncomingMessage) => string {
  const trust =
    typeof trustProxy === 'boolean'
      ? () => trustProxy
      : typeof trustProxy === 'number'
        ? (_address: string, hop: number) => hop < trustProxy
        : proxyaddr.compile(trustProxy.split(',').map((entry) => entry.trim()));
  return (req) => proxyaddr(req, trust);
}
