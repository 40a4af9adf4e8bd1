import { useIntl } from 'react-intl';
import {
  Dimension,
  dimensions,
  EvidenceLevel,
  evidenceLevels,
  Level,
  levels,
  sexes,
  Stakeholder,
  stakeholders,
  TargetGroup,
  targetGroups,
  Theme,
  themes,
} from '@atlas/shared';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ErrorState, Loading } from '../../components/QueryState';
import { HistoryPanel } from '../../history/HistoryPanel';
import { SourceLink, SourceLinks } from '../../components/SourceLinks';
import { labelOf } from '../../components/Vocabulary';
import { practicesHref } from '../../practice-filter-params';
import { members } from '../../components/Vocabulary';
import { formatDateRange, formatValue } from '../../format';
import { paragraphs } from './paragraphs';
import { howCurrent } from './last-updated';
import { LinkedTags } from './LinkedTags';
import { PracticeQuery, type PracticeDetail } from './queries';
import { WorkflowPanel } from './WorkflowPanel';
import './practice.css';

export default function PracticePage({ id }: { id: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PracticeQuery, variables: { id } });

  if (error && !data) {
    return (
      <section>
        <h1>Practice</h1>
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      </section>
    );
  }
  // While another practice's data is still shown, wait for this one.
  if (!data || (fetching && data.practice && data.practice.id !== id)) return <Loading what="practice" />;
  if (!data.practice) return <PracticeNotFound />;
  return (
    <PracticeView
      practice={data.practice}
      history={
        <HistoryPanel entityId={data.practice.id} onRestored={() => reexecute({ requestPolicy: 'network-only' })} />
      }
    />
  );
}

function PracticeNotFound() {
  return (
    <section className="practice-not-found">
      <title>Practice not found · Reintegration Atlas</title>
      <h1>Practice not found</h1>
      <p className="state state-empty">
        There is no practice at this address, or it is not published. The link may be mistyped or out of date.
      </p>
      <p>
        <Link href="/practices">Browse all practices</Link>
      </p>
    </section>
  );
}

/**
 * The practice as everybody reads it; for accounts that write practices, where it is in the workflow
 * (above), and for editors its history (the `history` slot, at the bottom).
 */
