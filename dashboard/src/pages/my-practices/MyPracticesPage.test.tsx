import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import type { Role } from '../../editing/RequireRole';
import { renderSignedIn } from '../../test-support/signed-in';
import MyPracticesPage from './MyPracticesPage';
import type { UnpublishedPractice } from './queries';

const philippines = { code: 'PH', name: 'Philippines' };
const PRACTICES: UnpublishedPractice[] = [
  {
    id: 'UHJhY3RpY2U6MQ',
    title: 'Savings groups for returnees',
    status: 'REJECTED',
    rejectionReason: 'Cite the evaluation report.',
    updatedAt: '2026-11-28T10:00:00.000Z',
    country: philippines,
  },
  {
    id: 'UHJhY3RpY2U6Mg',
    title: 'One-stop reintegration desks',
    status: 'IN_REVIEW',
    rejectionReason: null,
    updatedAt: '2026-11-27T10:00:00.000Z',
    country: philippines,
  },
  {
    id: 'UHJhY3RpY2U6Mw',
    title: 'Skills passports',
    status: 'DRAFT',
    rejectionReason: null,
    updatedAt: '2026-11-26T10:00:00.000Z',
    country: philippines,
  },
];

/** The page as `role` sees it, in English, or at `/id/…` in Indonesian. */
function openAs(
  role: Role | null,
  nodes = PRACTICES,
  { totalCount = nodes.length, indonesian = false }: { totalCount?: number; indonesian?: boolean } = {},
) {
  const page = <MyPracticesPage />;
  return renderSignedIn(
    role,
    indonesian ? '/id/my-practices' : '/my-practices',
    indonesian ? <LocalizedRoutes>{page}</LocalizedRoutes> : page,
    { MyPractices: { practices: { totalCount, nodes } } },
  );
}

describe('my practices', () => {
  it('lists a contributor’s unpublished practices by status, with the reason one was sent back', async () => {
    const { requests } = openAs('CONTRIBUTOR');
    expect(await screen.findByRole('heading', { level: 1, name: 'My practices' })).toBeTruthy();
    const rejected = await screen.findByRole('region', { name: 'Rejected (1)' });
    expect(within(rejected).getByText('Cite the evaluation report.')).toBeTruthy();
    expect(within(rejected).getByText('28 November 2026')).toBeTruthy();
    expect(within(rejected).getByRole('link', { name: 'Edit Savings groups for returnees' }).getAttribute('href')).toBe(
      '/practices/UHJhY3RpY2U6MQ/edit',
    );
    const inReview = screen.getByRole('region', { name: 'In review (1)' });
    expect(within(inReview).getByRole('link', { name: 'View One-stop reintegration desks' })).toBeTruthy();
    expect(within(inReview).queryByRole('link', { name: /^Edit/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'New practice' }).getAttribute('href')).toBe('/practices/new');
    expect(requests.find((request) => request.operationName === 'MyPractices')?.variables).toEqual({ first: 100 });
  });

  it('tells an editor the list is every contributor’s, each editable', async () => {
    openAs('EDITOR');
    expect(await screen.findByRole('heading', { level: 1, name: 'Practices not published yet' })).toBeTruthy();
    expect(await screen.findByText(/Every contributor’s practices/)).toBeTruthy();
    const inReview = screen.getByRole('region', { name: 'In review (1)' });
    expect(within(inReview).getByRole('link', { name: 'Edit One-stop reintegration desks' })).toBeTruthy();
  });

  it('says when nothing is in progress', async () => {
    openAs('CONTRIBUTOR', []);
    expect(await screen.findByText(/You have no practice in progress/)).toBeTruthy();
  });

  it('asks an anonymous reader to sign in', async () => {
    openAs(null);
    expect((await screen.findByRole('link', { name: 'Sign in' })).getAttribute('href')).toBe(
      '/sign-in?next=%2Fmy-practices',
    );
  });
});

describe('my practices in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('groups the practices by status and says what to do, in Indonesian', async () => {
    openAs('CONTRIBUTOR', PRACTICES, { totalCount: 5, indonesian: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Praktik saya' })).toBeTruthy();
    const rejected = await screen.findByRole('region', { name: 'Ditolak (1)' });
    expect(within(rejected).getByText('28 November 2026').parentElement!.textContent).toContain(
      'Filipina · diperbarui',
    );
    expect(within(rejected).getByRole('link', { name: 'Sunting Savings groups for returnees' })).toBeTruthy();
    expect(screen.getByText('3 yang terakhir diubah dari 5 praktik.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Praktik baru' }).getAttribute('href')).toBe('/id/practices/new');
  });
});
