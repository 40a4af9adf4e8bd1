import type { EntityManager } from '@mikro-orm/knex';
import { expect, it } from 'vitest';
import { ANONYMOUS } from '../access/viewer';
import { countStatements } from '../db/statement-logger';
import { createApolloServer } from '../assembly/apollo-server';
import { createContext } from '../assembly/context';
import { atlasServices } from '../assembly/services';
import { createLogger } from '../logging/logger';
import { useTestAtlas } from '../../test-support/test-atlas';
import { DEFAULT_LIMITS } from './limits-config';
import { memoryStore } from './rate-limiter-store';
import { requestEnded } from './request-ended';

const atlas = useTestAtlas();

/** 20 practices, each with a page of its programme's practices and their sources: many statements, within the cost limit. */
const WIDE = `practices(first: 20) { nodes { program { practices(first: 100) { nodes { title sources { url } } } } } }`;

/** The statements a request costs until its answer, and in all, counting those of the half second after. */
async function statementsAround(send: () => Promise<unknown>) {
  const { result: answered, statements } = await countStatements(async () => {
    const untilAnswered = await countStatements(send);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return untilAnswered.statements.length;
  });
  return { answered, total: statements.length };
}

it('starts no field once the answer is sent, though graphql-js answers before the fields beside a failed one end', async () => {
  const full = await statementsAround(() => atlas.graphql(`{ ${WIDE} }`));
  expect(full.total).toBeGreaterThan(10);
  // `outcomes` fails at once (a malformed programme id) and is non-null: the answer goes out while `b` is still running.
  const failed = await statementsAround(async () => {
    const response = await atlas.graphql(
      `{ b: ${WIDE} x: outcomes(filter: { programId: "not-an-id" }) { totalCount } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data).toBeNull();
  });
  console.log(
    `statements: the whole query ${full.total}; beside a failed field ${failed.total} (${failed.total - failed.answered} after the answer)`,
  );
  expect(failed.total).toBeLessThanOrEqual(3);
});

it.each([
  ['interpreted by graphql-js', false],
  ['compiled', true],
])(
  'starts no field of a request that has ended (its time is up, or its client has gone), %s',
  async (_how, compiledQueries) => {
    const apollo = await createApolloServer(
      { production: false, limits: DEFAULT_LIMITS, compiledQueries },
      createLogger('silent', 'json'),
    );
    const ended = new AbortController();
    ended.abort(requestEnded('its response was closed'));
    const contextValue = createContext(
      atlas.orm.em.fork() as EntityManager,
      atlas.dialect,
      atlasServices(memoryStore()),
      ANONYMOUS,
      undefined,
      {},
      ended.signal,
    );
    // Asked for more than once, so that the compiled form runs it.
    const ask = () => apollo.executeOperation({ query: `{ ${WIDE} }` }, { contextValue });
    const { result, statements } = await countStatements(async () => (await ask(), await ask()));
    expect(statements).toEqual([]);
    expect(result.body.kind === 'single' && result.body.singleResult.errors?.[0]?.extensions?.code).toBe(
      'REQUEST_ENDED',
    );
    await apollo.stop();
  },
);
