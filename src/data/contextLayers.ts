/**
 * Context layers (data/context/*.geojson): sourced geometries drawn beneath the incidents. Each
 * says how it was drawn, how precise it is, what it rests on (citations) and which article words
 * it illustrates (verbatim excerpts, checked like incident excerpts).
 */
import { z } from 'zod';

export const CONTEXT_PRECISIONS = ['schematic', 'indicative'] as const;

export const contextMetadataSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  kind: z.enum(['route', 'area']),
  drawn: z.string().min(1),
  precision: z.enum(CONTEXT_PRECISIONS),
  precisionNote: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  citations: z.array(z.object({ text: z.string(), url: z.url().optional() })).min(1),
  excerpts: z.array(z.object({ source: z.string(), quote: z.string().min(1) })).min(1),
});
export type ContextMetadata = z.infer<typeof contextMetadataSchema>;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(1) }),
]);

export const contextLayerSchema = z.object({
  type: z.literal('FeatureCollection'),
  metadata: contextMetadataSchema,
  features: z
    .array(z.object({ type: z.literal('Feature'), properties: z.record(z.string(), z.unknown()), geometry }))
    .min(1),
});
export type ContextLayer = z.infer<typeof contextLayerSchema>;

export interface ParsedContextLayers {
  layers: ContextLayer[];
  problems: string[];
}

/** Parse every file; a broken one is reported by name and left out, the rest load. */
export function parseContextLayers(files: Record<string, unknown>): ParsedContextLayers {
  const layers: ContextLayer[] = [];
  const problems: string[] = [];
  for (const [name, json] of Object.entries(files)) {
    const result = contextLayerSchema.safeParse(json);
    if (result.success) layers.push(result.data);
    else {
      const issue = result.error.issues[0];
      problems.push(`${name}: ${issue.path.join('.') || '(file)'} ${issue.message}`);
    }
  }
  return { layers: layers.sort((a, b) => a.metadata.title.localeCompare(b.metadata.title)), problems };
}

/** Excerpts that are not found verbatim in their archived source text. */
export function unverifiedExcerpts(layer: ContextLayer, texts: ReadonlyMap<string, string>): string[] {
  return layer.metadata.excerpts
    .filter((e) => !texts.get(e.source)?.includes(e.quote))
    .map((e) => `${layer.metadata.id}: "${e.quote.slice(0, 60)}…" is not verbatim in ${e.source}`);
}
