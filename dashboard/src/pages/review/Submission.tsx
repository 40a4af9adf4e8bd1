import { formatWhen } from '../../history/format-when';
import type { QueuedPractice } from './queries';

/** The constituencies as a secretariat officer names them. */
const CONSTITUENCIES: Record<string, string> = {
  GOVERNMENT: 'government',
  EMPLOYERS: 'employers’ organisation',
  WORKERS: 'workers’ organisation',
  SECRETARIAT: 'ASEAN Secretariat',
  OTHER: 'other organisation',
};

/**
 * Who sent the practice for review and when: "Submitted 3 Dec 2026, 10:15 by Siti Rahmawati,
 * Serikat Buruh Migran Indonesia (workers’ organisation, Indonesia)". Never an e-mail address: the
 * API gives editors the submitter's name, organisation, constituency and country only.
 */
export function Submission({ practice }: { practice: QueuedPractice }) {
  const { submittedBy: by } = practice;
  const when = practice.submittedAt ?? practice.updatedAt;
  const about = by && [CONSTITUENCIES[by.constituency], by.country?.name].filter(Boolean).join(', ');
  return (
    <p className="review-submission">
      Submitted <time dateTime={when}>{formatWhen(when)}</time>
      {by && (
        <>
          {' '}
          by <strong>{by.name}</strong>
          {by.organisation && `, ${by.organisation}`}
          {about && ` (${about})`}
        </>
      )}
    </p>
  );
}
