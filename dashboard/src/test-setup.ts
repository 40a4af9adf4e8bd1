import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetConnection } from './offline/connection';

// findBy… waits 1 s by default: on CI's two cores, busy with the PostgreSQL suites, a page that
// draws in 50 ms on an idle machine once took longer, and the wait gave up on a page that was right.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // A test whose API was offline leaves no offline note to the next.
  resetConnection();
});
