import { normalCountryCode } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { practiceVisibility, type Viewer } from '../access/viewer';
import { practiceChangeToken } from '../facets/change-token';
import { concurrencyLimit } from '../limits/concurrency-limit';
import { requestClosed } from '../limits/request-timeout';
import { singleFlight } from '../limits/single-flight';
import type { CountryComparison } from './country-comparison.type';

/**
 * What a comparison depends on: the countries in their order, the indicators, what the viewer may
 * read and the change token of practices and programmes. Requests with the same key ask for the
 * same answer; a viewer who may read more (an editor, a contributor's own drafts) never shares one.
 */
export async function comparisonKey(
  em: EntityManager,
  viewer: Viewer,
  codes: string[],
  indicatorCodes: string[] | null,
): Promise<string> {
  const token = await practiceChangeToken(em);
  return JSON.stringify([codes.map(normalCountryCode), indicatorCodes, practiceVisibility(viewer), token]);
}

export type ComparisonLine = (
  key: string,
  build: () => Promise<CountryComparison>,
  signal: AbortSignal,
) => Promise<CountryComparison>;

/**
 * Comparisons `atOnce` at a time, each request keeping its turn until its answer is sent (`signal`,
 * request-timeout.ts): building one reads 5,000 outcomes with their records, answering it completes
 * 5,000 values into 2.9 MB of JSON, which stays in memory until the client has read it. Memory is
 * so bounded by the comparisons in hand, not by the requests waiting: fifty answered at once took
 * the server past 500 MB. Requests in hand with the same key share one build. Beyond `maxWaiting`
 * in line, a request is refused at once with QueueFull.
 */
export function comparisonLine({ atOnce, maxWaiting }: { atOnce: number; maxWaiting: number }): ComparisonLine {
  const inHand = concurrencyLimit(atOnce, { maxWaiting });
  const building = singleFlight<CountryComparison>();
  return (key, build, signal) => inHand(() => building(key, build), signal, requestClosed(signal));
}
