/**
 * The edit form in the details panel: title, category, actors, dates with their precision and
 * basis, and the place (name, country, precision, coordinates) with the basis of a place set by
 * hand. Excerpts are not editable: they are verbatim from the archived text. Saved edits are
 * local to this browser, undoable, and never rewrite the incident as loaded.
 */
import { useId, useState } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import type { IncidentFeature } from '../../data/schema';
import { CATEGORY_LABELS } from '../../data/categoryColors';
import {
  ACTOR_ROLES,
  CATEGORIES,
  DATE_PRECISIONS,
  DATE_PRECISION_WORDS,
  LOCATION_PRECISIONS,
  LOCATION_PRECISION_WORDS,
  type ActorRole,
} from '../../data/vocabulary';
import { patchOf, valuesOf, type EditValues } from './editFormValues';
import { saveEdit } from './saveEdit';

export function EditIncidentForm({ feature, onDone }: { feature: IncidentFeature; onDone: (saved: boolean) => void }) {
  const id = useId();
  const actors = useAppStore((s) => s.actors);
  const [v, setV] = useState<EditValues>(() => valuesOf(feature));
  const [problem, setProblem] = useState<{ field: string; reason: string } | null>(null);
  const [newActor, setNewActor] = useState('');
  const [newRole, setNewRole] = useState<ActorRole>('perpetrator');
  const put = <K extends keyof EditValues>(key: K, value: EditValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const text = (key: keyof EditValues) => ({
    id: `${id}-${key}`,
    value: v[key] as string,
    'aria-invalid': problem?.field === key || undefined,
    onChange: (e: { currentTarget: { value: string } }) => put(key, e.currentTarget.value as never),
  });
  const label = (key: keyof EditValues, words: string) => <label htmlFor={`${id}-${key}`}>{words}</label>;

  const submit = () => {
    const made = patchOf(feature, v);
    if ('field' in made) return setProblem(made);
    const refused = saveEdit(appStore, feature.properties.id, made.patch);
    if (refused) return setProblem({ field: '', reason: `This edit cannot be saved: ${refused}.` });
    onDone(true);
  };

  return (
    <form
      className="edit-form"
      aria-label="Edit incident"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone(false);
        }
      }}
    >
      {label('title', 'Title')}
      <input type="text" {...text('title')} autoFocus />
      {label('category', 'Category')}
      <select {...text('category')}>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Actors</legend>
        <ul className="plain-list edit-actors">
          {v.actors.map((a, i) => (
            <li key={`${a.actor}-${a.role}`}>
              {actors.get(a.actor)?.name ?? a.actor} <span className="precision">({a.role})</span>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${actors.get(a.actor)?.name ?? a.actor} (${a.role})`}
                onClick={() => put('actors', v.actors.toSpliced(i, 1))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="edit-row">
          <select aria-label="Actor to add" value={newActor} onChange={(e) => setNewActor(e.currentTarget.value)}>
            <option value="">Add an actor…</option>
            {[...actors.values()].map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <select aria-label="Role" value={newRole} onChange={(e) => setNewRole(e.currentTarget.value as ActorRole)}>
            {ACTOR_ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          <button
            type="button"
            className="secondary-button"
            disabled={!newActor || v.actors.some((a) => a.actor === newActor && a.role === newRole)}
            onClick={() => put('actors', [...v.actors, { actor: newActor, role: newRole }])}
          >
            Add
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>When</legend>
        <div className="edit-grid">
          <div>
            {label('start', 'First day')}
            <input type="date" {...text('start')} />
          </div>
          <div>
            {label('end', 'Last day')}
            <input type="date" {...text('end')} />
          </div>
        </div>
        {label('precision', 'Date precision')}
        <select {...text('precision')}>
          {DATE_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {DATE_PRECISION_WORDS[p]}
            </option>
          ))}
        </select>
        {label('dateBasis', 'How the dates were worked out')}
        <textarea rows={2} {...text('dateBasis')} />
      </fieldset>
      <fieldset>
        <legend>Where</legend>
        <div className="edit-grid">
          <div>
            {label('place', 'Place')}
            <input type="text" {...text('place')} />
          </div>
          <div>
            {label('country', 'Country (ISO code)')}
            <input type="text" maxLength={2} {...text('country')} />
          </div>
          <div>
            {label('latitude', 'Latitude')}
            <input type="text" inputMode="decimal" {...text('latitude')} />
          </div>
          <div>
            {label('longitude', 'Longitude')}
            <input type="text" inputMode="decimal" {...text('longitude')} />
          </div>
        </div>
        {label('placePrecision', 'Place precision')}
        <select {...text('placePrecision')}>
          {LOCATION_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {LOCATION_PRECISION_WORDS[p]}
            </option>
          ))}
        </select>
        {label('placeBasis', 'Basis of a place set by hand')}
        <textarea
          rows={2}
          placeholder="e.g. the article names the Qasr Talil farm west of the city"
          {...text('placeBasis')}
        />
      </fieldset>
      <p className="hint">Excerpts stay verbatim from the archived text and cannot be edited.</p>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem.reason}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary-button" onClick={() => onDone(false)}>
          Cancel
        </button>
        <button type="submit" className="primary-button">
          Save edit
        </button>
      </div>
    </form>
  );
}
