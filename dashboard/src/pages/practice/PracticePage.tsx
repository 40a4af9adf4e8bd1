import { FormattedMessage, useIntl } from 'react-intl';
import {
  Dimension,
  dimensions,
  EvidenceLevel,
  evidenceLevels,
  Level,
  levels,
  MeasureKind,
  measureKinds,
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
import { SavedNotice } from '../../editing/Confirmation';
import { EDITORS, useHasRole } from '../../editing/RequireRole';
import { SourceLink, SourceLinks } from '../../components/SourceLinks';
import { NotFoundInSources } from '../../components/NotFoundInSources';
import { StudyList } from '../../components/StudyList';
import { members, useVocabulary } from '../../components/Vocabulary';
import { useCountryName } from '../../components/country-name';
import { PageTitle } from '../../layout/PageTitle';
import type { MessageId } from '../../i18n/message-ids';
import { practicesHref } from '../../practice-filter-params';
import { formatDateRange, formatValue } from '../../format';
import { breakdownLabel, yearLabel } from '../../figures/breakdown-label';
import { paragraphs } from './paragraphs';
import { howCurrent } from './last-updated';
import { LinkedTags } from './LinkedTags';
import { PracticeQuery, type PracticeDetail } from './queries';
import { WorkflowPanel } from './WorkflowPanel';
import { PracticeTranslations } from './PracticeTranslations';
import { LocalizedText, usePageContentLanguage } from '../../components/LocalizedText';
import { textOf } from '../../components/localized-text';
import './practice.css';
import { t } from '../../i18n/message';
import { PrintFrame } from '../../print/PrintFrame';

/** The outcome table's columns: their headers, and which hold numbers. */
const OUTCOME_COLUMNS: readonly { id: MessageId; className?: string }[] = [
  { id: 'practice.outcomes.indicator' },
  { id: 'practice.outcomes.year', className: 'number' },
  { id: 'practice.outcomes.value', className: 'number' },
  { id: 'practice.outcomes.unit' },
  { id: 'practice.outcomes.source' },
];

export default function PracticePage({ id }: { id: string }) {
  const language = usePageContentLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PracticeQuery, variables: { id, language } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) {
    return (
      <section>
        <h1>{t('practice.heading')}</h1>
        <ErrorState error={error} retry={reload} />
      </section>
    );
  }
  // While another practice's data is still shown, wait for this one.
  if (!data || (fetching && data.practice && data.practice.id !== id)) return <Loading what="practice.what" />;
  if (!data.practice) return <PracticeNotFound />;
  return (
    <PrintFrame>
      <PracticeView
        practice={data.practice}
        history={
          <>
            <PracticeTranslations practice={data.practice} onChanged={reload} />
            <HistoryPanel entityId={data.practice.id} onRestored={reload} />
          </>
        }
      />
    </PrintFrame>
  );
}

function PracticeNotFound() {
  const intl = useIntl();
  const heading = intl.formatMessage({ id: 'practice.notFound.heading' });
  return (
    <section className="practice-not-found" data-not-found>
      <PageTitle page={heading} />
      <h1>{heading}</h1>
      <p className="state state-empty">{t('practice.notFound.text')}</p>
      <p>
        <Link href="/practices">{t('practice.notFound.browse')}</Link>
      </p>
    </section>
  );
}

/**
 * The practice as everybody reads it; for accounts that write practices, where it is in the workflow
 * (above), and for editors its history (the `history` slot, at the bottom).
 */
