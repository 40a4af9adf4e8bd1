import { Column } from './columns';

/**
 * What the sources consulted do not give about a record (countries, programmes, practices): short
 * phrases such as "participant numbers", shown to readers in one place as not found in the sources
 * consulted, so that no record's prose has to say it.
 */
export const notFoundColumn = () =>
  Column.json(() => [String], {
    description:
      'What the sources consulted do not give about it, a short phrase each ("participant numbers"): shown to readers as not found in the sources consulted.',
  });
