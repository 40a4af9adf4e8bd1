import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import type { Role } from '../../editing/RequireRole';
import type { ResultOf } from '../../graphql';
import type { ApiAnswers } from '../../test-support/api-stub';
import { renderSignedIn } from '../../test-support/signed-in';
import type { QueuedPractice, RecentlyRejectedQuery, ReviewQueueQuery } from './queries';
import ReviewQueuePage from './ReviewQueuePage';

const practice = (n: number, title: string): QueuedPractice => ({
  id: `UHJhY3RpY2U6${n}`,
  title,
  summary: `What ${title} does.`,
  year: 2020 + n,
  themes: ['JOB_PLACEMENT'],
  updatedAt: '2026-05-01T09:00:00.000Z',
  submittedAt: '2026-05-01T09:00:00.000Z',
  submittedBy: {
    name: 'Maria Santos',
    organisation: 'Department of Migrant Workers',
    constituency: 'GOVERNMENT',
    country: { code: 'PH', name: 'Philippines' },
  },
  changesSincePublished: null,
  country: { code: 'PH', name: 'Philippines' },
  sources: [
    {
      id: `U291cmNlOj${n}`,
      title: `Report ${n}`,
      url: `https://example.org/${n}`,
      publisher: 'DMW',
      publishedOn: '2024',
      language: null,
      weak: false,
      translations: [],
    },
  ],
});

const queue = (
  nodes: QueuedPractice[],
  pageInfo = { hasNextPage: false, endCursor: null as string | null },
): ResultOf<typeof ReviewQueueQuery> => ({ practices: { totalCount: nodes.length, pageInfo, nodes } });

const noneRejected: ResultOf<typeof RecentlyRejectedQuery> = { practices: { totalCount: 0, nodes: [] } };

/** The page as `role` sees it, in English, or at `/id/…` in Indonesian. */
function renderPage(role: Role | null, answers: ApiAnswers, { indonesian = false } = {}) {
  const page = <ReviewQueuePage />;
  return indonesian
    ? renderSignedIn(role, '/id/review', <LocalizedRoutes>{page}</LocalizedRoutes>, answers)
    : renderSignedIn(role, '/review', page, answers);
}

const item = async (title: string) => (await screen.findByRole('link', { name: title })).closest('li')!;

