/** Filter by one actor, found by its canonical name or any alias ("Daesh" finds Islamic State). */
import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { findActors } from '../../data/search';

export function ActorFilter() {
  const actors = useAppStore((s) => s.actors);
  const actorId = useAppStore((s) => s.actorId);
  const setActor = useAppStore((s) => s.setActor);
  const [query, setQuery] = useState('');
  const listId = useId();
  const matches = useMemo(() => (query.trim() ? findActors(actors.values(), query).slice(0, 8) : []), [actors, query]);
  const chosen = actorId ? actors.get(actorId) : undefined;

  return (
    <fieldset className="filter-group">
      <legend>Actor</legend>
      {chosen ? (
        <p className="chip-row">
          <span className="chip">{chosen.name}</span>
          <button type="button" className="link-button" onClick={() => setActor(null)}>
            Any actor
          </button>
        </p>
      ) : (
        <>
          <label htmlFor={`${listId}-input`} className="visually-hidden">
            Find an actor by name or alias
          </label>
          <input
            id={`${listId}-input`}
            type="search"
            className="text-input"
            value={query}
            placeholder="Name or alias, e.g. Daesh"
            autoComplete="off"
            aria-controls={matches.length > 0 ? listId : undefined}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          {matches.length > 0 && (
            <ul id={listId} className="actor-matches" aria-label="Matching actors">
              {matches.map(({ actor, matched }) => (
                <li key={actor.id}>
                  <button
                    type="button"
                    className="actor-option"
                    onClick={() => {
                      setActor(actor.id);
                      setQuery('');
                    }}
                  >
                    {actor.name}
                    {matched !== actor.name && <span className="alias"> (as “{matched}”)</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {query.trim() && matches.length === 0 && <p className="hint">No actor or alias matches “{query}”.</p>}
        </>
      )}
    </fieldset>
  );
}
