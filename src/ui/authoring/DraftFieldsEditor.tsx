/**
 * Correcting a draft's title, category and actors, as plain fields; every change is made to the
 * draft under review at once (Accept then takes the corrected draft). Actors come from the actor table.
 */
import { useState } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { setFields, type AuthoredDraft } from '../../data/authoring/editDraft';
import { CATEGORY_LABELS } from '../../data/categoryColors';
import { ACTOR_ROLES, CATEGORIES, type ActorRole, type Category } from '../../data/vocabulary';

export function DraftFieldsEditor({ draft }: { draft: AuthoredDraft }) {
  const actors = useAppStore((s) => s.actors);
  const [adding, setAdding] = useState('');
  const [role, setRole] = useState<ActorRole>('perpetrator');
  const update = (fields: Parameters<typeof setFields>[1]) => appStore.getState().updateDraft(setFields(draft, fields));
  const addActor = () => {
    const actor = actors.get(adding);
    if (!actor || draft.actors.some((a) => a.actor === actor.id)) return;
    const ref = {
      actor: actor.id,
      name: actor.name,
      role,
      asWritten: '',
      known: true,
      roleBasis: 'set by the analyst',
    };
    update({ actors: [...draft.actors, { ...ref, evidence: { start: 0, end: 0 } }] });
    setAdding('');
  };
  return (
    <div className="draft-editor">
      <label>
        Title
        <input type="text" value={draft.title} maxLength={300} onChange={(e) => update({ title: e.target.value })} />
      </label>
      <label>
        Category
        <select value={draft.category} onChange={(e) => update({ category: e.target.value as Category })}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <div className="editor-actors" role="group" aria-label="Actors">
        <span className="editor-label">Actors</span>
        <ul className="plain-list">
          {draft.actors.map((a) => (
            <li key={a.actor}>
              {a.name} ({a.role}){' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${a.name}`}
                onClick={() => update({ actors: draft.actors.filter((x) => x.actor !== a.actor) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="editor-row">
          <select aria-label="Actor to add" value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">Add an actor…</option>
            {[...actors.values()]
              .filter((a) => !draft.actors.some((x) => x.actor === a.id))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
          <select aria-label="Role" value={role} onChange={(e) => setRole(e.target.value as ActorRole)}>
            {ACTOR_ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          <button type="button" className="secondary-button" disabled={!adding} onClick={addActor}>
            Add actor
          </button>
        </div>
      </div>
    </div>
  );
}
