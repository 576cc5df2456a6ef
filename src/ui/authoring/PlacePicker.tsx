/**
 * Where a draft happened, as the analyst settles it: the extractor's ranked gazetteer candidates as
 * radio buttons (arrow keys move between them), with the reason the top one may be wrong, or a
 * point set by hand on the map with its typed basis. Choosing a candidate keeps its gazetteer entry.
 */
import { useId } from 'react';
import { appStore } from '../../store/appStore';
import { choosePlace, type AuthoredDraft } from '../../data/authoring/editDraft';
import { LOCATION_PRECISION_WORDS } from '../../data/vocabulary';

const MAX_SHOWN = 6;

/** Where the pin starts: the point set by hand, else the chosen candidate, else nowhere yet. */
function pinStart(draft: AuthoredDraft): [number, number] | null {
  if (draft.manualPlace) return [draft.manualPlace.lon, draft.manualPlace.lat];
  const top = draft.where?.candidates[0];
  return top ? [top.lon, top.lat] : null;
}

export function PlacePicker({ draft }: { draft: AuthoredDraft }) {
  const id = useId();
  const where = draft.where;
  const chosen = where?.candidates[0];
  // Shown in the extractor's ranking, so choosing one does not reorder the list under the keyboard.
  const ranked = [...(where?.candidates ?? [])].sort((a, b) => b.score - a.score).slice(0, MAX_SHOWN);
  const manual = draft.manualPlace;
  const choose = (source: string) => {
    const index = where?.candidates.findIndex((c) => c.source === source) ?? -1;
    if (index >= 0) appStore.getState().updateDraft(choosePlace(draft, index));
  };
  return (
    <fieldset className="place-picker">
      <legend>Place</legend>
      {where ? (
        <p className="hint">
          “{where.asWritten}” in the text
          {where.ambiguity && <span className="ambiguity"> · {where.ambiguity}</span>}
        </p>
      ) : (
        <p className="hint">The text names no place the gazetteer knows: place it on the map.</p>
      )}
      {ranked.map((c) => (
        <label key={c.source} className="place-option">
          <input
            type="radio"
            name={`${id}-place`}
            checked={!manual && c === chosen}
            onChange={() => choose(c.source)}
          />
          <span>
            {c.name}, {c.country} <span className="precision">({LOCATION_PRECISION_WORDS[c.precision]})</span>
            <span className="basis">{c.source}</span>
          </span>
        </label>
      ))}
      {manual && (
        <label className="place-option">
          <input type="radio" name={`${id}-place`} checked readOnly />
          <span>
            Placed on the map: {manual.name}, {manual.country} at {manual.lat.toFixed(4)}, {manual.lon.toFixed(4)}{' '}
            <span className="precision">({LOCATION_PRECISION_WORDS[manual.precision]})</span>
            <span className="basis" data-testid="manual-basis">
              Basis: {manual.basis}
            </span>
          </span>
        </label>
      )}
      <button
        type="button"
        className="secondary-button"
        onClick={() => appStore.getState().startPlacingPin(draft.id, pinStart(draft))}
      >
        Place on map
      </button>
    </fieldset>
  );
}
