import { Field, InputType, ObjectType } from 'type-graphql';

const componentDescription = 'A part of a programme, such as one of Desmigratif’s four pillars.';

/** Read and written alike: one class serves as the object type and, under its own name, as the input. */
@ObjectType({ description: componentDescription })
@InputType('ProgramComponentInput', { description: componentDescription })
export class ProgramComponent {
  @Field(() => String, { description: 'Name of the component.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the component does.' })
  description?: string | null;
}