function PracticeView({ practice, history }: { practice: PracticeDetail; history?: ReactNode }) {
  const intl = useIntl();
  const { locale } = intl;
  const { labelOf, descriptionOf } = useVocabulary();
  const countryName = useCountryName();
  const { country, program, event } = practice;
  const evidence = descriptionOf(evidenceLevels, practice.evidenceLevel);
  const editor = useHasRole(EDITORS);
  const current = howCurrent(intl, practice);
  const label = (id: 'kind' | 'themes' | 'dimensions' | 'levels' | 'stakeholders' | 'targetGroups' | 'evidenceLevel') =>
    intl.formatMessage({ id: `practice.facts.${id}` });
  const title = textOf(practice.texts, 'title', practice.title);
  const body = textOf(practice.texts, 'body', practice.body);
  const outcomes = [...practice.outcomes].sort(
    (a, b) => a.indicator.name.localeCompare(b.indicator.name) || a.year - b.year,
  );

  return (
    <article className="practice-page">
      <PageTitle page={title.text} />
      <nav aria-label={intl.formatMessage({ id: 'practice.breadcrumb' })} className="breadcrumb">
        <ol>
          <li>
            <Link href="/practices">{t('practice.breadcrumb.practices')}</Link>
          </li>
          <li>
            <Link href={practicesHref({ countryCodes: [country.code] })}>{countryName(country)}</Link>
          </li>
        </ol>
      </nav>
      <h1>
        <LocalizedText text={title} />
      </h1>
      <p className="lede">
        <LocalizedText text={textOf(practice.texts, 'summary', practice.summary)} />
      </p>
      <WorkflowPanel practice={practice} />

      <div className="practice-layout">
        <aside className="practice-facts" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t('practice.facts.heading')}</h2>
          <dl>
            <dt>{t('practice.facts.country')}</dt>
            <dd>
              <Link href={`/countries/${country.code}`}>{countryName(country)}</Link>
            </dd>
            <dt>{t('practice.facts.programme')}</dt>
            <dd>
              {program ? (
                <Link href={`/programs/${encodeURIComponent(program.id)}`}>
                  {program.name}
                  {program.acronym ? ` (${program.acronym})` : ''}
                </Link>
              ) : (
                <span className="meta">{t('practice.facts.noProgramme')}</span>
              )}
            </dd>
            <dt>{t('practice.facts.year')}</dt>
            <dd>
              <Link href={practicesHref({ yearFrom: practice.year, yearTo: practice.year })}>{practice.year}</Link>
            </dd>
            <dt>{label('themes')}</dt>
            <dd>
              <LinkedTags
                vocabulary={themes}
                values={practice.themes}
                label={label('themes')}
                href={(value) => practicesHref({ themes: members(Object.values(Theme), [value]) })}
              />
            </dd>
            <dt>{label('dimensions')}</dt>
            <dd>
              <LinkedTags
                vocabulary={dimensions}
                values={practice.dimensions}
                label={label('dimensions')}
                href={(value) => practicesHref({ dimensions: members(Object.values(Dimension), [value]) })}
              />
            </dd>
            <dt>{label('levels')}</dt>
            <dd>
              <LinkedTags
                vocabulary={levels}
                values={practice.levels}
                label={label('levels')}
                href={(value) => practicesHref({ levels: members(Object.values(Level), [value]) })}
              />
            </dd>
            <dt>{label('stakeholders')}</dt>
            <dd>
              <LinkedTags
                vocabulary={stakeholders}
                values={practice.stakeholders}
                label={label('stakeholders')}
                href={(value) => practicesHref({ stakeholders: members(Object.values(Stakeholder), [value]) })}
              />
            </dd>
            <dt>{label('targetGroups')}</dt>
            <dd>
              <LinkedTags
                vocabulary={targetGroups}
                values={practice.targetGroups}
                label={label('targetGroups')}
                href={(value) => practicesHref({ targetGroups: members(Object.values(TargetGroup), [value]) })}
              />
            </dd>
            <dt>{label('kind')}</dt>
            <dd>
              <LinkedTags
                vocabulary={measureKinds}
                values={[practice.kind]}
                label={label('kind')}
                href={(value) => practicesHref({ kinds: members(Object.values(MeasureKind), [value]) })}
              />
            </dd>
            <dt>{label('evidenceLevel')}</dt>
            <dd>
              <LinkedTags
                vocabulary={evidenceLevels}
                values={[practice.evidenceLevel]}
                label={label('evidenceLevel')}
                href={(value) => practicesHref({ evidenceLevels: members(Object.values(EvidenceLevel), [value]) })}
              />
            </dd>
            {practice.partners.length > 0 && (
              <>
                <dt>{t('practice.facts.partners')}</dt>
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
          <p className="meta">{t('practice.facts.tagsNote')}</p>
        </aside>

        <div className="practice-main">
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{t('practice.description')}</h2>
            <div className="prose">
              <LocalizedText text={body} block>
                {paragraphs(body.text).map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
              </LocalizedText>
            </div>
          </section>

          {event && (
            <section aria-labelledby="event-heading" className="practice-event">
              <h2 id="event-heading">{t('practice.event.heading')}</h2>
              <p className="event-name">
                <strong>
                  <LocalizedText text={textOf(event.texts, 'name', event.name)} />
                </strong>
                {event.localName && (
                  <>
                    {' '}
                    <span className="meta">({event.localName})</span>
                  </>
                )}
              </p>
              <p className="meta">
                {[
                  [event.city, event.country && countryName(event.country)].filter(Boolean).join(', ') ||
                    intl.formatMessage({ id: 'practice.event.online' }),
                  formatDateRange(locale, event.startDate, event.endDate),
                ].join(' · ')}
                {event.organiser && (
                  <>
                    <br />
                    {t('practice.event.organiser', { organiser: event.organiser })}
                  </>
                )}
              </p>
            </section>
          )}

          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">{t('practice.outcomes.heading')}</h2>
            {outcomes.length === 0 ? (
              <p className="meta">{t('practice.outcomes.none')}</p>
            ) : (
              <div className="table-scroll">
                <table className="outcome-table">
                  <caption className="visually-hidden">{t('practice.outcomes.caption')}</caption>
                  <thead>
                    <tr>
                      {OUTCOME_COLUMNS.map(({ id, className }) => (
                        <th key={id} scope="col" className={className}>
                          <FormattedMessage id={id} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {outcomes.map((outcome) => (
                      <tr key={outcome.id}>
                        <th scope="row">
                          {outcome.indicator.name}
                          {outcome.sex !== 'TOTAL' && `, ${labelOf(sexes, outcome.sex).toLocaleLowerCase(locale)}`}
                          {breakdownLabel(intl, outcome) && `, ${breakdownLabel(intl, outcome)}`}
                          {outcome.note && <span className="outcome-note">{outcome.note}</span>}
                        </th>
                        <td className="number">{yearLabel(intl, outcome)}</td>
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
            <h2 id="evidence-heading">{t('practice.evidence.heading')}</h2>
            <p>
              {t('practice.evidence.level', {
                level: labelOf(evidenceLevels, practice.evidenceLevel),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
              {evidence ? ` — ${evidence}` : ''}
            </p>
            <h3>{t('practice.evidence.studies')}</h3>
            <SavedNotice recordKey={practice.id} />
            <StudyList
              studies={practice.studies}
              editing={
                editor
                  ? {
                      addHref: `/studies/new?practice=${practice.id}`,
                      editHref: (study) => `/studies/${study.id}/edit?practice=${practice.id}`,
                    }
                  : undefined
              }
            />
            <SourceLinks sources={practice.sources} />
            <NotFoundInSources items={practice.notFound} />
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
