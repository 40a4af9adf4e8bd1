import { FormattedMessage, useIntl } from 'react-intl';
import { fieldBinding } from '../../editing/field-binding';
import { NumberField, TextField } from '../../editing/fields';
import { fieldId, type MutationProblems } from '../../editing/mutation-problems';
import type { SourceChoice } from '../../editing/source-choice';
import { SourcesField } from '../../editing/SourcesField';
import type { MessageId } from '../../i18n/message-ids';
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
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const update = (index: number, change: Partial<InstrumentValues>) =>
    onChange((current) => current.map((instrument, i) => (i === index ? { ...instrument, ...change } : instrument)));
  return (
    <fieldset className="ef-repeat" id={fieldId('input.legalInstruments')}>
      <legend>
        <FormattedMessage id="countryForm.instruments" />
      </legend>
      <span className="field-hint">
        <FormattedMessage id="countryForm.instruments.hint" />
      </span>
      {value.map((instrument, index) => {
        const path = `input.legalInstruments[${index}]`;
        const bind = fieldBinding(instrument, (change) => update(index, change), path);
        return (
          <fieldset key={instrument.key} className="ef-repeat-item">
            <legend>
              <FormattedMessage id="countryForm.instrument.number" values={{ number: index + 1 }} />
            </legend>
            <TextField {...bind('title')} label={t('countryForm.instrument.title')} required />
            <div className="ef-row">
              <NumberField {...bind('year')} label={t('countryForm.instrument.year')} />
              <TextField {...bind('date')} label={t('countryForm.instrument.date')} hint={t('countryForm.dateHint')} />
            </div>
            <TextField {...bind('summary')} label={t('countryForm.instrument.summary')} multiline />
            <SourcesField
              path={`${path}.sourceIds`}
              label={t('countryForm.instrument.sources')}
              hint={t('countryForm.instrument.sources.hint')}
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
              <FormattedMessage id="countryForm.instrument.remove" values={{ number: index + 1 }} />
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange((current) => [...current, emptyInstrument()])}
      >
        <FormattedMessage id="countryForm.instrument.add" />
      </button>
    </fieldset>
  );
}
