/**
 * The casualty figures read in the selected words, shown for the analyst to confirm before they
 * become claims of the incident being read: the words as written, the bounds they state, and who
 * gives them (the sentence's attribution, or the outlet; a pronoun such as "He" is for the analyst
 * to name, never guessed). Nothing here is typed into the figure itself, only who says it.
 */
import { useId, useState } from 'react';
import type { FiguresInQuote } from '../../data/claims/figuresInQuote';
import type { ConfirmedFigures } from '../../io/quoteIncidents';

interface Props {
  read: FiguresInQuote;
  incidentTitle: string;
  onAdd: (figures: ConfirmedFigures) => void;
  onCancel: () => void;
}

const PRONOUN = /^(?:he|she|they|we|i|it|his|her|their)$/i;

export default function FigureClaimForm({ read, incidentTitle, onAdd, onCancel }: Props) {
  const first = read.killed[0] ?? read.wounded[0];
  const [who, setWho] = useState(first.attribution);
  const [problem, setProblem] = useState('');
  const inputId = useId();
  const add = () => {
    const name = who.trim();
    if (!name) return setProblem('Say who gives the figures: the outlet, or the person it quotes.');
    if (PRONOUN.test(name)) return setProblem(`“${name}” is a pronoun: name who it refers to, from the article.`);
    const named = (list: FiguresInQuote['killed']) => list.map((f) => ({ ...f, attribution: name }));
    onAdd({ excerpt: read.excerpt, killed: named(read.killed), wounded: named(read.wounded) });
  };
  return (
    <div className="figure-claim" role="group" aria-label="Casualty figures in the selection">
      <p className="hint">The sentence becomes an excerpt of “{incidentTitle}”, with these figures:</p>
      <ul>
        {read.said.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <label htmlFor={inputId}>Who gives these figures</label>
      <div className="editor-row">
        <input id={inputId} value={who} onChange={(e) => setWho(e.target.value)} aria-describedby={`${inputId}-p`} />
        <button type="button" className="primary-button" onClick={add}>
          Add figures
        </button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p id={`${inputId}-p`} role="alert" className="field-problem">
        {problem}
      </p>
    </div>
  );
}
