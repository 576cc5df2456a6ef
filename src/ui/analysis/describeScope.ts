/** What an export or an image covers, in words: the window, the view and the active filters. */
import type { AppState } from '../../store/types';
import { formatDayRange } from '../../lib/days';
import { CATEGORY_LABELS } from '../../data/categoryColors';
import { LOCATION_PRECISION_WORDS } from '../../data/vocabulary';

export function describeScope(s: AppState, onScreen: boolean): string {
  const parts = [formatDayRange(s.timeRange[0], s.timeRange[1]), onScreen ? 'map view' : 'anywhere'];
  const filters: string[] = [];
  if (s.hiddenCategories.length) filters.push(`hiding ${s.hiddenCategories.map((c) => CATEGORY_LABELS[c]).join(', ')}`);
  if (s.actorId) filters.push(`actor ${s.actors.get(s.actorId)?.name ?? s.actorId}`);
  if (s.hiddenPrecisions.length)
    filters.push(
      `hiding places known only to a ${s.hiddenPrecisions.map((p) => LOCATION_PRECISION_WORDS[p]).join(', ')}`,
    );
  if (s.hiddenProvenances.length) filters.push(`hiding sourcing ${s.hiddenProvenances.join(', ')}`);
  if (s.hiddenGrades.length) filters.push(`hiding grades ${s.hiddenGrades.join(', ')}`);
  if (s.searchText.trim()) filters.push(`search “${s.searchText.trim()}”`);
  if (s.area) filters.push(`area ${s.area.label}`);
  if (s.matchRule === 'contained') filters.push('only incidents wholly inside the window');
  return [...parts, filters.length ? `filters: ${filters.join('; ')}` : 'no filters'].join('; ');
}
