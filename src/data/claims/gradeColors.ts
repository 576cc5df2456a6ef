/**
 * Marker and legend colours for "colour by grade": strong to weak sourcing from dark teal to pale
 * ochre, contested in magenta (a dispute, not a strength), discounted in grey. Chosen to stay apart
 * for the common colour-vision deficiencies; the legend always names each grade in words too.
 */
import type { Grade } from './grade';

export const GRADE_COLORS: Record<Grade, string> = {
  confirmed: '#005f73',
  fair: '#0a9396',
  weak: '#e9a23b',
  contested: '#ae2012',
  discounted: '#8d99ae',
};
