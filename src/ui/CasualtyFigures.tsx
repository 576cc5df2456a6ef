/** Casualty figures as stated, each with who gave it: statements that differ are shown side by side. */
import type { Figure, IncidentProperties } from '../data/schema';

export function CasualtyFigures({ casualties }: { casualties: NonNullable<IncidentProperties['casualties']> }) {
  return (
    <>
      {(['killed', 'wounded'] as const).map((kind) => {
        const figures = casualties[kind];
        if (!figures?.length) return null;
        return (
          <div key={kind} className="fact-row">
            <dt>{kind === 'killed' ? 'Killed' : 'Wounded'}</dt>
            <dd>
              <span className="range">{rangeText(figures)}</span>
              <ul className="figure-list">
                {figures.map((f) => (
                  <li key={`${f.source}-${f.text}`}>
                    “{f.text}”: {f.attribution}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        );
      })}
    </>
  );
}

function rangeText(figures: Figure[]): string {
  const numbers = figures.flatMap((f) => [f.min, f.max]).filter((n): n is number => n !== undefined);
  if (numbers.length === 0) return 'not given as a number';
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  return min === max ? String(min) : `${min}–${max} across statements`;
}
