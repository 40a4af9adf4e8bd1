/** The rules of a new source as `createSource` takes it, checked by the API and by the dashboard's source form. */
import * as z from 'zod/mini';
import { sourceFields } from './record-fields.js';

export const sourceInputSchema = z.object({
  title: sourceFields.title,
  url: sourceFields.url,
  publisher: z.nullish(sourceFields.publisher),
  publishedOn: z.nullish(sourceFields.publishedOn),
  language: z.nullish(sourceFields.language),
  /** A blog, a repost or a document mirror rather than the publisher's own copy. */
  weak: z.nullish(z.boolean()),
});
