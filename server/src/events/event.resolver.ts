import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { Source } from '../sources/source.entity';
import { Event } from './event.entity';
import { lookUp } from '../db/look-up';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => [Event], { description: 'Workshops and forums, oldest first.' })
  events(@Ctx() { em }: AtlasContext): Promise<Event[]> {
    return em.find(Event, {}, { orderBy: { startDate: 'asc', id: 'asc' } });
  }

  @Query(() => Event, {
    nullable: true,
    description:
      'One event by global ID or by key (exactly one of them; BAD_USER_INPUT otherwise, naming the arguments); null when unknown; BAD_USER_INPUT when the ID is not an event’s.',
  })
  event(
    @Arg('id', () => ID, { nullable: true, description: 'Global ID of the event.' }) id: string | null,
    @Arg('key', () => String, {
      nullable: true,
      description: 'Stable key of the event, as the JSON dataset names it.',
    })
    key: string | null,
    @Ctx() { related }: AtlasContext,
  ): Promise<Event | null> {
    return lookUp(related, Event, { id, key });
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Host country; null for online events.' })
  country(@Root() event: Event, @Ctx() { related }: AtlasContext): Promise<Country | null> {
    return related.one(Country, event.country?.id);
  }

  @FieldResolver(() => [Source], { description: 'Where the event is documented.' })
  sources(@Root() event: Event, @Ctx() { related }: AtlasContext): Promise<Source[]> {
    return related.collection(Event, 'sources', event.id);
  }
}
