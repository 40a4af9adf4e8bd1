import {
  dimensions,
  levels,
  stakeholders,
  targetGroups,
  type Dimension,
  type Level,
  type Stakeholder,
  type TargetGroup,
} from '@atlas/shared';
import { VocabularyChecklist } from './fields';

/** How a practice or a programme is classified, in the vocabularies both use. */
export interface Classification {
  dimensions: readonly `${Dimension}`[];
  levels: readonly `${Level}`[];
  stakeholders: readonly `${Stakeholder}`[];
  targetGroups: readonly `${TargetGroup}`[];
}

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
  return (
    <>
      <VocabularyChecklist
        path="input.dimensions"
        label="Dimensions"
        required={dimensionsRequired}
        vocabulary={dimensions}
        value={value.dimensions}
        onChange={(values) => onChange({ dimensions: values })}
      />
      <VocabularyChecklist
        path="input.levels"
        label="Levels"
        vocabulary={levels}
        value={value.levels}
        onChange={(values) => onChange({ levels: values })}
      />
      <VocabularyChecklist
        path="input.stakeholders"
        label="Stakeholders"
        vocabulary={stakeholders}
        value={value.stakeholders}
        onChange={(values) => onChange({ stakeholders: values })}
      />
      <VocabularyChecklist
        path="input.targetGroups"
        label="Target groups"
        vocabulary={targetGroups}
        value={value.targetGroups}
        onChange={(values) => onChange({ targetGroups: values })}
      />
    </>
  );
}
