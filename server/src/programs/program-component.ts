import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A part of a programme, such as one of Desmigratif’s four pillars.' })
export class ProgramComponent {
  @Field(() => String, { description: 'Name of the component.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the component does.' })
  description?: string | null;
}
