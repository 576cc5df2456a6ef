/**
 * Placing a draft on the map: the review steps aside and this bar says what to do. A click on the
 * map (or dragging the pin, or typing the coordinates) sets the point; the analyst types what says
 * it is there and how precise it is. "Set place" records a manual geocode and returns to the review.
 */
import { useState, type ReactNode } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { placeByHand, type AuthoredDraft } from '../../data/authoring/editDraft';
import { LOCATION_PRECISIONS, LOCATION_PRECISION_WORDS, type LocationPrecision } from '../../data/vocabulary';

interface Props {
  draft: AuthoredDraft;
  /** The placed draft; resolves with why not, if it cannot be used. */
  onPlaced: (placed: AuthoredDraft) => Promise<string | null> | string | null;
  /** Fields of the draft itself, set before it is placed (a new incident from a quote). */
  prepare?: (draft: AuthoredDraft) => AuthoredDraft | string;
  children?: ReactNode;
  onCancel?: () => void;
}

/** Placing a draft of the article under review: the placed draft replaces it. */
export function ReviewPlacingBar() {
  const draft = useAppStore((s) => s.review?.drafts.find((d) => d.id === s.placingPin?.draftId));
  if (!draft) return null;
  const onPlaced = (placed: AuthoredDraft) => {
    appStore.getState().updateDraft(placed);
    appStore.getState().stopPlacingPin();
    return null;
  };
  return <PlacingBar draft={draft} onPlaced={onPlaced} />;
}

export function PlacingBar({ draft, onPlaced, prepare, children, onCancel }: Props) {
  const pin = useAppStore((s) => s.placingPin);
  const [name, setName] = useState(draft?.manualPlace?.name ?? draft?.where?.name ?? '');
  const [country, setCountry] = useState(draft?.manualPlace?.country ?? draft?.where?.country ?? '');
  const [precision, setPrecision] = useState<LocationPrecision>(draft?.manualPlace?.precision ?? 'poi');
  const [basis, setBasis] = useState(draft?.manualPlace?.basis ?? '');
  const [problem, setProblem] = useState('');
  // What is typed in the coordinate fields, kept as text until both parse (a quote starts with no
  // pin, and "32." is on its way to 32.5); the pin where it was when last typed at.
  const [typed, setTyped] = useState<{ lat: string; lon: string } | null>(null);
  const [typedAt, setTypedAt] = useState('');
  const pinKey = pin?.lngLat ? pin.lngLat.join(',') : '';
  // The map moved the pin (a click, a drag): the fields show where it is now.
  if (typed && pinKey !== typedAt) setTyped(null);
  if (!pin) return null;
  const [lon, lat] = pin.lngLat ?? [NaN, NaN];
  const shown = (n: number) => (Number.isFinite(n) ? String(n) : '');
  const text = typed ?? { lat: shown(lat), lon: shown(lon) };
  const setCoordinate = (axis: 'lat' | 'lon', value: string) => {
    const next = { ...text, [axis]: value };
    setTyped(next);
    const point: [number, number] = [Number(next.lon), Number(next.lat)];
    const complete = next.lat.trim() !== '' && next.lon.trim() !== '' && point.every(Number.isFinite);
    setTypedAt(complete ? point.join(',') : pinKey);
    if (complete) appStore.getState().movePin(point);
  };
  const done = async () => {
    const prepared = prepare ? prepare(draft) : draft;
    if (typeof prepared === 'string') return setProblem(`Not placed: ${prepared}.`);
    const placed = placeByHand(prepared, { lon, lat, basis, precision, name, country: country.toUpperCase() });
    if (typeof placed === 'string') return setProblem(`Not placed: ${placed}.`);
    const refused = await onPlaced(placed);
    if (refused) setProblem(`Not placed: ${refused}.`);
  };
  return (
    <section className="placing-bar" role="region" aria-label="Place on map">
      <p className="placing-title">
        Click the map where “{draft.title || 'the quoted event'}” happened, or drag the pin. The point is recorded as
        placed by hand, with your basis.
      </p>
      {children}
      <div className="placing-fields">
        <label>
          Latitude
          <input type="number" step="any" value={text.lat} onChange={(e) => setCoordinate('lat', e.target.value)} />
        </label>
        <label>
          Longitude
          <input type="number" step="any" value={text.lon} onChange={(e) => setCoordinate('lon', e.target.value)} />
        </label>
        <label>
          Place name
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Country (ISO code)
          <input type="text" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />
        </label>
        <label>
          Place precision
          <select value={precision} onChange={(e) => setPrecision(e.target.value as LocationPrecision)}>
            {LOCATION_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {LOCATION_PRECISION_WORDS[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="placing-basis">
          Basis for this point
          <input
            type="text"
            value={basis}
            placeholder="e.g. the camp's position in the satellite image the article cites"
            onChange={(e) => setBasis(e.target.value)}
          />
        </label>
      </div>
      <p role="alert" className="field-problem">
        {problem}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="secondary-button"
          onClick={onCancel ?? (() => appStore.getState().stopPlacingPin())}
        >
          Cancel
        </button>
        <button type="button" className="primary-button" onClick={() => void done()}>
          Set place
        </button>
      </div>
    </section>
  );
}
