/** Schema of data/sources.json and data/actors.json, the catalogues incidents refer to. */
import { z } from 'zod';
import { DATE_PRECISIONS } from './vocabulary';

export const sourceSchema = z.object({
  id: z.string(),
  outlet: z.string(),
  carries: z.string().optional(),
  headline: z.string(),
  dateline: z.string().nullable(),
  bylines: z.array(z.string()),
  published: z.object({
    date: z.string(),
    end: z.string().optional(),
    precision: z.enum(DATE_PRECISIONS),
    basis: z.string(),
  }),
  archive: z.object({ seed: z.string(), cleaning: z.string() }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourceCatalogSchema = z.object({ note: z.string(), sources: z.array(sourceSchema) });

export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string(),
});
export type Actor = z.infer<typeof actorSchema>;

export const actorCatalogSchema = z.object({ actors: z.array(actorSchema) });