describe('the review queue', () => {
  it('lists what waits for an editor, with its summary, themes and sources', async () => {
    const { requests } = renderPage('EDITOR', {
      ReviewQueue: queue([practice(1, 'Job fairs'), practice(2, 'Skills passports')]),
      RecentlyRejected: noneRejected,
    });
    const fairs = await item('Job fairs');
    expect(within(fairs).getByRole('link', { name: 'Job fairs' }).getAttribute('href')).toBe(
      '/practices/UHJhY3RpY2U61',
    );
    expect(fairs.textContent).toContain('Philippines · 2021');
    expect(fairs.textContent).toContain('What Job fairs does.');
    expect(within(fairs).getByRole('list', { name: 'Themes' }).textContent).toContain('Job placement');
    expect(
      within(fairs)
        .getByRole('link', { name: /Report 1/ })
        .getAttribute('href'),
    ).toBe('https://example.org/1');
    expect(screen.getByText('2 practices are waiting for an editor.')).toBeTruthy();
    expect(requests.find((r) => r.operationName === 'ReviewQueue')?.variables).toEqual({ after: null, first: 20 });
    expect(document.querySelector('title')?.textContent).toBe('Review queue · Reintegration Atlas');
  });

  it('says who submitted each practice, from which organisation and constituency, when, and that it is new', async () => {
    const fromWorkers: QueuedPractice = {
      ...practice(1, 'Savings groups in Lombok'),
      submittedAt: '2026-12-03T10:15:00.000Z',
      submittedBy: {
        name: 'Siti Rahmawati',
        organisation: 'Serikat Buruh Migran Indonesia',
        constituency: 'WORKERS',
        country: { code: 'ID', name: 'Indonesia' },
      },
    };
    const unaffiliated: QueuedPractice = {
      ...practice(2, 'Job fairs'),
      submittedBy: { name: 'Ed Itor', organisation: null, constituency: 'SECRETARIAT', country: null },
    };
    renderPage('EDITOR', { ReviewQueue: queue([fromWorkers, unaffiliated]), RecentlyRejected: noneRejected });
    const savings = await item('Savings groups in Lombok');
    const submission = savings.querySelector('.review-submission')!;
    expect(submission.textContent).toMatch(
      /^Submitted 3 Dec 2026, \d\d:\d\d by Siti Rahmawati, Serikat Buruh Migran Indonesia \(workers’ organisation, Indonesia\)$/,
    );
    expect(within(savings).getByText('Siti Rahmawati').tagName).toBe('STRONG');
    expect(
      within(submission as HTMLElement)
        .getByText(/3 Dec 2026/)
        .getAttribute('datetime'),
    ).toBe('2026-12-03T10:15:00.000Z');
    expect(savings.textContent).toContain('New practice: never published before.');
    expect((await item('Job fairs')).querySelector('.review-submission')!.textContent).toMatch(
      /by Ed Itor \(ASEAN Secretariat\)$/,
    );
  });

  it('shows what changed since the published version, field by field, in words', async () => {
    const resubmitted: QueuedPractice = {
      ...practice(1, 'Job fairs in Cebu'),
      changesSincePublished: [
        { field: 'title', before: ['Job fairs'], after: ['Job fairs in Cebu'] },
        { field: 'themes', before: ['JOB_PLACEMENT', 'ENTREPRENEURSHIP'], after: ['JOB_PLACEMENT', 'SKILLS_TRAINING'] },
        { field: 'evidenceLevel', before: ['DOCUMENTED'], after: ['MONITORED'] },
        { field: 'program', before: [], after: ['Balik Pinas, Balik Hanapbuhay'] },
        { field: 'sources', before: ['Report 1'], after: ['Report 1', 'DMW survey 2025'] },
      ],
    };
    renderPage('EDITOR', { ReviewQueue: queue([resubmitted]), RecentlyRejected: noneRejected });
    const changes = within(await item('Job fairs in Cebu')).getByRole('region', {
      name: 'Changed since it was last published',
    });
    const entries = [...changes.querySelectorAll('dl > div')].map((entry) => [
      entry.querySelector('dt')!.textContent,
      entry.querySelector('dd')!.textContent,
    ]);
    expect(entries).toEqual([
      ['Title', 'Job fairs → Job fairs in Cebu'],
      ['Themes', 'added Skills training; removed Entrepreneurship'],
      ['Evidence level', 'Documented → Monitored'],
      ['Programme', '— → Balik Pinas, Balik Hanapbuhay'],
      ['Sources', 'added DMW survey 2025'],
    ]);
    expect(changes.textContent).not.toMatch(/SKILLS_TRAINING|DOCUMENTED/);
  });

  it('publishes a practice: it leaves the queue and the editor is told', async () => {
    let waiting = [practice(1, 'Job fairs')];
    const { requests } = renderPage('EDITOR', {
      ReviewQueue: () => queue(waiting),
      RecentlyRejected: noneRejected,
      PublishPractice: ({ id }) => {
        waiting = waiting.filter((p) => p.id !== id);
        return {
          publishPractice: { __typename: 'Practice', id, status: 'PUBLISHED', version: 3, publishedAt: '2026-05-02' },
        };
      },
    });
    const user = userEvent.setup();
    await user.click(within(await item('Job fairs')).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Nothing is waiting for review.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Published “Job fairs”.');
    expect(requests.find((r) => r.operationName === 'PublishPractice')?.variables).toEqual({
      id: 'UHJhY3RpY2U61',
    });
  });

  it('rejects with a reason: the server’s error on a missing reason is shown beside the reason', async () => {
    let waiting = [practice(1, 'Job fairs')];
    let rejected = noneRejected;
    const { requests } = renderPage('ADMIN', {
      ReviewQueue: () => queue(waiting),
      RecentlyRejected: () => rejected,
      RejectPractice: ({ id, reason }) => {
        if (reason === '')
          return {
            errors: [
              {
                message: 'Invalid input.',
                extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'reason', message: 'must not be empty' }] },
              },
            ],
          };
        waiting = [];
        rejected = {
          practices: {
            totalCount: 1,
            nodes: [
              {
                id: String(id),
                title: 'Job fairs',
                updatedAt: '2026-05-02T09:00:00.000Z',
                rejectionReason: String(reason),
                country: { code: 'PH', name: 'Philippines' },
              },
            ],
          },
        };
        return {
          rejectPractice: { __typename: 'Practice', id, status: 'REJECTED', version: 3, rejectionReason: reason },
        };
      },
    });
    const user = userEvent.setup();
    await user.click(within(await item('Job fairs')).getByRole('button', { name: 'Reject…' }));
    const reason = screen.getByRole('textbox', { name: /Reason for rejecting/ });
    expect(document.activeElement).toBe(reason);
    await user.click(screen.getByRole('button', { name: 'Reject' }));

    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    const describedBy = document.getElementById(reason.getAttribute('aria-describedby') ?? '');
    expect(describedBy?.textContent).toBe('must not be empty');
    expect(describedBy?.closest('.field')).toBe(reason.closest('.field'));
    expect(screen.getByRole('alert').textContent).toContain('must not be empty');

    await user.type(reason, 'Cite the evaluation report.');
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText('Nothing is waiting for review.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Rejected “Job fairs”');
    expect(requests.filter((r) => r.operationName === 'RejectPractice').at(-1)?.variables).toEqual({
      id: 'UHJhY3RpY2U61',
      reason: 'Cite the evaluation report.',
    });
    const recent = screen.getByRole('region', { name: 'Recently rejected' });
    expect((await within(recent).findByText('Cite the evaluation report.')).textContent).toBeTruthy();
  });

  it('says why a publish was refused, and keeps the practice in the queue', async () => {
    renderPage('EDITOR', {
      ReviewQueue: queue([practice(1, 'Job fairs')]),
      RecentlyRejected: noneRejected,
      PublishPractice: {
        errors: [
          {
            message: 'Invalid input.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ path: 'id', message: 'a PUBLISHED practice cannot be published' }],
            },
          },
        ],
      },
    });
    const user = userEvent.setup();
    const fairs = await item('Job fairs');
    await user.click(within(fairs).getByRole('button', { name: 'Publish' }));
    expect((await within(fairs).findByRole('alert')).textContent).toContain('a PUBLISHED practice cannot be published');
    expect(screen.getByRole('link', { name: 'Job fairs' })).toBeTruthy();
  });

  it('pages through a long queue with the cursor of the last item', async () => {
    const { requests } = renderPage('EDITOR', {
      ReviewQueue: ({ after }) =>
        after === 'cursor-20'
          ? queue([practice(21, 'Twenty-first')])
          : queue([practice(1, 'First')], { hasNextPage: true, endCursor: 'cursor-20' }),
      RecentlyRejected: noneRejected,
    });
    const user = userEvent.setup();
    await item('First');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await item('Twenty-first')).toBeTruthy();
    expect(requests.filter((r) => r.operationName === 'ReviewQueue').at(-1)?.variables).toEqual({
      after: 'cursor-20',
      first: 20,
    });
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await item('First')).toBeTruthy();
  });

  it('shows recently rejected practices with their reasons', async () => {
    renderPage('EDITOR', {
      ReviewQueue: queue([]),
      RecentlyRejected: {
        practices: {
          totalCount: 1,
          nodes: [
            {
              id: 'UHJhY3RpY2U6OQ==',
              title: 'Returnee hotline',
              updatedAt: '2026-04-01T09:00:00.000Z',
              rejectionReason: 'Which years does the figure cover?',
              country: { code: 'ID', name: 'Indonesia' },
            },
          ],
        },
      },
    });
    expect(await screen.findByText('Nothing is waiting for review.')).toBeTruthy();
    const recent = screen.getByRole('region', { name: 'Recently rejected' });
    expect(within(recent).getByRole('link', { name: 'Returnee hotline' }).getAttribute('href')).toBe(
      `/practices/${encodeURIComponent('UHJhY3RpY2U6OQ==')}`,
    );
    expect(recent.textContent).toContain('Which years does the figure cover?');
  });

  it('is for editors only', async () => {
    const { requests } = renderPage('CONTRIBUTOR', {});
    expect((await screen.findByRole('alert')).textContent).toContain('may not review submitted practices');
    expect(requests.some((r) => r.operationName === 'ReviewQueue')).toBe(false);
  });

  it('asks an anonymous reader to sign in', async () => {
    renderPage(null, {});
    expect((await screen.findByRole('link', { name: 'Sign in' })).getAttribute('href')).toBe('/sign-in?next=%2Freview');
  });
});

describe('the review queue in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('says who submitted what, and offers Publish and Reject, in Indonesian', async () => {
    renderPage(
      'EDITOR',
      { ReviewQueue: queue([practice(1, 'Job fairs'), practice(2, 'Savings groups')]), RecentlyRejected: noneRejected },
      { indonesian: true },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Antrean tinjauan' })).toBeTruthy();
    const jobFairs = await item('Job fairs');
    expect(jobFairs.querySelector('.review-submission')!.textContent).toMatch(
      /^Diajukan .* oleh Maria Santos, Department of Migrant Workers \(pemerintah, Filipina\)$/,
    );
    expect(jobFairs.textContent).toContain('Praktik baru: belum pernah diterbitkan.');
    expect(within(jobFairs).getByRole('button', { name: 'Terbitkan' })).toBeTruthy();
    expect(within(jobFairs).getByRole('button', { name: 'Tolak…' })).toBeTruthy();
    expect(screen.getByText('2 praktik menunggu editor.')).toBeTruthy();
    expect(await screen.findByText('Tidak ada praktik yang menunggu direvisi oleh penulisnya.')).toBeTruthy();
  });
});
