import { evidenceLevels, measureKinds, themes } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useCountryName } from '../../components/country-name';
import { LocalizedText } from '../../components/LocalizedText';
import { textOf } from '../../components/localized-text';
import { useVocabulary, VocabularyTags } from '../../components/Vocabulary';
import type { PracticeSummary } from './queries';
import { t } from '../../i18n/message';

/** One practice in the result list. */
export function PracticeCard({ practice }: { practice: PracticeSummary }) {
  const intl = useIntl();
  const { labelOf, descriptionOf } = useVocabulary();
  const countryName = useCountryName();
  return (
    <article className="card practice-card">
      <h3>
        <Link href={`/practices/${encodeURIComponent(practice.id)}`}>
          <LocalizedText text={textOf(practice.texts, 'title', practice.title)} />
        </Link>
      </h3>
      <p className="meta practice-meta">
        <span className="practice-kind" title={descriptionOf(measureKinds, practice.kind)}>
          {labelOf(measureKinds, practice.kind)}
        </span>{' '}
        <span>
          <Link href={`/countries/${practice.country.code}`}>{countryName(practice.country)}</Link>
        </span>{' '}
        <span>
          <span className="visually-hidden">{t('practices.card.began')}</span>
          {practice.year}
        </span>{' '}
        <span>
          {t('practices.card.evidence')}
          <span title={descriptionOf(evidenceLevels, practice.evidenceLevel)}>
            {labelOf(evidenceLevels, practice.evidenceLevel)}
          </span>
        </span>
      </p>
      {practice.program && (
        <p className="meta">
          {t('practices.card.programme')}
          <Link href={`/programs/${encodeURIComponent(practice.program.id)}`}>
            {practice.program.name}
            {practice.program.acronym ? ` (${practice.program.acronym})` : ''}
          </Link>
        </p>
      )}
      <p className="practice-summary">
        <LocalizedText text={textOf(practice.texts, 'summary', practice.summary)} />
      </p>
      <VocabularyTags
        vocabulary={themes}
        values={practice.themes}
        label={intl.formatMessage({ id: 'practices.card.themes' })}
      />
    </article>
  );
}
