import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { AtlasIntlProvider } from '../i18n/AtlasIntlProvider';
import { loadCatalog, type Catalog } from '../i18n/catalogs';
import { InEnglish } from '../test-support/in-english';
import { ConflictNotice } from './ConflictNotice';

let indonesian: Catalog;
beforeAll(async () => {
  indonesian = await loadCatalog('id');
});

const notice = (
  <ConflictNotice what="practiceForm.conflictWhat" currentVersion={3} theirChanges={null} onLoadLatest={() => {}} />
);

describe('the conflict notice', () => {
  it('names the record in the words of its message, not by the message’s id', () => {
    render(<InEnglish>{notice}</InEnglish>);
    expect(screen.getByRole('heading').textContent).toBe('Someone else saved this practice while you were editing it');
  });

  it('names it in Indonesian on an Indonesian page', () => {
    render(
      <AtlasIntlProvider locale="id" messages={indonesian}>
        {notice}
      </AtlasIntlProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Orang lain menyimpan praktik ini selagi Anda menyuntingnya');
  });
});
