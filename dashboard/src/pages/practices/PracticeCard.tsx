import { evidenceLevels, themes } from '@atlas/shared';
import { Link } from 'wouter';
import { labelOf, VocabularyTags } from '../../components/Vocabulary';
import type { PracticeSummary } from './queries';

/** One practice in the result list. */
export function PracticeCard({ practice }: { practice: PracticeSummary }) {
  const evidence = evidenceLevels[practice.evidenceLevel];
  return (
    <article className="card practice-card">
      <h3>
        <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title}</Link>
      </h3>
      <p className="meta practice-meta">
        <span>
          <Link href={`/countries/${practice.country.code}`}>{practice.country.name}</Link>
        </span>{' '}
        <span>
          <span className="visually-hidden">Began </span>
          {practice.year}
        </span>{' '}
        <span>
          Evidence: <span title={evidence?.description}>{labelOf(evidenceLevels, practice.evidenceLevel)}</span>
        </span>
      </p>
      {practice.program && (
        <p className="meta">
          Programme:{' '}
          <Link href={`/programs/${encodeURIComponent(practice.program.id)}`}>
            {practice.program.name}
            {practice.program.acronym ? ` (${practice.program.acronym})` : ''}
          </Link>
        </p>
      )}
      <p className="practice-summary">{practice.summary}</p>
      <VocabularyTags vocabulary={themes} values={practice.themes} label="Themes" />
    </article>
  );
}
