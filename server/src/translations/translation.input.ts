import { TranslationOrigin } from '@atlas/shared';
import { CONTENT_LANGUAGES, TRANSLATABLE_FIELDS } from '@atlas/shared/rules';
import { Field, ID, InputType } from 'type-graphql';

const kinds = Object.entries(TRANSLATABLE_FIELDS)
  .map(([type, fields]) => `${type}: ${Object.keys(fields).join(', ')}`)
  .join('; ');

@InputType({ description: 'A text field of a record in another language: added, or replacing the one there.' })
export class TranslationInput {
  @Field(() => ID, { description: 'Global ID of the record translated.' })
  recordId!: string;

  @Field(() => String, { description: `The field translated, one of its type's translatable fields (${kinds}).` })
  field!: string;

  @Field(() => String, {
    description: `The language of the text, a BCP 47 code: ${Object.keys(CONTENT_LANGUAGES).join(', ')} (\`id\` is Bahasa Indonesia).`,
  })
  language!: string;

  @Field(() => String, { description: 'The text in that language; the same length limit as the field itself.' })
  text!: string;

  @Field(() => TranslationOrigin, {
    nullable: true,
    description: 'Who gives this wording: ATLAS (the default) or SOURCE, with the source that gives it (editors).',
  })
  origin?: TranslationOrigin | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the source giving this wording (origin SOURCE).' })
  sourceId?: string | null;
}
