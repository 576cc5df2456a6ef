/**
 * The open briefing's steps, as the list "Briefing steps". Each can be shown (presented from
 * there), edited in place, duplicated, moved (drag, the Move up / Move down buttons, or Alt+↑/↓
 * anywhere in its row) and deleted, with Undo for the last delete.
 */
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { captionHeadline, type Briefing } from '../../data/briefing/briefing';
import { formatDayRange, toDayNumber } from '../../lib/days';
import { StepForm } from './StepForm';

export function StepList({ briefing }: { briefing: Briefing }) {
  const presenting = useAppStore((s) => s.presenting?.index ?? -1);
  const deleted = useAppStore((s) => (s.deletedStep?.briefingId === briefing.id ? s.deletedStep : null));
  const { present, duplicateStep, moveStep, moveStepTo, deleteStep, undoDeleteStep } = appStore.getState();
  const [editing, setEditing] = useState<string | null>(null);
  const dragged = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  /** After a keyboard move the row is re-rendered elsewhere: keep the focus on the control that moved it. */
  const moveKeepingFocus = (id: string, delta: number, control: string) => {
    moveStep(id, delta);
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>(`[data-step="${id}"] [data-control="${control}"]`)?.focus(),
    );
  };
  const onKeyDown = (id: string) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const control = (document.activeElement as HTMLElement | null)?.dataset.control ?? 'up';
    moveKeepingFocus(id, e.key === 'ArrowUp' ? -1 : 1, control);
  };
  const onDrop = (to: number) => (e: DragEvent) => {
    if (!dragged.current) return;
    e.preventDefault();
    moveStepTo(dragged.current, to);
    dragged.current = null;
  };

  return (
    <>
      {briefing.steps.length === 0 && (
        <p className="briefing-hint">
          No steps yet. Set the map, the dates and the filters, select an incident, then Add step.
        </p>
      )}
      <ol className="briefing-steps" aria-label="Briefing steps" ref={list}>
        {briefing.steps.map((step, i) => {
          const name = `step ${i + 1}`;
          const dates = formatDayRange(toDayNumber(step.view.from), toDayNumber(step.view.to));
          return (
            <li
              key={step.id}
              data-step={step.id}
              className={`briefing-step${i === presenting ? ' briefing-step-current' : ''}`}
              aria-current={i === presenting ? 'step' : undefined}
              draggable={editing !== step.id}
              onDragStart={(e) => {
                dragged.current = step.id;
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', step.id);
              }}
              onDragOver={(e) => dragged.current && e.preventDefault()}
              onDrop={onDrop(i)}
              onKeyDown={onKeyDown(step.id)}
            >
              <div className="briefing-step-text">
                <span className="briefing-step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="briefing-step-caption">{captionHeadline(step.caption, 200)}</span>
                <span className="briefing-meta">
                  {dates}
                  {step.view.camera ? '' : ' · no location'}
                  {step.cited.length > 0 ? ` · ${step.cited.length} cited` : ''} · {step.seconds} s
                </span>
              </div>
              {editing === step.id ? (
                <StepForm step={step} onDone={() => setEditing(null)} />
              ) : (
                <div className="briefing-step-actions">
                  <button type="button" className="link-button" onClick={() => present(i)} aria-label={`Show ${name}`}>
                    Show
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setEditing(step.id)}
                    aria-label={`Edit ${name}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => duplicateStep(step.id)}
                    aria-label={`Duplicate ${name}`}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    data-control="up"
                    disabled={i === 0}
                    aria-keyshortcuts="Alt+ArrowUp"
                    onClick={() => moveKeepingFocus(step.id, -1, 'up')}
                    aria-label={`Move ${name} up`}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    data-control="down"
                    disabled={i === briefing.steps.length - 1}
                    aria-keyshortcuts="Alt+ArrowDown"
                    onClick={() => moveKeepingFocus(step.id, 1, 'down')}
                    aria-label={`Move ${name} down`}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => deleteStep(step.id)}
                    aria-label={`Delete ${name}`}
                  >
                    Delete
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {deleted && (
        <p className="briefing-undo" role="status">
          Deleted step “{captionHeadline(deleted.step.caption, 40)}”.
          <button type="button" className="link-button" onClick={undoDeleteStep}>
            Undo
          </button>
        </p>
      )}
    </>
  );
}
