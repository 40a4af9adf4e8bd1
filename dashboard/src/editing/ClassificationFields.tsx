import {
  dimensions,
  levels,
  stakeholders,
  targetGroups,
  type Dimension,
  type Level,
  type Stakeholder,
  type TargetGroup,
  type Vocabulary,
} from '@atlas/shared';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/message-ids';
import { VocabularyChecklist } from './fields';

/** How a practice or a programme is classified, in the vocabularies both use. */
export interface Classification {
  dimensions: readonly `${Dimension}`[];
  levels: readonly `${Level}`[];
  stakeholders: readonly `${Stakeholder}`[];
  targetGroups: readonly `${TargetGroup}`[];
}

/** Each checklist: the field it sets, its label and its vocabulary. */
const CHECKLISTS: readonly { field: keyof Classification; label: MessageId; vocabulary: Vocabulary<string> }[] = [
  { field: 'dimensions', label: 'editing.classification.dimensions', vocabulary: dimensions },
  { field: 'levels', label: 'editing.classification.levels', vocabulary: levels },
  { field: 'stakeholders', label: 'editing.classification.stakeholders', vocabulary: stakeholders },
  { field: 'targetGroups', label: 'editing.classification.targetGroups', vocabulary: targetGroups },
];

/** The four classification checklists of the practice and programme forms, in the order pages show them. */
export function ClassificationFields({
  value,
  onChange,
  dimensionsRequired = false,
}: {
  value: Classification;
  onChange(patch: Partial<Classification>): void;
  dimensionsRequired?: boolean;
}) {
  const intl = useIntl();
  return CHECKLISTS.map(({ field, label, vocabulary }) => (
    <VocabularyChecklist
      key={field}
      path={`input.${field}`}
      label={intl.formatMessage({ id: label })}
      required={field === 'dimensions' && dimensionsRequired}
      vocabulary={vocabulary}
      value={value[field]}
      onChange={(values) => onChange({ [field]: values } as Partial<Classification>)}
    />
  ));
}
