import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { authorize } from '../access/policy';
import type { AtlasContext } from '../graphql/context';
import { createSource } from './create-source';
import { SourceInput } from './source.input';
import { Source } from './source.entity';

@Resolver(() => Source)
export class SourceMutationResolver {
  @Mutation(() => Source, {
    description:
      'Adds a citation; its key is made from its title. Any signed-in account (contributors cite sources too). BAD_USER_INPUT naming input.url when the address is already cited, with the existing source’s ID if you may read it.',
  })
  createSource(
    @Arg('input', () => SourceInput, { description: 'The citation.' }) input: SourceInput,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Source> {
    authorize(viewer, 'source.create');
    return createSource(em, viewer, input);
  }
}
