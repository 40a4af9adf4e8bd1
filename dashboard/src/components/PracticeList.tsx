import { Link } from 'wouter';
import { graphql } from '../graphql';
import './profile.css';
import { t } from '../i18n/message';

/** What a list of practices (a profile page's, the browser's, the review queue's) shows of each. */
export const PracticeListItem = graphql(`
  fragment PracticeListItem on Practice @_unmask {
    id
    title
    year
    summary
  }
`);

interface ListedPractice {
  id: string;
  title: string;
  year: number;
  summary: string;
  /** Named after the year where the list is not a programme's own. */
  program?: { name: string; acronym: string | null } | null;
}

/** A profile page's practices: each title linking to the practice, its year (and programme), its summary. */
export function PracticeList({ practices }: { practices: readonly ListedPractice[] }) {
  return (
    <ul className="practice-list">
      {practices.map((practice) => (
        <li key={practice.id}>
          <Link href={`/practices/${practice.id}`}>{practice.title}</Link>{' '}
          <span className="meta">
            {practice.program
              ? t('practiceList.metaWithProgramme', {
                  year: practice.year,
                  programme: practice.program.acronym ?? practice.program.name,
                })
              : t('practiceList.meta', { year: practice.year })}
          </span>
          <p>{practice.summary}</p>
        </li>
      ))}
    </ul>
  );
}
