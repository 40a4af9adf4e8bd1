import { fieldBinding } from '../../editing/field-binding';
import { NumberField, TextField } from '../../editing/fields';
import { fieldId, type MutationProblems } from '../../editing/mutation-problems';
import type { SourceChoice } from '../../editing/source-choice';
import { SourcesField } from '../../editing/SourcesField';
import { emptyInstrument, type InstrumentValues } from './country-values';

/** The country's laws and policies (`input.legalInstruments[i].…`), each with its sources. */
export function LegalInstrumentsField({
  value,
  onChange,
  knownSources,
  problems,
}: {
  value: readonly InstrumentValues[];
  /** Changes the list as it is when called (a source is added after its createSource returns). */
  onChange(change: (current: readonly InstrumentValues[]) => InstrumentValues[]): void;
  knownSources: readonly SourceChoice[];
  problems: MutationProblems;
}) {
  const update = (index: number, change: Partial<InstrumentValues>) =>
    onChange((current) => current.map((instrument, i) => (i === index ? { ...instrument, ...change } : instrument)));
  return (
    <fieldset className="ef-repeat" id={fieldId('input.legalInstruments')}>
      <legend>Laws and policies</legend>
      <span className="field-hint">Main laws, decrees and policies on migrant workers, oldest first.</span>
      {value.map((instrument, index) => {
        const path = `input.legalInstruments[${index}]`;
        const bind = fieldBinding(instrument, (change) => update(index, change), path);
        return (
          <fieldset key={instrument.key} className="ef-repeat-item">
            <legend>Law or policy {index + 1}</legend>
            <TextField {...bind('title')} label="Title" required />
            <div className="ef-row">
              <NumberField {...bind('year')} label="Year adopted" />
              <TextField {...bind('date')} label="Date adopted" hint="YYYY, YYYY-MM or YYYY-MM-DD." />
            </div>
            <TextField {...bind('summary')} label="What it says about migrant workers and their return" multiline />
            <SourcesField
              path={`${path}.sourceIds`}
              label="Sources"
              hint="Where it is documented: at least one."
              value={instrument.sources}
              onChange={(sources) => update(index, { sources })}
              known={knownSources}
              problems={problems}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => onChange((current) => current.filter((_, i) => i !== index))}
            >
              Remove law or policy {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange((current) => [...current, emptyInstrument()])}
      >
        Add a law or policy
      </button>
    </fieldset>
  );
}
