/**
 * Present the open briefing, and share it: Copy link when the compressed briefing fits in a link
 * (src/io/briefingLink.ts states the limit), otherwise it says how long the link would be and
 * offers the file; Save as file writes the `.briefing.json` that the app opens by drop or picker.
 */
import { useEffect, useState } from 'react';
import { appStore } from '../../store/appStore';
import type { Briefing } from '../../data/briefing/briefing';
import { briefingFileBlob, briefingFileName, briefingLink, MAX_LINK_CHARS } from '../../io/briefingLink';
import { downloadBlob } from '../../lib/download';

type LinkState = { link: string | null; length: number } | null;

export function BriefingShare({ briefing }: { briefing: Briefing }) {
  const [link, setLink] = useState<LinkState>(null);
  const [said, setSaid] = useState('');
  const { present, deleteBriefing, setBriefingPanelOpen } = appStore.getState();
  const empty = briefing.steps.length === 0;

  useEffect(() => {
    let live = true;
    const base = `${window.location.origin}${window.location.pathname}`;
    void briefingLink(briefing, base).then((l) => live && setLink(l));
    return () => {
      live = false;
    };
  }, [briefing]);

  const copy = async () => {
    if (!link?.link) return;
    try {
      await navigator.clipboard.writeText(link.link);
      setSaid('Link copied. It holds the whole briefing; opening it adds the briefing to that browser.');
    } catch {
      setSaid(`Copy this link: ${link.link}`);
    }
  };

  return (
    <div className="briefing-share">
      <div className="briefing-row">
        <button
          type="button"
          className="primary-button"
          disabled={empty}
          onClick={() => {
            // Presenting from the start clears the map of the panel; the step's own controls take the focus.
            setBriefingPanelOpen(false);
            present(0);
          }}
        >
          Present
        </button>
        <button type="button" className="secondary-button" disabled={empty || !link?.link} onClick={() => void copy()}>
          Copy briefing link
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={empty}
          onClick={() => downloadBlob(briefingFileName(briefing), briefingFileBlob(briefing))}
        >
          Save as file
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={empty}
          onClick={() => {
            // The Record dialog opens on this briefing; the panel closes, so the map is what is seen.
            appStore.getState().setRecording({ suggest: 'briefing' });
            setBriefingPanelOpen(false);
            appStore.getState().setRecorderOpen(true);
          }}
        >
          Record video…
        </button>
      </div>
      {link && !link.link && (
        <p className="briefing-hint">
          Too long for a link ({link.length.toLocaleString('en')} characters; links are kept under{' '}
          {MAX_LINK_CHARS.toLocaleString('en')}): share it as a file.
        </p>
      )}
      <p className="briefing-hint" role="status">
        {said}
      </p>
      <button
        type="button"
        className="link-button briefing-delete"
        onClick={() => {
          if (window.confirm(`Delete the briefing “${briefing.title}” from this browser?`)) deleteBriefing(briefing.id);
        }}
      >
        Delete this briefing
      </button>
    </div>
  );
}
