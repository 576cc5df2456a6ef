/**
 * "About this data": the sources with their outlets and dates, how dates and places were resolved,
 * what precision means, the categories, the actor aliases, the context layers, the attributions and
 * the dataset version. Everything is read from the loaded data, so it cannot drift from it.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppStore } from '../../store/appStore';
import { formatDayRange, toDayNumber } from '../../lib/days';
import { PrecisionAndCategories } from './PrecisionAndCategories';

/** The grading rules are rendered from the grade rule table, loaded when this panel first opens. */
const GradingRules = lazy(() => import('./GradingRules').then((m) => ({ default: m.GradingRules })));

export function AboutData() {
  const open = useAppStore((s) => s.aboutOpen);
  const setOpen = useAppStore((s) => s.setAboutOpen);
  const sources = useAppStore((s) => s.sources);
  const actors = useAppStore((s) => s.actors);
  const context = useAppStore((s) => s.contextLayers);
  const version = useAppStore((s) => s.datasetVersion);
  const count = useAppStore((s) => s.incidents.length);
  const dialogRef = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    if (!open) return;
    opener.current = document.activeElement;
    dialogRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, [open, setOpen]);

  if (!open) return null;
  return (
    <div className="source-backdrop" onClick={() => setOpen(false)}>
      <div
        ref={dialogRef}
        className="source-viewer about"
        role="dialog"
        aria-modal="true"
        aria-labelledby="about-title"
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
      >
        <header className="source-header">
          <div>
            <h2 id="about-title">About this data</h2>
            <p className="basis">
              Dataset version {version} · {count} incidents · {sources.size} sources
            </p>
          </div>
          <button
            type="button"
            className="close-button"
            aria-label="Close About this data"
            onClick={() => setOpen(false)}
          >
            ×
          </button>
        </header>
        <div className="about-body" tabIndex={0} aria-label="About this data, scrollable">
          <h3>Sources</h3>
          <ul className="about-list">
            {[...sources.values()]
              .sort((a, b) => a.published.date.localeCompare(b.published.date))
              .map((s) => (
                <li key={s.id}>
                  <strong>{s.headline}</strong>
                  <span className="basis">
                    {s.outlet}
                    {s.carries ? ` carrying ${s.carries}` : ''} · {s.dateline ?? 'no dateline'} ·{' '}
                    {formatDayRange(toDayNumber(s.published.date), toDayNumber(s.published.end ?? s.published.date))} (
                    {s.published.precision})
                  </span>
                  <span className="basis">Date worked out from: {s.published.basis}</span>
                </li>
              ))}
          </ul>
          <h3>How dates and places were resolved</h3>
          <p>
            The articles print no dates of their own. Each article’s date was worked out from the events it reports and
            checked against other copies of the same story; the basis is given above. Relative dates (“on Tuesday”,
            “last week”) are resolved against that date and the wording is kept with every incident. A state reported as
            ongoing with no start or end is drawn across the period the sources cover and marked as open-ended.
          </p>
          <p>
            Places are matched offline against the SimpleMaps world cities gazetteer and a project gazetteer of cited
            places, through spelling variants (Deir al-Zor, Deir ez-Zor, Dayr az Zawr). Ambiguous names are reported,
            never guessed; places no gazetteer holds are placed by hand with the basis written down.
          </p>
          <PrecisionAndCategories />
          <Suspense fallback={null}>
            <GradingRules />
          </Suspense>
          <h3>Actors and their aliases</h3>
          <ul className="about-list columns">
            {[...actors.values()].map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong>
                {a.aliases.length > 0 && <span className="basis">also: {a.aliases.join(', ')}</span>}
              </li>
            ))}
          </ul>
          <h3>Context layers</h3>
          <ul className="about-list">
            {context.map(({ metadata: m }) => (
              <li key={m.id}>
                <strong>{m.title}</strong>{' '}
                <span className="basis">
                  {m.precision}: {m.drawn} {m.precisionNote}
                </span>
              </li>
            ))}
          </ul>
          <h3>Attributions</h3>
          <ul className="about-list">
            <li>
              Land, lakes, rivers and borders: Natural Earth (public domain), via mapeo-offline-map and world-atlas.
            </li>
            <li>Place names and gazetteer: SimpleMaps World Cities basic database, CC BY 4.0.</li>
            <li>Label glyphs and interface font: Noto Sans, SIL Open Font License 1.1.</li>
            <li>
              Article texts: Reuters; CBS News carrying Associated Press text; one article with no credit. Archived only
              as evidence for each excerpt.
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
