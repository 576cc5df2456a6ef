/**
 * The editing part of the details panel, loaded when an incident is first opened: the Edit button
 * and form, the "Edited" mark of an incident shown with a local edit, with the incident as loaded
 * one click away ("Show original") and a way back to it. The incident's history (what changed
 * and when, undone and redone steps included) is ./IncidentHistory, at the foot of the panel.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Incident } from '../../data/incidentList';
import { describeChange } from '../../data/history/incidentPatch';
import { appStore, useAppStore } from '../../store/appStore';
import { EditIncidentForm } from './EditIncidentForm';
import { saveEdit } from './saveEdit';
import './editing.css';

/** Keyed by incident id in the details panel, so that opening another incident starts afresh. */
export function EditingSection({ incident }: { incident: Incident }) {
  const original = useAppStore((s) => s.editOriginals[incident.id]);
  const [editing, setEditing] = useState(false);
  const [showOriginal, setShowOriginal] = useState(false);
  const [said, setSaid] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const originalId = useId();
  const backTo = useRef(false);

  useEffect(() => {
    if (!editing && backTo.current) {
      backTo.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const differences = original ? describeChange(original, incident.feature) : [];
  return (
    <section className="editing" aria-label="Local edits">
      {original && (
        <div className="edited-flag" data-testid="edited-flag">
          <span className="badge edited-badge">Edited</span>
          <span className="hint">A local edit in this browser; the data as loaded is unchanged.</span>
          <button
            type="button"
            className="link-button"
            aria-expanded={showOriginal}
            aria-controls={originalId}
            onClick={() => setShowOriginal((on) => !on)}
          >
            {showOriginal ? 'Hide original' : 'Show original'}
          </button>
        </div>
      )}
      {original && showOriginal && (
        <div id={originalId} className="original-view" role="group" aria-label="Original, as loaded">
          <p className="original-title">
            Original title: <q>{original.properties.title}</q>
          </p>
          <ul className="plain-list">
            {differences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              const refused = saveEdit(appStore, incident.id, 'revert');
              setSaid(refused ?? 'Back to the original. Undo (Ctrl+Z) brings the edit back.');
              // The Revert button goes with the edit: focus moves to Edit incident, not to the page.
              if (!refused) editButton.current?.focus();
            }}
          >
            Revert to original
          </button>
        </div>
      )}
      {editing ? (
        <EditIncidentForm
          feature={incident.feature}
          onDone={(saved) => {
            backTo.current = true;
            setEditing(false);
            setSaid(saved ? 'Edit saved in this browser. Undo with Ctrl+Z.' : '');
          }}
        />
      ) : (
        <button ref={editButton} type="button" className="secondary-button" onClick={() => setEditing(true)}>
          Edit incident
        </button>
      )}
      <p role="status" className="hint" data-testid="edit-status">
        {said}
      </p>
    </section>
  );
}
