import { REQUIRED } from '@atlas/shared/rules';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { AtlasIntlProvider } from '../i18n/AtlasIntlProvider';
import { loadCatalog, type Catalog } from '../i18n/catalogs';
import { InEnglish } from '../test-support/in-english';
import { useProblemText } from './problem-text';

let indonesian: Catalog;
beforeAll(async () => {
  indonesian = await loadCatalog('id');
});

const InIndonesian = ({ children }: { children: ReactNode }) => (
  <AtlasIntlProvider locale="id" messages={indonesian}>
    {children}
  </AtlasIntlProvider>
);

const forbidden = { message: 'A contributor may not do this (publish).', code: 'FORBIDDEN' };

describe('useProblemText', () => {
  it('shows the API’s own English words on an English page', () => {
    const { result } = renderHook(useProblemText, { wrapper: InEnglish });
    expect(result.current.form(forbidden)).toBe('A contributor may not do this (publish).');
    expect(result.current.field(REQUIRED)).toBe('required');
    expect(result.current.form({ message: null })).toBeNull();
  });

  it('says a problem by its code in another language, or as written when it has none', () => {
    const { result } = renderHook(useProblemText, { wrapper: InIndonesian });
    expect(result.current.form(forbidden)).toBe('Akun Anda tidak boleh melakukan ini: tanyakan kepada editor Atlas.');
    expect(result.current.form({ message: 'Something new.', code: 'QUERY_TOO_COMPLEX' })).toBe('Something new.');
    expect(result.current.form(forbidden, { FORBIDDEN: 'signIn.problem.tooMany' })).toBe(
      'Terlalu banyak upaya masuk: tunggu beberapa menit, lalu coba lagi.',
    );
    expect(result.current.field(REQUIRED)).toBe('wajib diisi');
  });

  it('says a field problem by its code and values in another language, and in the rules’ English on an English page', () => {
    const tooLong = { message: 'at most 200 characters', code: 'TOO_LONG', values: { max: 200 } };
    const years = { message: 'must be a year from 1900 to 2031', code: 'YEAR_RANGE', values: { min: 1900, max: 2031 } };
    const indonesian = renderHook(useProblemText, { wrapper: InIndonesian }).result.current;
    expect(indonesian.field(tooLong.message, tooLong)).toBe('paling banyak 200 karakter');
    expect(indonesian.field(years.message, years)).toBe('harus berupa tahun dari 1900 sampai 2031');
    expect(indonesian.at({ fields: { 'input.url': 'ftp' }, codes: {} }, 'input.url')).toBe('ftp');
    expect(indonesian.field('something new', { message: 'something new', code: 'NEW', values: {} })).toBe(
      'something new',
    );
    expect(indonesian.field('line 2: at most 200 characters', tooLong)).toBe('line 2: at most 200 characters');
    const english = renderHook(useProblemText, { wrapper: InEnglish }).result.current;
    expect(english.field(tooLong.message, tooLong)).toBe('at most 200 characters');
    expect(
      english.at({ fields: { 'input.title': tooLong.message }, codes: { 'input.title': tooLong } }, 'input.title'),
    ).toBe('at most 200 characters');
  });
});
