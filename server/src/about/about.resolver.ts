import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import {
  ATLAS_DESCRIPTION,
  DOWNLOADS,
  ATLAS_NAME,
  CITE_SOURCES_NOTE,
  citation,
  DATA_FORMAT,
  DATA_FORMAT_VERSION,
  LICENCE,
  LICENCE_NOTE,
  LICENCE_URL,
  SCHEMA_VERSION,
} from './about';

@ObjectType({ description: 'What the Atlas is, how to cite it and under which licence its data may be reused.' })
export class AtlasAbout {
  @Field(() => String, { description: 'Name of the Atlas, as cited.' })
  name!: string;

  @Field(() => String, { description: 'What the Atlas is and where its content comes from.' })
  description!: string;

  /** Exposed by `AboutResolver.citation`, which may put the caller's URL in. */
  citation!: string;

  @Field(() => String, { description: 'Figures must be cited to their own sources: how.' })
  citeSourcesNote!: string;

  @Field(() => String, { description: 'Licence of the compilation (CC BY 4.0).' })
  licence!: string;

  @Field(() => String, { description: 'Where the licence text is.' })
  licenceUrl!: string;

  @Field(() => String, { description: 'What the licence covers; the underlying sources keep their own terms.' })
  licenceNote!: string;

  @Field(() => String, {
    description: 'Name of the data format of /export/atlas.json and `pnpm cli export` (`format` in the document).',
  })
  dataFormat!: string;

  @Field(() => Int, { description: 'Version of that data format (`version` in the document).' })
  dataFormatVersion!: number;

  @Field(() => String, {
    description:
      'Version of the GraphQL schema (semantic versioning: a breaking change only after a deprecation period, in a new major version). CHANGELOG.md lists the changes of each version.',
  })
  schemaVersion!: string;

  @Field(() => [String], {
    description:
      'Downloads over plain HTTP: CSVs of practices, programmes, outcomes, statistics and sources (filters as query parameters, `?bom=1` for Excel, lists as JSON arrays), their Frictionless Data Package descriptor /export/datapackage.json, and /export/atlas.json (the whole public dataset). docs/downloads.md describes every column.',
  })
  downloads!: string[];
}

@Resolver(() => AtlasAbout)
export class AboutResolver {
  @Query(() => AtlasAbout, { description: 'What the Atlas is, how to cite it, and its licence.' })
  about(): AtlasAbout {
    return {
      name: ATLAS_NAME,
      description: ATLAS_DESCRIPTION,
      citation: citation(null),
      citeSourcesNote: CITE_SOURCES_NOTE,
      licence: LICENCE,
      licenceUrl: LICENCE_URL,
      licenceNote: LICENCE_NOTE,
      dataFormat: DATA_FORMAT,
      dataFormatVersion: DATA_FORMAT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      downloads: [...DOWNLOADS],
    };
  }

  @FieldResolver(() => String, {
    description: 'How to cite the Atlas: "Reintegration Atlas (ASEAN). <URL>. Accessed <date>." (today’s date, UTC).',
  })
  citation(
    @Root() about: AtlasAbout,
    @Arg('url', () => String, {
      nullable: true,
      description: 'The address where you used the Atlas (its dashboard or API); a placeholder when omitted.',
    })
    url: string | null,
  ): string {
    return url ? citation(url) : about.citation;
  }

  @FieldResolver(() => [String], {
    description:
      "Where phones on the same network (a venue's Wi-Fi) open the Atlas: http://<LAN address>:<port>, one per IPv4 address of the machine it listens on (HOST), for a page opened at localhost to show a QR code others can use. Empty when it listens on this machine only, and in production.",
  })
  networkOrigins(@Ctx() context: AtlasContext): string[] {
    return context.request.port === undefined ? [] : context.services.networkOrigins(context.request.port);
  }
}
