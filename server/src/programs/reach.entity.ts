import { Dimension, Level, MeasureKind, Stakeholder, TargetGroup } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS } from '../vocabularies';

type ReachColumn = 'kind' | 'dimensions' | 'levels' | 'stakeholders' | 'targetGroups';

/**
 * The columns a programme and its practices both classify themselves by (ReintegrationProgram and
 * Practice extend it; ReachInput is their input). An object type only so that type-graphql copies
 * its fields into theirs; no field returns it, so the schema leaves it out.
 */
@ObjectType({ description: 'Whom, where and how a programme or practice works.' })
export abstract class ReachEntity<Optional extends string = never> extends AtlasEntity<Optional | ReachColumn> {
  @Column.enum(MeasureKind, {
    length: 20,
    description: 'What it is: reintegration, return, or a destination state’s measure for workers leaving it.',
  })
  kind: MeasureKind = MeasureKind.REINTEGRATION;

  @Column.enumSet(Dimension, DIMENSIONS, { description: 'Reintegration dimensions it addresses.' })
  dimensions: Dimension[] = [];

  @Column.enumSet(Level, LEVELS, { description: 'Levels it works at.' })
  levels: Level[] = [];

  @Column.enumSet(Stakeholder, STAKEHOLDERS, { description: 'Kinds of organisation involved.' })
  stakeholders: Stakeholder[] = [];

  @Column.enumSet(TargetGroup, TARGET_GROUPS, { description: 'Whom it serves.' })
  targetGroups: TargetGroup[] = [];
}
