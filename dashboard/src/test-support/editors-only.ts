import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import type { ApiRequest } from './api-stub';

/**
 * What a contributor meets on an editors' page: told that its account may not `what` ("edit country
 * entries"), and nothing asked of the API but who it is.
 */
export async function expectContributorTurnedAway(requests: ApiRequest[], what: string) {
  expect((await screen.findByRole('alert')).textContent).toContain(`Your account (contributor) may not ${what}`);
  expect(requests.map((request) => request.operationName)).toEqual(['Me']);
}
