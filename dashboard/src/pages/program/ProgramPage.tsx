import { useIntl } from 'react-intl';
import {
  dimensions,
  geographicReaches,
  levels,
  measureKinds,
  programStatuses,
  stakeholders,
  targetGroups,
  type Vocabulary,
} from '@atlas/shared';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { SourceItems } from '../../components/SourceLinks';
import { NotFoundInSources } from '../../components/NotFoundInSources';
import { useCountryName } from '../../components/country-name';
import { useVocabulary, VocabularyTags } from '../../components/Vocabulary';
import { SavedNotice } from '../../editing/Confirmation';
import { EDITORS, useHasRole } from '../../editing/RequireRole';
import { HistoryPanel } from '../../history/HistoryPanel';
import { PageTitle } from '../../layout/PageTitle';
import { practicesHref } from '../../practice-filter-params';
import { FigureTable } from '../../figures/FigureTable';
import { IndicatorCharts, SingleYearFigures } from '../../figures/IndicatorFigures';
import { programYears } from '../../components/program-years';
import '../../components/profile.css';
import './program.css';
import { PracticeList } from '../../components/PracticeList';
import { StudyList } from '../../components/StudyList';
import { PROGRAM_PRACTICES_SHOWN, ProgramQuery, type ProgramData } from './queries';
import { Fact } from '../../components/Fact';
import { t } from '../../i18n/message';
import { PrintFrame } from '../../print/PrintFrame';
import type { MessageId } from '../../i18n/message-ids';
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
    <QueryState what="programPage.what" result={result} data={result.data?.program} retry={reexecute}>
      {(program) => (
        <PrintFrame>
          <Program program={program} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
        </PrintFrame>
      )}
    </QueryState>
  );
}

function ProgramNotFound() {
  const intl = useIntl();
  return (
    <section data-not-found>
      <PageTitle page={intl.formatMessage({ id: 'programPage.notFound' })} />
      <h1>{t('programPage.notFound')}</h1>
      <p className="state state-empty">{t('programPage.notFound.explanation')}</p>
      <p>
        {t('programPage.notFound.elsewhere', {
          overview: (chunks) => <Link href="/">{chunks}</Link>,
          practices: (chunks) => <Link href="/practices">{chunks}</Link>,
        })}
      </p>
    </section>
  );
}

