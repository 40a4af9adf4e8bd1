import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { idOf } from '../graphql/global-id';
import { Source } from '../sources/source.entity';
import { Event } from './event.entity';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => [Event], { description: 'Workshops and forums, oldest first.' })
  events(@Ctx() { em }: AtlasContext): Promise<Event[]> {
    return em.find(Event, {}, { orderBy: { startDate: 'asc', id: 'asc' } });
  }

  @Query(() => Event, {
    nullable: true,
    description: 'One event by global ID; null when unknown; BAD_USER_INPUT when the ID is not an event’s.',
  })
  event(
    @Arg('id', () => ID, { description: 'Global ID of the event.' }) id: string,
    @Ctx() { related }: AtlasContext,
  ): Promise<Event | null> {
    return related.readable(Event, idOf(id, 'Event', 'id'));
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
