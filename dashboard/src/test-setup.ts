import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetConnection } from './offline/connection';

afterEach(() => {
  cleanup();
  // A test whose API was offline leaves no offline note to the next.
  resetConnection();
});
