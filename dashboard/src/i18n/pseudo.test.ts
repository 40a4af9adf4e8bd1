import { createIntl } from 'react-intl';
import { expect, it } from 'vitest';
import { loadCatalog } from './catalogs';
import { pseudoText } from './pseudo';

it('accents every letter and makes each word a third longer, leaving digits and signs', () => {
  expect(pseudoText('Practices in 2019')).toBe('Þŕàçţîçéš··· îñ· 2019');
  expect(pseudoText('12 %')).toBe('12 %');
});

it('is a whole catalog whose arguments, plurals and tags still work', async () => {
  const [english, pseudo] = await Promise.all([loadCatalog('en'), loadCatalog('en-XA')]);
  expect(Object.keys(pseudo)).toEqual(Object.keys(english));
  const intl = createIntl({ locale: 'en-XA', messages: pseudo });
  const hidden = (chunks: string[]) => `[${chunks.join('')}]`;
  expect(intl.formatMessage({ id: 'overview.countryPractices' }, { count: 2, country: 'Indonesia', hidden })).toBe(
    '2 þŕàçţîçéš···[ öƒ· Indonesia]',
  );
});
