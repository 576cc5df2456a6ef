/**
 * In the source viewer, once text is selected: the selection as a verbatim quote of the archived
 * text (its offset computed, never typed), and what to do with it: New incident from this quote,
 * or Add quote to the selected incident (the one being read). Loaded the first time text is selected.
 */
import { useEffect, useState } from 'react';
import { appStore } from '../../store/appStore';
import { addQuoteToIncident, startQuoteIncident } from '../../io/quoteIncidents';
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
  useEffect(() => {
    const onChange = () => {
      const next = selectedQuote(container, text);
      if (typeof next === 'string') setSaid(`Cannot quote this: ${next}.`);
      else if (next) {
        setQuote(next);
        setSaid('');
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
      </div>
      <p role="status" className="hint" data-testid="quote-status">
        {said}
      </p>
    </div>
  );
}

const asQuote = (q: Quote | string | null): Quote | null => (q && typeof q === 'object' ? q : null);
