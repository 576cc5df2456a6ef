/** The possible-duplicate pairs of the loaded incidents under the rule shown (loaded with the list that shows them). */
import type { AppState } from './types';
import { findDuplicates, type DuplicatePair } from '../geo/duplicates';
import { memoOn } from './memoOn';

/** Pairs that may be one event, under the rule shown; those already decided are left to the caller. */
export const selectPossibleDuplicates = memoOn(
  (s: AppState) => [s.incidents, s.duplicateRule] as const,
  (s: AppState): DuplicatePair[] =>
    findDuplicates(
      s.incidents.map((i) => ({
        id: i.id,
        category: i.feature.properties.category,
        lngLat: i.lngLat,
        startDay: i.startDay,
        endDay: i.endDay,
        actors: i.feature.properties.actors.map((a) => a.actor),
      })),
      s.duplicateRule,
    ),
);
