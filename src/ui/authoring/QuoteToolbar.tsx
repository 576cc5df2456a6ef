/**
 * In the source viewer, once text is selected: the selection as a verbatim quote of the archived
 * text (its offset computed, never typed), and what to do with it: New incident from this quote,
 * or Add quote to the selected incident (the one being read). Loaded the first time text is selected.
 */
import { useEffect, useRef, useState } from 'react';
import { appStore } from '../../store/appStore';
import {
  addFiguresToIncident,
  addQuoteToIncident,
  startQuoteIncident,
  type ConfirmedFigures,
} from '../../io/quoteIncidents';
import { figuresInQuote, type FiguresInQuote } from '../../data/claims/figuresInQuote';
import FigureClaimForm from './FigureClaimForm';
import { selectedQuote, type Quote } from './quoteSelection';
import './authoring.css';

interface Props {
  container: HTMLElement;
  sourceId: string;
  text: string;
  incidentId: string;
  incidentTitle: string;
}

export default function QuoteToolbar({ container, sourceId, text, incidentId, incidentTitle }: Props) {
  const [quote, setQuote] = useState<Quote | null>(() => asQuote(selectedQuote(container, text)));
  const [said, setSaid] = useState('');
  const [figures, setFigures] = useState<FiguresInQuote | null>(null);
  const shown = useRef(quote);
  // Focus goes back to the button when the figures form closes, not to the page (where Escape would deselect).
  const figuresButton = useRef<HTMLButtonElement>(null);
  const closeFigures = () => {
    setFigures(null);
    figuresButton.current?.focus();
  };
  useEffect(() => {
    const onChange = () => {
      const next = selectedQuote(container, text);
      if (typeof next === 'string') setSaid(`Cannot quote this: ${next}.`);
      else if (next) {
        // A click on a button here fires selectionchange too, with the selection as it was.
        const was = shown.current;
        if (was && was.offset === next.offset && was.quote === next.quote) return;
        shown.current = next;
        setQuote(next);
        setSaid('');
        setFigures(null);
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, text]);
  if (!quote) return said ? <p className="quote-toolbar hint">{said}</p> : null;
  const selected = { sourceId, ...quote };
  const newIncident = () => {
    const refused = startQuoteIncident(appStore, selected);
    if (refused) setSaid(`Not started: ${refused}.`);
  };
  const addToIncident = async () => {
    const refused = await addQuoteToIncident(appStore, incidentId, selected);
    setSaid(refused ? `Not added: ${refused}.` : `Added to “${incidentTitle}” as an excerpt.`);
  };
  const readFigures = () => {
    const outlet = appStore.getState().sources.get(sourceId)?.outlet ?? sourceId;
    const read = figuresInQuote(text, sourceId, outlet, quote);
    setFigures(typeof read === 'string' ? null : read);
    setSaid(typeof read === 'string' ? `No figures added: ${read}.` : '');
  };
  const addFigures = async (confirmed: ConfirmedFigures) => {
    const refused = await addFiguresToIncident(appStore, incidentId, confirmed);
    closeFigures();
    const n = confirmed.killed.length + confirmed.wounded.length;
    setSaid(
      refused ? `Not added: ${refused}.` : `Added ${n === 1 ? 'a figure' : `${n} figures`} to “${incidentTitle}”.`,
    );
  };
  return (
    <div className="quote-toolbar" role="group" aria-label="Selected quote">
      <p className="hint" data-testid="selected-quote">
        Selected {quote.quote.length} characters at character {quote.offset} of the archived text
      </p>
      <div className="editor-row">
        <button type="button" className="primary-button" onClick={newIncident}>
          New incident from this quote
        </button>
        <button type="button" className="secondary-button" onClick={() => void addToIncident()}>
          Add quote to the selected incident
        </button>
        <button type="button" className="secondary-button" onClick={readFigures} ref={figuresButton}>
          Add casualty figures…
        </button>
      </div>
      {figures && (
        <FigureClaimForm
          read={figures}
          incidentTitle={incidentTitle}
          onAdd={(confirmed) => void addFigures(confirmed)}
          onCancel={closeFigures}
        />
      )}
      <p role="status" className="hint" data-testid="quote-status">
        {said}
      </p>
    </div>
  );
}

const asQuote = (q: Quote | string | null): Quote | null => (q && typeof q === 'object' ? q : null);
