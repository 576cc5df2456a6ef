/**
 * The Briefings panel, over the map so that the map stays usable while composing: the list of
 * saved briefings (New briefing, open a `.briefing.json` by picker or by dropping it here), or the
 * open briefing with its title, its steps, the form that adds a step from the current view, and
 * the ways to present and share it.
 */
import { useState, type DragEvent } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { selectOpenBriefing } from '../../store/briefingSlice';
import { readBriefingFile } from '../../io/briefingLink';
import { describeProblem, type BriefingProblem } from '../../data/briefing/validateBriefing';
import { BriefingList } from './BriefingList';
import { StepList } from './StepList';
import { StepForm } from './StepForm';
import { BriefingShare } from './BriefingShare';
import './briefing.css';

export default function BriefingPanel() {
  const open = useAppStore(selectOpenBriefing);
  const storageProblem = useAppStore((s) => s.briefingStorageProblem);
  const presenting = useAppStore((s) => s.presenting !== null);
  const { setBriefingPanelOpen, openBriefing, renameBriefing } = appStore.getState();
  const [problems, setProblems] = useState<BriefingProblem[]>([]);
  const [dropping, setDropping] = useState(false);

  const openFile = async (file: File) => {
    const check = await readBriefingFile(file);
    setProblems(check.problems);
    if (check.briefing) appStore.getState().addBriefing(check.briefing);
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.stopPropagation();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.stopPropagation();
    setDropping(true);
  };

  return (
    <section
      id="briefing-panel"
      className={`briefing-panel${dropping ? ' briefing-panel-dropping' : ''}${presenting ? ' briefing-panel-presenting' : ''}`}
      aria-labelledby="briefing-panel-title"
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <div className="briefing-panel-head">
        <h2 id="briefing-panel-title">{open ? 'Briefing' : 'Briefings'}</h2>
        {open && (
          <button type="button" className="link-button" onClick={() => openBriefing(null)}>
            All briefings
          </button>
        )}
        <button type="button" className="link-button" onClick={() => setBriefingPanelOpen(false)}>
          Close<span className="visually-hidden"> briefings</span>
        </button>
      </div>
      {storageProblem && (
        <p className="briefing-problem" role="alert">
          Not stored in this browser: {storageProblem}.
        </p>
      )}
      {problems.length > 0 && (
        <div className="briefing-problem" role="alert" aria-label="Problems in the briefing file">
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{describeProblem(p)}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => setProblems([])}>
            Dismiss
          </button>
        </div>
      )}
      {open ? (
        <>
          <label className="briefing-field">
            Briefing title
            <input type="text" value={open.title} maxLength={200} onChange={(e) => renameBriefing(e.target.value)} />
          </label>
          <StepList briefing={open} />
          <StepForm key={open.id} />
          <BriefingShare briefing={open} />
        </>
      ) : (
        <BriefingList onFile={(file) => void openFile(file)} />
      )}
    </section>
  );
}
