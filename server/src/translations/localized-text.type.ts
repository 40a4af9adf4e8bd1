import { TranslationOrigin } from '@atlas/shared';
import { Field, ObjectType } from 'type-graphql';
import { Translation } from './translation.entity';

@ObjectType({
  description:
    'One text field of a record in the language asked for where it is translated, else in its original language: `language` says which, so that a reader can mark a text shown in its original language.',
})
export class LocalizedText {
  @Field(() => String, { description: 'The field, as its type names it (`title`, `summary`, …).' })
  field!: string;

  @Field(() => String, { description: 'The text.' })
  text!: string;

  @Field(() => String, { description: 'The language the text is in, a BCP 47 code (`en`, `id`, …).' })
  language!: string;

  @Field(() => Boolean, { description: 'Whether the text is a translation (else the record’s own text).' })
  isTranslation!: boolean;

  @Field(() => TranslationOrigin, {
    nullable: true,
    description: 'Who gives a translation’s wording (a cited source, or the Atlas); null for the original.',
  })
  origin!: TranslationOrigin | null;

  @Field(() => Translation, {
    nullable: true,
    description: 'The translation shown, if it is one (its source, version, …).',
  })
  translation!: Translation | null;
}
