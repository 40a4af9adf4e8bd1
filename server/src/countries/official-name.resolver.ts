import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Source } from '../sources/source.entity';
import { OfficialName } from './official-name.entity';

@Resolver(() => OfficialName)
export class OfficialNameResolver {
  @FieldResolver(() => Source, { description: 'The source that writes the name this way.' })
  async source(@Root() name: OfficialName, @Ctx() { related }: AtlasContext): Promise<Source> {
    return (await related.one(Source, name.source.id))!;
  }
}
