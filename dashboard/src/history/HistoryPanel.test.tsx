import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../editing/RequireRole';
import type { ResultOf } from '../graphql';
import { loadCatalog } from '../i18n/catalogs';
import type { ApiAnswers } from '../test-support/api-stub';
import { renderSignedIn, renderSignedInIndonesian } from '../test-support/signed-in';
import { HistoryPanel } from './HistoryPanel';
import type { RevisionsQuery } from './queries';

const PRACTICE_ID = 'UHJhY3RpY2U6Nw==';

const state = (version: number, fields: Record<string, unknown>) => ({
  id: 7,
  title: 'Job fairs for returnees',
  summary: 'Matching returnees with employers.',
  themes: ['JOB_PLACEMENT'],
  status: 'DRAFT',
  version,
  updatedAt: `2026-0${version}-01T10:00:00.000Z`,
  ...fields,
});

const v1 = state(1, {});
const v2 = state(2, {
  title: 'Job fairs for returning workers',
  themes: ['JOB_PLACEMENT', 'SKILLS_RECOGNITION'],
  summary: `${'A much longer summary that goes on. '.repeat(6)}`,
});
const v3 = state(3, { ...v2, version: 3, status: 'ARCHIVED' });

const history: ResultOf<typeof RevisionsQuery> = {
  revisions: [
    {
      id: 'UmV2aXNpb246Mw==',
      entityGlobalId: PRACTICE_ID,
      action: 'ARCHIVE',
      createdAt: '2026-03-01T10:00:00.000Z',
      version: 3,
      note: null,
      before: v2,
      after: v3,
      user: { id: 'VXNlcjox', name: 'Ed Itor' },
    },
    {
      id: 'UmV2aXNpb246Mg==',
      entityGlobalId: PRACTICE_ID,
      action: 'UPDATE',
      createdAt: '2026-02-01T10:00:00.000Z',
      version: 2,
      note: null,
      before: v1,
      after: v2,
      user: { id: 'VXNlcjoy', name: 'Con Tributor' },
    },
    {
      id: 'UmV2aXNpb246MQ==',
      entityGlobalId: PRACTICE_ID,
      action: 'IMPORT',
      createdAt: '2026-01-01T10:00:00.000Z',
      version: 1,
      note: 'Seeded from the 2025 workshop',
      before: null,
      after: v1,
      user: null,
    },
  ],
};

function renderPanel(role: Role | null, answers: ApiAnswers, onRestored?: () => void) {
  return renderSignedIn(role, '/practices/x', <HistoryPanel entityId={PRACTICE_ID} onRestored={onRestored} />, answers);
}

const openHistory = async () => {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'History' }));
  return user;
};

const revisionItems = async () => within(await screen.findByRole('list')).getAllByRole('listitem');

