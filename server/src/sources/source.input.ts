import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A citation to add: the document a practice, programme or figure comes from.' })
export class SourceInput {
  @Field(() => String, { description: 'Title of the cited document or page; its key is made from it.' })
  title!: string;

  @Field(() => String, { description: 'Address of the document (http or https); one source per address.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'Who published it (site, agency, journal).' })
  publisher?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date, ISO 8601, possibly partial (`2019`, `2019-08`, `2019-08-27`).',
  })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Language of the document, ISO 639-1 (`en`, `id`, …).' })
  language?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether it is a weak source: a blog, a repost or a document mirror, not the publisher's own copy (false if left out).",
  })
  weak?: boolean | null;
}

// The rules of this input are shared with the dashboard's form.
export { sourceInputSchema } from '@atlas/shared/rules';
