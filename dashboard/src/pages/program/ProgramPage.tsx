import { useIntl } from 'react-intl';
import { dimensions, levels, programStatuses, stakeholders, targetGroups, type Vocabulary } from '@atlas/shared';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { SourceItems } from '../../components/SourceLinks';
import { VocabularyTags } from '../../components/Vocabulary';
import { SavedNotice } from '../../editing/Confirmation';
import { EDITORS, useHasRole } from '../../editing/RequireRole';
import { HistoryPanel } from '../../history/HistoryPanel';
import { practicesHref } from '../../practice-filter-params';
import { FigureTable } from '../../figures/FigureTable';
import { IndicatorCharts, SingleYearFigures } from '../../figures/IndicatorFigures';
import { programYears } from '../../components/program-years';
import '../../components/profile.css';
import './program.css';
import { PracticeList } from '../../components/PracticeList';
import { PROGRAM_PRACTICES_SHOWN, ProgramQuery, type ProgramData } from './queries';
import { Fact } from '../../components/Fact';
import { LocalizedText, usePageContentLanguage } from '../../components/LocalizedText';
import { textOf } from '../../components/localized-text';
import { TranslationsPanel } from '../../editing/TranslationsPanel';

export default function ProgramPage({ id }: { id: string }) {
  const language = usePageContentLanguage();
  const [result, reexecute] = useQuery({
    query: ProgramQuery,
    variables: { id, practices: PROGRAM_PRACTICES_SHOWN, language },
  });
  if (result.data && result.data.program === null) return <ProgramNotFound />;
  return (
    <QueryState what="programme" result={result} data={result.data?.program} retry={reexecute}>
      {(program) => <Program program={program} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />}
    </QueryState>
  );
}

function ProgramNotFound() {
  return (
    <section>
      <title>Programme not found — Reintegration Atlas</title>
      <h1>Programme not found</h1>
      <p className="state state-empty">
        No programme has this address: it may have been removed, or the link is incomplete.
      </p>
      <p>
        Find programmes on the country pages from the <Link href="/">overview</Link>, or{' '}
        <Link href="/practices">browse the practices</Link>.
      </p>
    </section>
  );
}

function Program({ program, onChanged }: { program: ProgramData; onChanged(): void }) {
  const intl = useIntl();
  const otherNames = [program.localName, program.acronym].filter((name): name is string => Boolean(name));
  const status = programStatuses[program.status];
  const editor = useHasRole(EDITORS);
  return (
    <article className="program-page profile">
      <title>{`${program.acronym ?? program.name} — Reintegration Atlas`}</title>
      <header>
        <p className="meta eyebrow">
          Reintegration programme in <Link href={`/countries/${program.country.code}`}>{program.country.name}</Link>
        </p>
        <h1>
          <LocalizedText text={textOf(program.texts, 'name', program.name)} />
        </h1>
        {otherNames.length > 0 && <p className="lede">{otherNames.join(' · ')}</p>}
      </header>
      <SavedNotice recordKey={program.id} />

      {editor && (
        <p className="form-actions">
          <Link className="button secondary" href={`/programs/${program.id}/edit`}>
            Edit this programme
          </Link>
          <Link className="button secondary" href={`/programs/${program.id}/outcomes`}>
            Record or delete outcomes
          </Link>
        </p>
      )}

      <dl className="facts">
        <Fact term="Country">
          <Link href={`/countries/${program.country.code}`}>{program.country.name}</Link>
        </Fact>
        <Fact term="Lead agency">{program.leadAgency}</Fact>
        <Fact term="Partners">{program.partners.length > 0 ? program.partners.join(', ') : 'None reported'}</Fact>
        <Fact term="Years">{programYears(intl, program.startYear, program.endYear, program.status)}</Fact>
        <Fact term="Status">
          {status?.label ?? program.status}
          {status && <span className="meta"> — {status.description}</span>}
        </Fact>
      </dl>

      <div className="prose">
        <p>
          <LocalizedText text={textOf(program.texts, 'summary', program.summary)} />
        </p>
      </div>

      {program.components.length > 0 && (
        <section aria-labelledby="program-components">
          <h2 id="program-components">Components</h2>
          <ol className="components">
            {program.components.map((component) => (
              <li key={component.name}>
                <strong>{component.name}</strong>
                {component.description && <p>{component.description}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="program-focus">
        <h2 id="program-focus">Focus</h2>
        <dl className="focus">
          <FocusRow term="Dimensions" vocabulary={dimensions} values={program.dimensions} />
          <FocusRow term="Levels" vocabulary={levels} values={program.levels} />
          <FocusRow term="Target groups" vocabulary={targetGroups} values={program.targetGroups} />
          <FocusRow term="Stakeholders" vocabulary={stakeholders} values={program.stakeholders} />
        </dl>
      </section>

      <section aria-labelledby="program-outcomes">
        <h2 id="program-outcomes">Outcomes</h2>
        {program.outcomes.length === 0 ? (
          <Empty>No measured outcomes are recorded for this programme yet.</Empty>
        ) : (
          <>
            <IndicatorCharts figures={program.outcomes} />
            <SingleYearFigures figures={program.outcomes} />
            <h3>All outcomes</h3>
            <FigureTable
              caption={`All outcomes of ${program.name}, with sources`}
              figures={program.outcomes}
              unitColumn
              sexColumn="always"
            />
          </>
        )}
      </section>

      <section aria-labelledby="program-practices">
        <h2 id="program-practices">Practices ({program.practices.totalCount})</h2>
        {program.practices.nodes.length === 0 ? (
          <Empty>No published practice of this programme yet.</Empty>
        ) : (
          <PracticeList practices={program.practices.nodes} />
        )}
        <p>
          <Link href={practicesHref({ programId: program.id })}>Browse and filter the practices of this programme</Link>
        </p>
      </section>

      {program.sources.length > 0 && (
        <section aria-labelledby="program-sources" className="sources">
          <h2 id="program-sources">Sources</h2>
          <ol>
            <SourceItems sources={program.sources} />
          </ol>
        </section>
      )}

      {editor && <TranslationsPanel recordId={program.id} type="ReintegrationProgram" onChanged={onChanged} />}
      <HistoryPanel entityId={program.id} />
    </article>
  );
}

function FocusRow<E extends string>({
  term,
  vocabulary,
  values,
}: {
  term: string;
  vocabulary: Vocabulary<E>;
  values: readonly `${E}`[];
}) {
  return (
    <Fact term={term}>
      {values.length > 0 ? (
        <VocabularyTags vocabulary={vocabulary} values={values} label={term} />
      ) : (
        <span className="meta">None recorded</span>
      )}
    </Fact>
  );
}
