import type { IncomingMessage, ServerResponse } from 'node:http';
import onHeaders from 'on-headers';
import { operationNoteOf } from '../logging/request-log';
import type { Step } from './pipeline';

/** What a GraphQL answer depends on besides its URL and body. */
export const GRAPHQL_VARY = ['Accept', 'Accept-Encoding', 'Authorization'];

/** How long an anonymous GraphQL answer the response cache may keep may be kept elsewhere: revalidated by its ETag. */
export const CACHEABLE_ANSWER = 'public, no-cache';

/** A Vary of `given` (what CORS or compression set, if anything) and `fields`, in one order whatever set it first. */
export function varyWith(given: string | undefined, fields: string[]): string {
  if (given === undefined) return fields.join(', ');
  const named = given
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  const all = new Map([...named, ...fields].map((field) => [field.toLowerCase(), field]));
  return [...all.keys()]
    .sort()
    .map((key) => all.get(key)!)
    .join(', ');
}

function varyOn(res: ServerResponse, fields: string[]): void {
  const vary = res.getHeader('Vary');
  res.setHeader('Vary', varyWith(vary === undefined ? undefined : String(vary), fields));
}

/**
 * How long browsers and proxies may keep an answer, decided in one place just before its headers go
 * out (whatever the handler set):
 * - a request with `Authorization` (signed in, or trying to be): `private, no-store`, on every
 *   route, so nothing an account sees is kept on a shared computer or by a proxy;
 * - an anonymous GraphQL answer the response cache may keep: `public, no-cache`, revalidated by its
 *   ETag; any other GraphQL answer (errors, mutations, refusals): `no-store`. Both vary on
 *   Accept, Accept-Encoding and Authorization.
 * An answer from the response cache gets its headers here too, so a miss and the hit that follows
 * carry the same ones.
 */
export function cachingHeaders(isGraphql: (req: IncomingMessage) => boolean): Step {
  return (req, res, next) => {
    const signedIn = req.headers.authorization !== undefined;
    const graphql = isGraphql(req);
    if (signedIn || graphql) {
      onHeaders(res, () => {
        if (graphql) varyOn(res, GRAPHQL_VARY);
        if (signedIn) res.setHeader('Cache-Control', 'private, no-store');
        else res.setHeader('Cache-Control', operationNoteOf(res).cacheable ? CACHEABLE_ANSWER : 'no-store');
      });
    }
    next();
  };
}