function Program({ program, onChanged }: { program: ProgramData; onChanged(): void }) {
  const intl = useIntl();
  const otherNames = [program.localName, program.acronym].filter((name): name is string => Boolean(name));
  const { labelOf, descriptionOf } = useVocabulary();
  const countryName = useCountryName();
  const country = countryName(program.country);
  const national = program.reach === 'NATIONAL';
  const statusDescription = descriptionOf(programStatuses, program.status);
  const editor = useHasRole(EDITORS);
  const fact = (
    id:
      | 'country'
      | 'leadCountry'
      | 'partnerCountries'
      | 'kind'
      | 'reach'
      | 'leadAgency'
      | 'partners'
      | 'years'
      | 'status',
  ) => intl.formatMessage({ id: `programPage.fact.${id}` });
  const focusRows: FocusRowProps[] = [
    { label: 'programPage.focus.dimensions', vocabulary: dimensions, values: program.dimensions },
    { label: 'programPage.focus.levels', vocabulary: levels, values: program.levels },
    { label: 'programPage.focus.targetGroups', vocabulary: targetGroups, values: program.targetGroups },
    { label: 'programPage.focus.stakeholders', vocabulary: stakeholders, values: program.stakeholders },
  ];
  return (
    <article className="program-page profile">
      <PageTitle page={program.acronym ?? program.name} />
      <header>
        <p className="meta eyebrow">
          {t('programPage.eyebrow', {
            country,
            link: (chunks) => <Link href={`/countries/${program.country.code}`}>{chunks}</Link>,
          })}
        </p>
        <h1>
          <LocalizedText text={textOf(program.texts, 'name', program.name)} />
        </h1>
        {otherNames.length > 0 && <p className="lede">{otherNames.join(' · ')}</p>}
      </header>
      <SavedNotice recordKey={program.id} />

      {editor && (
        <p className="form-actions" data-editing>
          <Link className="button secondary" href={`/programs/${program.id}/edit`}>
            {t('programPage.edit')}
          </Link>
          <Link className="button secondary" href={`/programs/${program.id}/outcomes`}>
            {t('programPage.editOutcomes')}
          </Link>
        </p>
      )}

      <dl className="facts">
        <Fact term={fact('kind')}>
          {labelOf(measureKinds, program.kind)}
          <span className="meta"> — {descriptionOf(measureKinds, program.kind)}</span>
        </Fact>
        <Fact term={fact('reach')}>{labelOf(geographicReaches, program.reach)}</Fact>
        <Fact term={fact(national ? 'country' : 'leadCountry')}>
          <Link href={`/countries/${program.country.code}`}>{country}</Link>
        </Fact>
        {!national && (
          <Fact term={fact('partnerCountries')}>
            <ul className="partner-countries">
              {program.partnerCountries.map((partner) => (
                <li key={partner.code}>
                  <Link href={`/countries/${partner.code}`}>{countryName(partner)}</Link>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term={fact('leadAgency')}>{program.leadAgency}</Fact>
        <Fact term={fact('partners')}>
          {program.partners.length > 0 ? program.partners.join(', ') : t('programPage.fact.partners.none')}
        </Fact>
        <Fact term={fact('years')}>{programYears(intl, program.startYear, program.endYear, program.status)}</Fact>
        <Fact term={fact('status')}>
          {labelOf(programStatuses, program.status)}
          {statusDescription && <span className="meta"> — {statusDescription}</span>}
        </Fact>
      </dl>

      <div className="prose">
        <p>
          <LocalizedText text={textOf(program.texts, 'summary', program.summary)} />
        </p>
      </div>

      {program.components.length > 0 && (
        <section aria-labelledby="program-components">
          <h2 id="program-components">{t('programPage.components')}</h2>
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
        <h2 id="program-focus">{t('programPage.focus')}</h2>
        <dl className="focus">
          {focusRows.map((row) => (
            <FocusRow key={row.label} {...row} />
          ))}
        </dl>
      </section>

      <section aria-labelledby="program-outcomes">
        <h2 id="program-outcomes">{t('programPage.outcomes')}</h2>
        {program.outcomes.length === 0 ? (
          <Empty>{t('programPage.outcomes.none')}</Empty>
        ) : (
          <>
            <IndicatorCharts figures={program.outcomes} />
            <SingleYearFigures figures={program.outcomes} />
            <h3>{t('programPage.outcomes.all')}</h3>
            <FigureTable
              caption={intl.formatMessage({ id: 'programPage.outcomes.caption' }, { programme: program.name })}
              figures={program.outcomes}
              unitColumn
              sexColumn="always"
            />
          </>
        )}
      </section>

      <section aria-labelledby="program-evidence">
        <h2 id="program-evidence">{t('programPage.evidence')}</h2>
        <StudyList
          studies={program.studies}
          editing={
            editor
              ? {
                  addHref: `/studies/new?program=${program.id}`,
                  editHref: (study) => `/studies/${study.id}/edit?program=${program.id}`,
                }
              : undefined
          }
        />
      </section>

      <section aria-labelledby="program-practices">
        <h2 id="program-practices">{t('programPage.practices', { count: program.practices.totalCount })}</h2>
        {program.practices.nodes.length === 0 ? (
          <Empty>{t('programPage.practices.none')}</Empty>
        ) : (
          <PracticeList practices={program.practices.nodes} />
        )}
        <p>
          <Link href={practicesHref({ programId: program.id })}>{t('programPage.practices.browse')}</Link>
        </p>
      </section>

      {program.sources.length > 0 && (
        <section aria-labelledby="program-sources" className="sources">
          <h2 id="program-sources">{t('sources.heading')}</h2>
          <ol>
            <SourceItems sources={program.sources} />
          </ol>
        </section>
      )}
      <NotFoundInSources items={program.notFound} />

      {editor && (
        <TranslationsPanel
          recordId={program.id}
          type="ReintegrationProgram"
          citableSources={program.sources}
          onChanged={onChanged}
        />
      )}
      <HistoryPanel entityId={program.id} />
    </article>
  );
}

/** A row of the programme's focus: a vocabulary's label and the programme's values of it. */
interface FocusRowProps {
  label: MessageId;
  vocabulary: Vocabulary<string>;
  values: readonly string[];
}

function FocusRow({ label, vocabulary, values }: FocusRowProps) {
  const term = useIntl().formatMessage({ id: label });
  return (
    <Fact term={term}>
      {values.length > 0 ? (
        <VocabularyTags vocabulary={vocabulary} values={values} label={term} />
      ) : (
        <span className="meta">{t('programPage.focus.none')}</span>
      )}
    </Fact>
  );
}
