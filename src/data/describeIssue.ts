/** Turn zod issues into plain sentences that name the field, e.g. "geometry.coordinates.1: latitude must be between −90 and 90". */
import type { z } from 'zod';

export function describeIssue(issue: z.core.$ZodIssue): { field: string; reason: string } {
  const field = issue.path.map(String).join('.') || '(whole record)';
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    return { field, reason: received === undefined ? 'is missing' : `must be a ${issue.expected}` };
  }
  if (issue.code === 'invalid_value')
    return { field, reason: `must be one of: ${issue.values.map(String).join(', ')}` };
  if (issue.code === 'unrecognized_keys') return { field, reason: `has unknown fields: ${issue.keys.join(', ')}` };
  return { field, reason: issue.message };
}