function PracticeView({ practice, history }: { practice: PracticeDetail; history?: ReactNode }) {
  const { locale } = useIntl();
  const { country, program, event } = practice;
  const evidence = evidenceLevels[practice.evidenceLevel];
  const current = howCurrent(locale, practice);
  const outcomes = [...practice.outcomes].sort(
    (a, b) => a.indicator.name.localeCompare(b.indicator.name) || a.year - b.year,
  );

  return (
    <article className="practice-page">
      <title>{`${practice.title} · Reintegration Atlas`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/practices">Practices</Link>
          </li>
          <li>
            <Link href={practicesHref({ countryCodes: [country.code] })}>{country.name}</Link>
          </li>
        </ol>
      </nav>
      <h1>{practice.title}</h1>
      <p className="lede">{practice.summary}</p>
      <WorkflowPanel practice={practice} />

      <div className="practice-layout">
        <aside className="practice-facts" aria-labelledby="facts-heading">
          <h2 id="facts-heading">At a glance</h2>
          <dl>
            <dt>Country</dt>
            <dd>
              <Link href={`/countries/${country.code}`}>{country.name}</Link>
            </dd>
            <dt>Programme</dt>
            <dd>
              {program ? (
                <Link href={`/programs/${encodeURIComponent(program.id)}`}>
                  {program.name}
                  {program.acronym ? ` (${program.acronym})` : ''}
                </Link>
              ) : (
                <span className="meta">Not part of a programme</span>
              )}
            </dd>
            <dt>Year</dt>
            <dd>
              <Link href={practicesHref({ yearFrom: practice.year, yearTo: practice.year })}>{practice.year}</Link>
            </dd>
            <dt>Themes</dt>
            <dd>
              <LinkedTags
                vocabulary={themes}
                values={practice.themes}
                label="Themes"
                href={(value) => practicesHref({ themes: members(Object.values(Theme), [value]) })}
              />
            </dd>
            <dt>Dimensions</dt>
            <dd>
              <LinkedTags
                vocabulary={dimensions}
                values={practice.dimensions}
                label="Dimensions"
                href={(value) => practicesHref({ dimensions: members(Object.values(Dimension), [value]) })}
              />
            </dd>
            <dt>Levels</dt>
            <dd>
              <LinkedTags
                vocabulary={levels}
                values={practice.levels}
                label="Levels"
                href={(value) => practicesHref({ levels: members(Object.values(Level), [value]) })}
              />
            </dd>
            <dt>Stakeholders</dt>
            <dd>
              <LinkedTags
                vocabulary={stakeholders}
                values={practice.stakeholders}
                label="Stakeholders"
                href={(value) => practicesHref({ stakeholders: members(Object.values(Stakeholder), [value]) })}
              />
            </dd>
            <dt>Target groups</dt>
            <dd>
              <LinkedTags
                vocabulary={targetGroups}
                values={practice.targetGroups}
                label="Target groups"
                href={(value) => practicesHref({ targetGroups: members(Object.values(TargetGroup), [value]) })}
              />
            </dd>
            <dt>Evidence level</dt>
            <dd>
              <LinkedTags
                vocabulary={evidenceLevels}
                values={[practice.evidenceLevel]}
                label="Evidence level"
                href={(value) => practicesHref({ evidenceLevels: members(Object.values(EvidenceLevel), [value]) })}
              />
            </dd>
            {practice.partners.length > 0 && (
              <>
                <dt>Partners</dt>
                <dd>
                  <ul className="partner-list">
                    {practice.partners.map((partner) => (
                      <li key={partner}>{partner}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <p className="meta">Each tag links to the other practices that share it.</p>
        </aside>

        <div className="practice-main">
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">Description</h2>
            <div className="prose">
              {paragraphs(practice.body).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </section>

          {event && (
            <section aria-labelledby="event-heading" className="practice-event">
              <h2 id="event-heading">Presented at</h2>
              <p className="event-name">
                <strong>{event.name}</strong>
                {event.localName && (
                  <>
                    {' '}
                    <span className="meta">({event.localName})</span>
                  </>
                )}
              </p>
              <p className="meta">
                {[
                  [event.city, event.country?.name].filter(Boolean).join(', ') || 'Online',
                  formatDateRange(locale, event.startDate, event.endDate),
                ].join(' · ')}
                {event.organiser && (
                  <>
                    <br />
                    Organised by {event.organiser}
                  </>
                )}
              </p>
            </section>
          )}

          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">Outcomes</h2>
            {outcomes.length === 0 ? (
              <p className="meta">No measured result is attributed to this practice yet.</p>
            ) : (
              <div className="table-scroll">
                <table className="outcome-table">
                  <caption className="visually-hidden">
                    Measured results attributed to this practice, each with its source
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Indicator</th>
                      <th scope="col" className="number">
                        Year
                      </th>
                      <th scope="col" className="number">
                        Value
                      </th>
                      <th scope="col">Unit</th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outcomes.map((outcome) => (
                      <tr key={outcome.id}>
                        <th scope="row">
                          {outcome.indicator.name}
                          {outcome.sex !== 'TOTAL' && `, ${labelOf(sexes, outcome.sex).toLowerCase()}`}
                          {outcome.note && <span className="outcome-note">{outcome.note}</span>}
                        </th>
                        <td className="number">{outcome.year}</td>
                        <td className="number">{formatValue(locale, outcome.value)}</td>
                        <td>{outcome.indicator.unit}</td>
                        <td>
                          <SourceLink source={outcome.source} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence and sources</h2>
            <p>
              Evidence level: <strong>{labelOf(evidenceLevels, practice.evidenceLevel)}</strong>
              {evidence ? ` — ${evidence.description}` : ''}
            </p>
            <SourceLinks sources={practice.sources} />
            {current && (
              <p className="meta">
                {current.label} <time dateTime={current.dateTime}>{current.date}</time>.
              </p>
            )}
          </section>
        </div>
      </div>
      {history}
    </article>
  );
}
