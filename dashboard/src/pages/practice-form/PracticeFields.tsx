import { evidenceLevels, measureKinds, themes } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { useCountryName } from '../../components/country-name';
import { ClassificationFields } from '../../editing/ClassificationFields';
import {
  LinesField,
  NumberField,
  SelectField,
  TextField,
  useVocabularyOptions,
  VocabularyChecklist,
} from '../../editing/fields';
import { fieldBinding } from '../../editing/field-binding';
import { FIELD_LABELS, type DraftField, type PracticeDraft } from './practice-draft';
import type { ExistingSource, FormOptions } from './queries';
import type { MessageId } from '../../i18n/message-ids';
import { SourcesField } from './SourcesField';
import { t } from '../../i18n/message';

/** Every field of a practice, grouped as a reader meets them on its page. */
export function PracticeFields({
  draft,
  options,
  existingSources,
  sourcesProblem,
  onChange,
}: {
  draft: PracticeDraft;
  options: FormOptions;
  existingSources: readonly ExistingSource[];
  sourcesProblem?: string;
  onChange(patch: Partial<PracticeDraft>): void;
}) {
  const intl = useIntl();
  const countryName = useCountryName();
  const text = (id: MessageId) => intl.formatMessage({ id });
  const L = (field: DraftField) => text(FIELD_LABELS[field]);
  const bind = fieldBinding(draft, onChange);
  const evidenceOptions = useVocabularyOptions(evidenceLevels);
  const kindOptions = useVocabularyOptions(measureKinds);
  const country = options.countries.find((candidate) => candidate.code === draft.countryCode);
  const programs = country?.programs ?? [];
  const chooseCountry = (countryCode: string) => {
    const next = options.countries.find((candidate) => candidate.code === countryCode);
    // A programme runs in one country: keep it only if it runs in the new one.
    const keepProgram = next?.programs.some((program) => program.id === draft.programId) ?? false;
    onChange({ countryCode, programId: keepProgram ? draft.programId : '' });
  };

  return (
    <>
      <fieldset className="practice-form-group">
        <legend>{t('practiceForm.group.practice')}</legend>
        <TextField {...bind('title')} label={L('title')} required />
        <TextField {...bind('summary')} label={L('summary')} hint={text('practiceForm.hint.summary')} required />
        <TextField {...bind('body')} label={L('body')} hint={text('practiceForm.hint.body')} multiline required />
      </fieldset>

      <fieldset className="practice-form-group">
        <legend>{t('practiceForm.group.whereAndWhen')}</legend>
        <SelectField
          {...bind('countryCode')}
          label={L('countryCode')}
          required
          emptyLabel={text('practiceForm.empty.country')}
          options={options.countries.map((candidate) => ({ value: candidate.code, label: countryName(candidate) }))}
          onChange={chooseCountry}
        />
        <NumberField {...bind('year')} label={L('year')} hint={text('practiceForm.hint.year')} required />
        <SelectField
          {...bind('programId')}
          label={L('programId')}
          hint={country ? undefined : text('practiceForm.hint.programme')}
          emptyLabel={text('practiceForm.empty.programme')}
          options={programs.map((program) => ({
            value: program.id,
            label: program.acronym ? `${program.name} (${program.acronym})` : program.name,
          }))}
        />
        <SelectField
          {...bind('eventId')}
          label={L('eventId')}
          hint={text('practiceForm.hint.event')}
          emptyLabel={text('practiceForm.empty.event')}
          options={options.events.map((event) => ({
            value: event.id,
            label: `${event.name} (${event.startDate.slice(0, 4)})`,
          }))}
        />
      </fieldset>

      <fieldset className="practice-form-group">
        <legend>{t('practiceForm.group.about')}</legend>
        <SelectField
          {...bind('kind')}
          label={L('kind')}
          hint={text('practiceForm.hint.kind')}
          required
          options={kindOptions}
        />
        <VocabularyChecklist {...bind('themes')} label={L('themes')} required vocabulary={themes} />
        <ClassificationFields value={draft} onChange={onChange} dimensionsRequired />
        <SelectField
          {...bind('evidenceLevel')}
          label={L('evidenceLevel')}
          required
          emptyLabel={text('practiceForm.empty.evidenceLevel')}
          options={evidenceOptions}
        />
      </fieldset>

      <fieldset className="practice-form-group">
        <legend>{t('practiceForm.group.partnersAndSources')}</legend>
        <LinesField {...bind('partners')} label={L('partners')} hint={text('practiceForm.hint.partners')} />
        <SourcesField
          sources={draft.sources}
          existing={existingSources}
          problem={sourcesProblem}
          onChange={(sources) => onChange({ sources })}
        />
      </fieldset>
    </>
  );
}
