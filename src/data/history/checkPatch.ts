/**
 * Whether an incident with a local edit laid over it still passes the one schema, and if not, the
 * field and what is wrong with it, in words. The edit form checks before it saves; storage checks
 * again when an edit is read back. Loads zod, so only the editing code imports it.
 */
import { z } from 'zod';
import { describeIssue } from '../describeIssue';
import { actorRefSchema, incidentFeatureSchema, whenSchema, whereSchema, type IncidentFeature } from '../schema';
import { CATEGORIES } from '../vocabulary';
import { applyPatch, PATCH_FIELDS, type IncidentPatch } from './incidentPatch';

export function checkPatch(feature: IncidentFeature, patch: IncidentPatch): { field: string; reason: string } | null {
  const unknown = Object.keys(patch).find((k) => !(PATCH_FIELDS as readonly string[]).includes(k));
  if (unknown) return { field: unknown, reason: 'cannot be edited' };
  const parsed = incidentFeatureSchema.safeParse(applyPatch(feature, patch));
  if (parsed.success) return null;
  return describeIssue(parsed.error.issues[0]);
}

const coordinate = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const patchSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(200).optional(),
  category: z.enum(CATEGORIES).optional(),
  actors: z.array(actorRefSchema).optional(),
  where: whereSchema.optional(),
  coordinates: coordinate.optional(),
  when: whenSchema.optional(),
});

/** A patch on its own (read back from storage, before its incident is loaded): each field it sets, checked. */
export function checkPatchFields(patch: unknown): { field: string; reason: string } | null {
  const parsed = patchSchema.safeParse(patch);
  return parsed.success ? null : describeIssue(parsed.error.issues[0]);
}
