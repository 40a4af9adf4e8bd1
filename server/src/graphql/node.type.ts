import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description:
    'An object with a stable, opaque global ID. Any ID returned by the API can be fetched again with `node(id:)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global ID, stable across releases.' })
  globalId!: string;
}