describe('the history panel', () => {
  it('lists every change when opened: what, who, version and note', async () => {
    const { requests } = renderPanel('EDITOR', { Revisions: history });
    const toggle = await screen.findByRole('button', { name: 'History' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(requests.some((r) => r.operationName === 'Revisions')).toBe(false);

    await openHistory();
    const [archived, edited, imported] = await revisionItems();
    expect(archived?.textContent).toMatch(/Archived.*by Ed Itor · version 3 · current/);
    expect(edited?.textContent).toMatch(/Edited.*by Con Tributor · version 2/);
    expect(imported?.textContent).toMatch(/Imported.*by Seed \/ import · version 1/);
    expect(imported?.textContent).toContain('Seeded from the 2025 workshop');
    expect(requests.find((r) => r.operationName === 'Revisions')?.variables).toEqual({ entityId: PRACTICE_ID });
  });

  it('shows what a change altered, old → new, lists joined and long texts cut', async () => {
    renderPanel('ADMIN', { Revisions: history });
    const user = await openHistory();
    const edited = (await revisionItems())[1]!;
    const toggle = within(edited).getByRole('button', { name: 'Show changes' });
    await user.click(toggle);
    const text = document.getElementById(toggle.getAttribute('aria-controls') ?? '')?.textContent ?? '';
    expect(text).toContain('TitleJob fairs for returnees → Job fairs for returning workers');
    expect(text).toContain('ThemesJob placement → Job placement, Skills recognition');
    expect(text).toMatch(/SummaryMatching returnees with employers\. → A much longer summary.*…/);
    expect(text).not.toContain('Version');
    expect(within(edited).getByRole('button', { name: 'Hide changes' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('restores an earlier version after confirmation, then reloads the history', async () => {
    const onRestored = vi.fn();
    let restored = false;
    const { requests } = renderPanel(
      'EDITOR',
      {
        Revisions: () =>
          restored ? { revisions: [{ ...history.revisions[0]!, id: 'new', action: 'RESTORE' }] } : history,
        RestoreRevision: () => {
          restored = true;
          return { restoreRevision: { __typename: 'Practice', id: PRACTICE_ID, version: 4 } };
        },
      },
      onRestored,
    );
    const user = await openHistory();
    const [archived, edited] = await revisionItems();
    expect(within(archived!).queryByRole('button', { name: /Restore/ })).toBeNull();

    await user.click(within(edited!).getByRole('button', { name: 'Restore this version' }));
    const confirm = within(edited!).getByRole('group', { name: 'Confirm the restore' });
    expect(confirm.textContent).toContain('Bring the record back to version 2 (status: Draft)?');
    expect(requests.some((r) => r.operationName === 'RestoreRevision')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, restore' }));

    expect((await screen.findByRole('status')).textContent).toBe('Restored version 2. The record is now at version 4.');
    expect(requests.find((r) => r.operationName === 'RestoreRevision')?.variables).toEqual({
      id: 'UmV2aXNpb246Mg==',
    });
    await expect.poll(() => requests.filter((r) => r.operationName === 'Revisions').length).toBe(2);
    expect(onRestored).toHaveBeenCalledOnce();
  });

  it('restores nothing when the confirmation is cancelled', async () => {
    const { requests } = renderPanel('EDITOR', { Revisions: history });
    const user = await openHistory();
    const imported = (await revisionItems())[2]!;
    await user.click(within(imported).getByRole('button', { name: 'Restore this version' }));
    await user.click(within(imported).getByRole('button', { name: 'Cancel' }));
    expect(within(imported).getByRole('button', { name: 'Restore this version' })).toBeTruthy();
    expect(requests.some((r) => r.operationName === 'RestoreRevision')).toBe(false);
  });

  it('says why a restore was refused', async () => {
    renderPanel('EDITOR', {
      Revisions: history,
      RestoreRevision: {
        errors: [{ message: 'Only editors may restore revisions.', extensions: { code: 'FORBIDDEN' } }],
      },
    });
    const user = await openHistory();
    const edited = (await revisionItems())[1]!;
    await user.click(within(edited).getByRole('button', { name: 'Restore this version' }));
    await user.click(within(edited).getByRole('button', { name: 'Yes, restore' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was restored. Only editors may restore revisions.',
    );
  });

  it('reloads the history when the record changed meanwhile (CONFLICT)', async () => {
    const { requests } = renderPanel('EDITOR', {
      Revisions: history,
      RestoreRevision: {
        errors: [{ message: 'This Practice changed.', extensions: { code: 'CONFLICT', currentVersion: 5 } }],
      },
    });
    const user = await openHistory();
    const edited = (await revisionItems())[1]!;
    await user.click(within(edited).getByRole('button', { name: 'Restore this version' }));
    await user.click(within(edited).getByRole('button', { name: 'Yes, restore' }));
    expect((await screen.findByRole('alert')).textContent).toContain('it is now at version 5');
    await expect.poll(() => requests.filter((r) => r.operationName === 'Revisions').length).toBe(2);
  });

  it('offers a deleted record back', async () => {
    const deleted = {
      ...history.revisions[2]!,
      id: 'del',
      action: 'DELETE' as const,
      before: { value: 1200, year: 2024 },
      after: null,
      note: null,
    };
    renderPanel('EDITOR', { Revisions: { revisions: [deleted] } });
    await openHistory();
    const [item] = await revisionItems();
    expect(within(item!).getByRole('button', { name: 'Restore the deleted record' })).toBeTruthy();
  });

  it('brings back the state a seeded record’s history began from, before its first change', async () => {
    const edited = { ...history.revisions[1]!, id: 'first-edit' };
    const { requests } = renderPanel('EDITOR', {
      Revisions: { revisions: [edited] },
      RestoreRevision: { restoreRevision: { __typename: 'Practice', id: PRACTICE_ID, version: 3 } },
    });
    const user = await openHistory();
    const [item] = await revisionItems();
    expect(within(item!).queryByRole('button', { name: 'Restore this version' })).toBeNull();
    await user.click(within(item!).getByRole('button', { name: 'Restore the state before this change' }));
    expect(within(item!).getByRole('group', { name: 'Confirm the restore' }).textContent).toContain(
      'Bring the record back to the state before this change (version 1)?',
    );
    await user.click(within(item!).getByRole('button', { name: 'Yes, restore' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Restored the state before this change. The record is now at version 3.',
    );
    expect(requests.find((r) => r.operationName === 'RestoreRevision')?.variables).toEqual({
      id: 'first-edit',
      before: true,
    });
  });

  it.each([
    ['a contributor', 'CONTRIBUTOR' as const],
    ['an anonymous reader', null],
  ])('shows nothing to %s', async (_, role) => {
    const { requests } = renderPanel(role, {});
    if (role) await expect.poll(() => requests.some((r) => r.operationName === 'Me')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(requests.some((r) => r.operationName === 'Revisions')).toBe(false);
  });
});

describe('the history panel in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('says what each change did, and its fields and values, in Indonesian', async () => {
    renderSignedInIndonesian('EDITOR', '/practices/x', <HistoryPanel entityId={PRACTICE_ID} />, { Revisions: history });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Riwayat' }));
    const [archived, edited, imported] = await revisionItems();
    expect(archived?.textContent).toMatch(/Diarsipkan 1 Mar 2026.* oleh Ed Itor · versi 3 · saat ini/);
    expect(imported?.textContent).toMatch(/Diimpor.*oleh Data awal \/ impor · versi 1/);
    await user.click(within(edited!).getByRole('button', { name: 'Tampilkan perubahan' }));
    expect(within(edited!).getByText('Judul')).toBeTruthy();
    expect(within(edited!).getByText('Penempatan kerja, Pengakuan keterampilan')).toBeTruthy();
    await user.click(within(edited!).getByRole('button', { name: 'Pulihkan versi ini' }));
    expect(within(edited!).getByRole('group', { name: 'Konfirmasi pemulihan' }).textContent).toContain(
      'Kembalikan entri ke versi 2 (status: Draf)?',
    );
  });
});
