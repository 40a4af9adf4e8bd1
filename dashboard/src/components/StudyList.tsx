import { studyDesigns, type StudyDesign } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { formatValue } from '../format';
import { t } from '../i18n/message';
import { SourceLink, type SourceLike } from './SourceLinks';
import { useVocabulary } from './Vocabulary';

export interface StudyLike {
  id: string;
  title: string;
  authors: string | null;
  design: `${StudyDesign}`;
  year: number | null;
  sampleSize: number | null;
  sample: string | null;
  measured: string;
  findings: string;
  source: SourceLike;
}

/** For editors: where to add a study to the record, and to edit each of its studies. */
export interface StudyEditing {
  addHref: string;
  editHref(study: StudyLike): string;
}

/**
 * The studies behind a practice's evidence level or a programme's results: design, year, sample,
 * what was measured and found, and the source, for each. Where a study's year or sample is not in
 * the sources consulted, the list says so in one place, the same for every study. For editors
 * (`editing`), a link to edit each study and one to add a study.
 */
export function StudyList({ studies, editing }: { studies: readonly StudyLike[]; editing?: StudyEditing }) {
  return (
    <>
      <Studies studies={studies} editing={editing} />
      {editing && (
        <p className="form-actions" data-editing>
          <Link className="button secondary" href={editing.addHref}>
            {t('studies.add')}
          </Link>
        </p>
      )}
    </>
  );
}

function Studies({ studies, editing }: { studies: readonly StudyLike[]; editing?: StudyEditing }) {
  const intl = useIntl();
  const { locale } = intl;
  const { labelOf } = useVocabulary();
  if (studies.length === 0) return <p className="meta">{t('studies.none')}</p>;
  return (
    <ul className="study-list">
      {studies.map((study) => (
        <li key={study.id}>
          <p>
            <strong>{study.title}</strong>
            {study.authors && ` (${study.authors})`}
            {editing && (
              <>
                {' '}
                <Link
                  href={editing.editHref(study)}
                  aria-label={intl.formatMessage({ id: 'studies.edit.label' }, { title: study.title })}
                  data-editing
                >
                  {t('studies.edit')}
                </Link>
              </>
            )}
          </p>
          <dl className="study-facts">
            <dt>{t('studies.design')}</dt>
            <dd>{labelOf(studyDesigns, study.design)}</dd>
            <dt>{t('studies.year')}</dt>
            <dd>{study.year ?? t('studies.notFound')}</dd>
            <dt>{t('studies.sample')}</dt>
            <dd>
              {study.sample ??
                (study.sampleSize !== null ? formatValue(locale, study.sampleSize) : t('studies.notFound'))}
            </dd>
            <dt>{t('studies.measured')}</dt>
            <dd>{study.measured}</dd>
            <dt>{t('studies.findings')}</dt>
            <dd>{study.findings}</dd>
            <dt>{t('studies.source')}</dt>
            <dd>
              <SourceLink source={study.source} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
