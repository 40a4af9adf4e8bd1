import { graphql } from '../graphql';

/** Where phones on the venue's network open the Atlas: asked only by a page opened at localhost. */
export const NetworkOriginsQuery = graphql(`
  query NetworkOrigins {
    about {
      networkOrigins
    }
  }
`);
