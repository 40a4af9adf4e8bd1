import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../editing/RequireRole';
import type { ApiAnswers } from '../../test-support/api-stub';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { renderSignedIn } from '../../test-support/signed-in';
import { SAVINGS_GROUP } from '../../test-support/fixtures';
import PracticePage from './PracticePage';
import type { PracticeStatusValue } from '../../workflow/queries';
import type { PracticeDetail } from './queries';

const PRACTICE: PracticeDetail = {
  notFound: [],
  id: 'UHJhY3RpY2U6Nw',
  title: 'Savings groups for returnees',
  texts: [],
  ...SAVINGS_GROUP,
  updatedAt: '2026-11-29T09:13:44.791Z',
  lastEditedAt: '2026-11-29T09:13:44.791Z',
  status: 'DRAFT',
  version: 2,
  rejectionReason: null,
  country: { code: 'PH', name: 'Philippines' },
  program: null,
  event: null,
  outcomes: [],
  sources: [],
  studies: [],
};

/** The page of a practice in `status` (with `patch`), as `role` sees it. */
function openAs(
  role: Role | null,
  status: PracticeStatusValue,
  answers: ApiAnswers = {},
  patch: Partial<PracticeDetail> = {},
) {
  const practice = { ...PRACTICE, status, ...patch };
  const view = renderSignedIn(role, `/practices/${practice.id}`, <PracticePage id={practice.id} />, {
    Practice: { practice },
    ...answers,
  });
  return { ...view, panel: () => screen.findByRole('region', { name: 'Editorial workflow' }) };
}

/** A workflow step's answer: the practice in its new status. */
const moved = (field: string, status: PracticeStatusValue, rejectionReason: string | null = null) => ({
  [field]: { id: PRACTICE.id, status, version: 3, rejectionReason },
});

describe('the workflow panel of a practice', () => {
  it('is not there for an anonymous reader', async () => {
    openAs(null, 'PUBLISHED');
    expect(await screen.findByRole('heading', { level: 1, name: PRACTICE.title })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Editorial workflow' })).toBeNull();
  });

  it('lets a contributor edit their draft and submit it for review', async () => {
    const user = userEvent.setup();
    const { panel, requests } = openAs('CONTRIBUTOR', 'DRAFT', {
      SubmitPractice: moved('submitPractice', 'IN_REVIEW'),
    });
    const box = await panel();
    expect(within(box).getByText('Draft')).toBeTruthy();
    expect(box.textContent).toContain('version 2');
    expect(within(box).getByRole('link', { name: 'Edit' }).getAttribute('href')).toBe(`/practices/${PRACTICE.id}/edit`);
    expect(within(box).queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(within(box).queryByRole('button', { name: 'Archive…' })).toBeNull();

    await user.click(within(box).getByRole('button', { name: 'Submit for review' }));
    expect((await within(box).findByRole('status')).textContent).toMatch(/^Submitted for review/);
    expect(requests.find((request) => request.operationName === 'SubmitPractice')?.variables).toEqual({
      id: PRACTICE.id,
    });
  });

  it('shows a contributor why their practice was sent back', async () => {
    const { panel } = openAs('CONTRIBUTOR', 'REJECTED', {}, { rejectionReason: 'Cite the evaluation report.' });
    const box = await panel();
    expect(within(box).getByText('Cite the evaluation report.')).toBeTruthy();
    expect(within(box).getByRole('button', { name: 'Submit for review' })).toBeTruthy();
  });

  it('offers a contributor nothing to do with a published practice', async () => {
    const { panel } = openAs('CONTRIBUTOR', 'PUBLISHED');
    const box = await panel();
    expect(within(box).getByText('Published')).toBeTruthy();
    expect(within(box).queryByRole('button')).toBeNull();
    expect(within(box).queryByRole('link')).toBeNull();
  });

  it('lets an editor reject a practice in review, with a reason', async () => {
    const user = userEvent.setup();
    const { panel, requests } = openAs('EDITOR', 'IN_REVIEW', {
      RejectPractice: moved('rejectPractice', 'REJECTED', 'Cite the evaluation report.'),
    });
    const box = await panel();
    expect(within(box).getByRole('button', { name: 'Publish' })).toBeTruthy();
    await user.click(within(box).getByRole('button', { name: 'Reject…' }));
    const form = within(box).getByRole('form', { name: 'Reject the practice' });
    const reason = within(form).getByRole('textbox', { name: /Reason for the contributor/ });
    expect(document.activeElement).toBe(reason);

    await user.click(within(form).getByRole('button', { name: 'Reject and send back' }));
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent).toBe(
      'give a reason for the contributor',
    );
    expect(requests.map((request) => request.operationName)).not.toContain('RejectPractice');

    await user.type(reason, 'Cite the evaluation report.');
    await user.click(within(form).getByRole('button', { name: 'Reject and send back' }));
    expect((await within(box).findByRole('status')).textContent).toMatch(/^Rejected/);
    expect(requests.find((request) => request.operationName === 'RejectPractice')?.variables).toEqual({
      id: PRACTICE.id,
      reason: 'Cite the evaluation report.',
    });
  });

  it('asks an editor to confirm before archiving', async () => {
    const user = userEvent.setup();
    const { panel, requests } = openAs('EDITOR', 'PUBLISHED', {
      ArchivePractice: moved('archivePractice', 'ARCHIVED'),
    });
    const box = await panel();
    await user.click(within(box).getByRole('button', { name: 'Archive…' }));
    expect(requests.map((request) => request.operationName)).not.toContain('ArchivePractice');
    await user.click(within(box).getByRole('button', { name: 'Archive it' }));
    expect((await within(box).findByRole('status')).textContent).toMatch(/^Archived/);
    expect(requests.map((request) => request.operationName)).toContain('ArchivePractice');
  });

  it('says why the API refused a step', async () => {
    const user = userEvent.setup();
    const { panel } = openAs('EDITOR', 'IN_REVIEW', {
      PublishPractice: {
        errors: [
          {
            message: 'Invalid input.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { path: 'id', message: 'a PUBLISHED practice cannot be published (only a DRAFT or IN_REVIEW one can)' },
              ],
            },
          },
        ],
      },
    });
    await user.click(within(await panel()).getByRole('button', { name: 'Publish' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was changed. a PUBLISHED practice cannot be published (only a DRAFT or IN_REVIEW one can)',
    );
  });

  it('confirms a save made on the form', async () => {
    leaveSavedNotice(PRACTICE.id, 'Your changes were saved (version 3).');
    const { panel } = openAs('CONTRIBUTOR', 'DRAFT');
    const shown = await panel();
    await waitFor(() =>
      expect(within(shown).getByRole('status').textContent).toBe('Your changes were saved (version 3).'),
    );
  });
});
