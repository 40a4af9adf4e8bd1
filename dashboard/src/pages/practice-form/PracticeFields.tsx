import { evidenceLevels, themes } from '@atlas/shared';
import { ClassificationFields } from '../../editing/ClassificationFields';
import {
  LinesField,
  NumberField,
  SelectField,
  TextField,
  vocabularyOptions,
  VocabularyChecklist,
} from '../../editing/fields';
import { fieldBinding } from '../../editing/field-binding';
import { FIELD_LABELS as L, type PracticeDraft } from './practice-draft';
import type { ExistingSource, FormOptions } from './queries';
import { SourcesField } from './SourcesField';

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
  const bind = fieldBinding(draft, onChange);
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
        <legend>The practice</legend>
        <TextField {...bind('title')} label={L.title} required />
        <TextField {...bind('summary')} label={L.summary} hint="One or two sentences." required />
        <TextField
          {...bind('body')}
          label={L.body}
          hint="Plain text; leave a blank line between paragraphs."
          multiline
          required
        />
      </fieldset>

      <fieldset className="practice-form-group">
        <legend>Where and when</legend>
        <SelectField
          {...bind('countryCode')}
          label={L.countryCode}
          required
          emptyLabel="Choose a member state"
          options={options.countries.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
          onChange={chooseCountry}
        />
        <NumberField {...bind('year')} label={L.year} hint="When it began or was first documented." required />
        <SelectField
          {...bind('programId')}
          label={L.programId}
          hint={country ? undefined : 'Choose the country first.'}
          emptyLabel="Not part of a programme"
          options={programs.map((program) => ({
            value: program.id,
            label: program.acronym ? `${program.name} (${program.acronym})` : program.name,
          }))}
        />
        <SelectField
          {...bind('eventId')}
          label={L.eventId}
          hint="The workshop or forum where it was presented, if any."
          emptyLabel="Not presented at an event"
          options={options.events.map((event) => ({
            value: event.id,
            label: `${event.name} (${event.startDate.slice(0, 4)})`,
          }))}
        />
      </fieldset>

      <fieldset className="practice-form-group">
        <legend>What it is about</legend>
        <VocabularyChecklist {...bind('themes')} label={L.themes} required vocabulary={themes} />
        <ClassificationFields value={draft} onChange={onChange} dimensionsRequired />
        <SelectField
          {...bind('evidenceLevel')}
          label={L.evidenceLevel}
          required
          emptyLabel="Choose one"
          options={vocabularyOptions(evidenceLevels)}
        />
      </fieldset>

      <fieldset className="practice-form-group">
        <legend>Partners and sources</legend>
        <LinesField
          {...bind('partners')}
          label={L.partners}
          hint="One per line, such as the destination country it is run with."
        />
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
