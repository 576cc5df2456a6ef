/** The "Incident details" region: what happened, when and where, with what precision, and the verbatim excerpts. */
import { lazy, Suspense, useId, useLayoutEffect, useRef, useState } from 'react';
import { takeOnce } from '../lib/takeOnce';
import { appStore, useAppStore } from '../store/appStore';
import { selectSelectedIncident } from '../store/selectors';
import { formatDay, formatDayRange, toDayNumber } from '../lib/days';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../data/categoryColors';
import { DATE_PRECISION_WORDS, GEOCODE_SOURCE_WORDS, LOCATION_PRECISION_WORDS } from '../data/vocabulary';
import { ExcerptBlock } from './ExcerptBlock';
import { CasualtyFigures } from './CasualtyFigures';
import { ProvenanceFacts } from './about/ProvenanceFacts';
import { StatedDistanceCheck } from './analysis/StatedDistanceCheck';
import { NearbySection } from './analysis/NearbySection';

/** Loaded when the first incident is opened: the claims, independence and grade code stay out of the first paint. */
const WhatTheSourcesSay = lazy(() =>
  import('./sources/WhatTheSourcesSay').then((m) => ({ default: m.WhatTheSourcesSay })),
);
/** Edit, the Edited mark with Show original, and the incident's history: loaded with the first incident opened. */
const EditingSection = lazy(() => import('./editing/EditingSection').then((m) => ({ default: m.EditingSection })));
const IncidentHistory = lazy(() => import('./editing/IncidentHistory').then((m) => ({ default: m.IncidentHistory })));

/** Returns the incident a link opened with the first time it is called, then null. */
export type TakeLinkSelection = () => string | null;

/**
 * `takeLinkSelection` is read when the page first rendered (the panel itself may mount later,
 * loaded on the first selection). Without it, the selection at the panel's mount is the link's.
 */
export function IncidentDetails({ takeLinkSelection }: { takeLinkSelection?: TakeLinkSelection } = {}) {
  const incident = useAppStore(selectSelectedIncident);
  const actors = useAppStore((s) => s.actors);
  const selectIncident = useAppStore((s) => s.selectIncident);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [ownTake] = useState(() => takeOnce(appStore.getState().selectedId));
  const takeLink = takeLinkSelection ?? ownTake;
  const sourcesHeading = useId();

  // Focus moves to the heading when another incident opens, not when the open one is edited, nor
  // when a presented briefing step opens it: the focus stays on the step's Next / Previous buttons.
  const openId = incident?.id;
  // Before paint, like the Esc listener below: an Esc pressed as soon as the panel shows still finds where to give focus back.
  useLayoutEffect(() => {
    if (!openId) return;
    if (openId === takeLink()) return;
    if (appStore.getState().presenting) return;
    returnFocus.current ??= document.activeElement;
    headingRef.current?.focus({ preventScroll: true });
  }, [openId, takeLink]);

  // Registered before the panel is painted, so an Esc pressed as soon as it shows is never missed.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !incident) return;
      if (document.querySelector('.source-viewer')) return;
      selectIncident(null);
      const back = returnFocus.current;
      returnFocus.current = null;
      if (back instanceof HTMLElement) back.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [incident, selectIncident]);

  if (!incident) return null;
  const p = incident.feature.properties;
  const w = p.when;
  return (
    <aside className="panel panel-right details" role="region" aria-label="Incident details">
      <div className="details-header">
        <span className="category-chip" style={{ borderColor: CATEGORY_COLORS[p.category] }}>
          <span className="swatch" style={{ background: CATEGORY_COLORS[p.category] }} aria-hidden="true" />
          {CATEGORY_LABELS[p.category]}
          {p.status !== 'occurred' ? ` · ${p.status}` : ''}
        </span>
        <button
          type="button"
          className="close-button"
          aria-label="Close incident details"
          onClick={() => selectIncident(null)}
        >
          ×
        </button>
      </div>
      <h2 ref={headingRef} tabIndex={-1}>
        {p.title}
      </h2>
      <Suspense fallback={null}>
        <EditingSection key={incident.id} incident={incident} />
      </Suspense>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {w.startOpen ? 'Before ' : ''}
          {formatDayRange(incident.startDay, incident.endDay)}
          {w.endOpen ? ', and after' : ''}
          <span className="precision"> ({DATE_PRECISION_WORDS[w.precision]})</span>
          <span className="basis">{w.basis}</span>
        </dd>
        <dt>Reported</dt>
        <dd>{formatDay(toDayNumber(p.reported))}</dd>
        <dt>Where</dt>
        <dd>
          {p.where.name}{' '}
          <span className="precision">
            ({LOCATION_PRECISION_WORDS[p.where.precision]}, {p.where.country})
          </span>
          <span className="basis">As written: “{p.where.asWritten}”</span>
          {p.where.note && <span className="basis">{p.where.note}</span>}
          <span className="basis">
            Coordinates: {GEOCODE_SOURCE_WORDS[p.where.geocode.source]} — {p.where.geocode.ref}
          </span>
        </dd>
        {p.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>
              <ul className="actor-list">
                {p.actors.map((a) => (
                  <li key={`${a.actor}-${a.role}`}>
                    {actors.get(a.actor)?.name ?? a.actor} <span className="precision">({a.role})</span>
                  </li>
                ))}
              </ul>
              {p.claimedBy && (
                <span className="basis">
                  Claimed by: {p.claimedBy.map((id) => actors.get(id)?.name ?? id).join(', ')}
                </span>
              )}
            </dd>
          </>
        )}
        {p.casualties && <CasualtyFigures casualties={p.casualties} />}
        <ProvenanceFacts properties={p} />
      </dl>
      {p.notes && <p className="notes">{p.notes}</p>}
      <Suspense fallback={<p className="loading">Comparing what the sources say…</p>}>
        <WhatTheSourcesSay p={p} headingId={sourcesHeading} />
      </Suspense>
      <h3>Excerpts</h3>
      {p.excerpts.map((excerpt, i) => (
        <ExcerptBlock key={`${excerpt.source}-${excerpt.offset}`} incidentId={p.id} index={i} excerpt={excerpt} />
      ))}
      <StatedDistanceCheck incident={incident} />
      <NearbySection incident={incident} />
      <Suspense fallback={null}>
        <IncidentHistory id={incident.id} />
      </Suspense>
    </aside>
  );
}
