import { programStatuses } from '@atlas/shared';
import { Link } from 'wouter';
import { MemberStateMark } from '../../charts/Marker';
import { labelOf } from '../../components/Vocabulary';
import { practicesHref } from '../../practice-filter-params';
import type { ComparedCountry } from './queries';

function years(program: { startYear?: number | null; endYear?: number | null }): string | null {
  if (program.startYear && program.endYear) return `${program.startYear}–${program.endYear}`;
  if (program.startYear) return `since ${program.startYear}`;
  if (program.endYear) return `until ${program.endYear}`;
  return null;
}

/** Each country's programmes in its own column (stacked on a phone). */
export function ProgramsSideBySide({ countries }: { countries: readonly ComparedCountry[] }) {
  return (
    <ul className="compare-columns" role="list">
      {countries.map((country) => (
        <li key={country.code} className="card">
          <h3>
            <MemberStateMark code={country.code} />
            <Link href={`/countries/${country.code}`}>{country.name}</Link>
          </h3>
          {country.programs.length === 0 ? (
            <p className="meta">No programme recorded in the Atlas yet.</p>
          ) : (
            <ul className="compare-programs" aria-label={`Programmes of ${country.name}`}>
              {country.programs.map((program) => {
                const period = years(program);
                return (
                  <li key={program.id}>
                    <Link href={`/programs/${encodeURIComponent(program.id)}`}>{program.name}</Link>
                    {program.acronym && program.acronym !== program.name && (
                      <span className="meta"> ({program.acronym})</span>
                    )}
                    <br />
                    <span className="meta">
                      <span className="visually-hidden">Status: </span>
                      {labelOf(programStatuses, program.status)}
                      {period && <> · {period}</>}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="meta">
            <Link href={practicesHref({ countryCodes: [country.code] })}>
              {country.practiceCount} {country.practiceCount === 1 ? 'practice' : 'practices'}
              <span className="visually-hidden"> of {country.name}</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
