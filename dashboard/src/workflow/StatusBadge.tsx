import { practiceStatuses } from '@atlas/shared';
import { useVocabulary } from '../components/Vocabulary';
import type { PracticeStatusValue } from './queries';
import './status-badge.css';

/** Where a practice is in the workflow ("In review"), with what that means on hover. */
export function StatusBadge({ status }: { status: PracticeStatusValue }) {
  const { labelOf, descriptionOf } = useVocabulary();
  return (
    <span
      className={`status-badge status-badge-${status.toLowerCase().replace('_', '-')}`}
      title={descriptionOf(practiceStatuses, status)}
    >
      {labelOf(practiceStatuses, status)}
    </span>
  );
}
