import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Source } from '../sources/source.entity';
import { removeTranslation, setTranslation } from './translation-editor';
import { TranslationInput } from './translation.input';
import { Translation } from './translation.entity';

@Resolver(() => Translation)
export class TranslationResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'The source giving this wording (origin SOURCE).' })
  source(@Root() translation: Translation, @Ctx() { related }: AtlasContext): Promise<Source | null> {
    return related.one(Source, translation.source?.id);
  }

  @Mutation(() => Translation, {
    description:
      'Adds a text field of a record in another language, or replaces the one there: whoever may edit the record (a contributor their own DRAFT or REJECTED practice; editors everything). Recorded in the history. CONFLICT when it changed since `expectedVersion`.',
  })
  setTranslation(
    @Arg('input', () => TranslationInput, { description: 'The translation.' }) input: TranslationInput,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The version of the translation your change replaces; 0 or none for a new one.',
    })
    expectedVersion: number | null,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Translation> {
    return setTranslation(em, viewer, input, expectedVersion);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a translation; its DELETE revision keeps it, restorable with restoreRevision. Whoever may edit the record. CONFLICT when it changed since `expectedVersion`.',
  })
  removeTranslation(
    @Arg('id', () => ID, { description: 'Global ID of the translation.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you decided to remove.' }) expectedVersion: number,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<boolean> {
    return removeTranslation(em, viewer, id, expectedVersion);
  }
}
