import { ObjectType } from 'type-graphql';
import { Connection } from '../graphql/pagination';
import { Practice } from './practice.entity';

/** Its `facets` field: practice-connection.resolver.ts. */
@ObjectType({ description: 'A page of practices, with the total and the facet counts of the whole filtered list.' })
export class PracticeConnection extends Connection(Practice, 'Practice', 'practices') {}
