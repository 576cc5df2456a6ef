/**
 * Undo and Redo in the header, and their keys: Ctrl+Z (⌘Z) undoes the last authoring step (an
 * edit, an accept or reject), Ctrl+Shift+Z (or Ctrl+Y) redoes it. In a text field the keys are the
 * field's own text undo. What was undone or redone is said in a status line.
 */
import { useCallback, useEffect, useState } from 'react';
import { nextLabels } from '../../data/history/commandLog';
import { appStore, useAppStore } from '../../store/appStore';
import './editing.css';

const inTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type)));

export function UndoControls() {
  const log = useAppStore((s) => s.historyLog);
  const busy = useAppStore((s) => s.historyBusy);
  const [said, setSaid] = useState('');
  const labels = nextLabels(log);

  const travel = useCallback((direction: 'undo' | 'redo') => {
    const s = appStore.getState();
    const label = nextLabels(s.historyLog)[direction];
    void (direction === 'undo' ? s.undo() : s.redo()).then((refused) =>
      setSaid(refused ? `Nothing changed: ${refused}.` : `${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}`),
    );
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      travel(key === 'y' || event.shiftKey ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [travel]);

  const button = (direction: 'undo' | 'redo', words: string, keys: string) => {
    const label = labels[direction];
    return (
      <button
        type="button"
        className="secondary-button"
        aria-keyshortcuts={keys}
        aria-label={label ? `${words}: ${label}` : `${words} (nothing to ${direction})`}
        title={label ? `${words}: ${label} (${keys.split(' ')[0]})` : `Nothing to ${direction}`}
        // aria-disabled, not disabled: the button keeps keyboard focus while a step is written and
        // after the last one is undone, instead of dropping it to the page.
        aria-disabled={!label || busy}
        onClick={() => {
          if (label && !appStore.getState().historyBusy) travel(direction);
        }}
      >
        <span className="undo-word">{words}</span>
        <span className="undo-glyph" aria-hidden="true">
          {direction === 'undo' ? '↶' : '↷'}
        </span>
      </button>
    );
  };
  return (
    <div className="undo-controls" role="group" aria-label="Undo and redo">
      {button('undo', 'Undo', 'Control+Z Meta+Z')}
      {button('redo', 'Redo', 'Control+Shift+Z Control+Y Meta+Shift+Z')}
      <p role="status" className="visually-hidden" data-testid="undo-status">
        {said}
      </p>
    </div>
  );
}
