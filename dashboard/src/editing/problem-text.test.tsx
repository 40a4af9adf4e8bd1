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
});
