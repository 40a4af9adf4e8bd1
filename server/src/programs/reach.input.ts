import { Level, MeasureKind, Stakeholder, TargetGroup } from '@atlas/shared';
import { Field, InputType } from 'type-graphql';

/**
 * Whom and where a programme or one of its practices works, the same three fields in both inputs
 * (ProgramInput, PracticeInput extend it). type-graphql copies the fields of an input type's parent
 * only when the parent is an input type too; this one is referenced by no field, so the schema leaves
 * it out.
 */
@InputType({ description: 'Whom and where a programme or practice works.' })
export abstract class ReachInput {
  @Field(() => MeasureKind, {
    nullable: true,
    description: 'What it is: reintegration, return, or a destination state’s measure; REINTEGRATION when omitted.',
  })
  kind?: MeasureKind | null;

  @Field(() => [Level], { nullable: true, description: 'Levels it works at.' })
  levels?: Level[] | null;

  @Field(() => [Stakeholder], { nullable: true, description: 'Kinds of organisation involved.' })
  stakeholders?: Stakeholder[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Whom it serves.' })
  targetGroups?: TargetGroup[] | null;
}
