import { LoginThrottle } from '../accounts/login-throttle';
import type { AtlasServices } from '../graphql/context';
import type { LimiterStore } from '../limits/rate-limiter-store';
import { RESTORERS } from './restorers';

/**
 * What the process holds for every request: the login throttle (on the rate limits' store), the
 * restorers, and where the Atlas is on the network (none unless given).
 */
export function atlasServices(
  store: LimiterStore,
  throttleSecret: string | null = null,
  networkOrigins: AtlasServices['networkOrigins'] = () => [],
): AtlasServices {
  return { loginThrottle: new LoginThrottle(store, throttleSecret), restorers: RESTORERS, networkOrigins };
}
