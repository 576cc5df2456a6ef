/**
 * The range brush: two handles (role="slider", "Start date" and "End date") over the histogram;
 * dragging the band between them moves the whole window. Keyboard on a handle: arrows ±1 day,
 * PageUp/PageDown ±7 days, or ± one bar of the histogram when its bars are longer (a month, a
 * year, a decade), Home/End to the ends of the domain. The brush draws the timeline extent (the
 * reporting period or the whole record); a handle whose date lies beyond it is pinned to that
 * edge and says so. Handle labels leave the year out only when the extent lies within one year.
 */
import {
  lazy,
  Suspense,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';
import { selectFilteredIncidents, selectTimelineExtent, isInBounds } from '../../store/selectors';
import { useSettledSelector } from '../useSettledSelector';
import { buildHistogram } from '../../time/histogram';
import { shiftWindow } from '../../time/window';
import { axisTicks, dayAtPixel, placeOnExtent, withinOneYear } from '../../time/extent';
import { addUnits } from '../../time/bins';
import { formatDay, formatDayShort } from '../../lib/days';
import { TimeHistogram } from './TimeHistogram';
// Shown only under a hovering mouse: loaded then, not with the first paint.
// The open briefing's steps on the timeline: loaded when a briefing is open.
const BriefingMarks = lazy(() => import('../briefing/BriefingMarks').then((m) => ({ default: m.BriefingMarks })));
const HistogramTooltip = lazy(() => import('./HistogramTooltip').then((m) => ({ default: m.HistogramTooltip })));
import { upperBound } from '../../lib/upperBound';

const HISTOGRAM_H = 36;
/** The histogram's incidents before a large list is first counted (useSettledSelector). */
const NOT_YET: never[] = [];
type Drag = { kind: 'start' | 'end' } | { kind: 'band'; originDay: number; range: [number, number] };

export function TimeBrush() {
  const domain = useAppStore(useShallow((s) => s.timeDomain));
  const extent = useAppStore(useShallow(selectTimelineExtent));
  const [start, end] = useAppStore(useShallow((s) => s.timeRange));
  const setTimeRange = useAppStore((s) => s.setTimeRange);
  const counted = useSettledSelector(selectFilteredIncidents, NOT_YET);
  const bounds = useAppStore((s) => (s.histogramInView ? s.viewBounds : null));
  const briefingOpen = useAppStore((s) => s.openBriefingId !== null);
  const trackRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const [width, setWidth] = useState(600);
  const [hoverBar, setHoverBar] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = trackRef.current;
    if (!el) return;
    // The observer reports the first width too, after layout and before paint: reading
    // clientWidth here would force a layout of the whole page inside this render.
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const inHistogram = useMemo(
    () => (bounds ? counted.filter((i) => isInBounds(i.lngLat, bounds)) : counted),
    [counted, bounds],
  );
  const histogram = useMemo(() => buildHistogram(inHistogram, extent), [inHistogram, extent]);
  const hovered = useMemo((): [number, number] | null => {
    if (hoverBar === null || hoverBar < 0 || hoverBar >= histogram.bins) return null;
    return [histogram.edges[hoverBar], histogram.edges[hoverBar + 1] - 1];
  }, [hoverBar, histogram]);
  /** The bar under a mouse pointer that is not dragging: the tooltip's. */
  const onHover = (e: PointerEvent<HTMLElement>) => {
    if (e.pointerType !== 'mouse' || drag.current) return setHoverBar(null);
    setHoverBar(upperBound(histogram.edges, dayAt(e.clientX)) - 1);
  };
  const ticks = useMemo(() => axisTicks(extent, Math.max(2, Math.floor(width / 90))), [extent, width]);

  const dayAt = (clientX: number) => {
    const rect = trackRef.current!.getBoundingClientRect();
    return dayAtPixel(clientX - rect.left, extent, rect.width);
  };

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    const kind = e.currentTarget.dataset.drag as 'start' | 'end' | 'band';
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = kind === 'band' ? { kind, originDay: dayAt(e.clientX), range: [start, end] } : { kind };
    if (kind !== 'band') e.currentTarget.focus();
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const day = dayAt(e.clientX);
    if (d.kind === 'start') setTimeRange([Math.min(day, end), end]);
    else if (d.kind === 'end') setTimeRange([start, Math.max(day, start)]);
    else if (d.kind === 'band') setTimeRange(shiftWindow(d.range, domain, day - d.originDay));
  };
  const endDrag = () => {
    drag.current = null;
  };
  const dragProps = { onPointerDown, onPointerMove, onPointerUp: endDrag, onPointerCancel: endDrag };

  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const which = e.currentTarget.dataset.drag as 'start' | 'end';
    const value = which === 'start' ? start : end;
    const page = histogram.unit === 'day' ? 'week' : histogram.unit;
    const moves: Record<string, number> = {
      ArrowLeft: value - 1,
      ArrowDown: value - 1,
      ArrowRight: value + 1,
      ArrowUp: value + 1,
      PageDown: addUnits(value, page, -1),
      PageUp: addUnits(value, page, 1),
      Home: domain[0],
      End: domain[1],
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = moves[e.key];
    setTimeRange(which === 'start' ? [Math.min(next, end), end] : [start, Math.max(next, start)]);
  };

  const sameYear = withinOneYear(extent);
  const a = placeOnExtent(start, extent, width);
  const b = placeOnExtent(end, extent, width);
  const handle = (which: 'start' | 'end', value: number, place: typeof a, label: string) => (
    <div
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={domain[0]}
      aria-valuemax={domain[1]}
      aria-valuenow={value}
      aria-valuetext={formatDay(value)}
      className={`brush-handle brush-handle-${which}${place.beyond ? ' brush-handle-beyond' : ''}${labelFlips(which, place.x, width) ? ' brush-label-flipped' : ''}`}
      style={{ left: place.x }}
      data-drag={which}
      onKeyDown={onKey}
      {...dragProps}
    >
      <span className="brush-handle-label">
        {place.beyond < 0 && '◂ '}
        {place.beyond || !sameYear ? formatDay(value) : formatDayShort(value)}
        {place.beyond > 0 && ' ▸'}
      </span>
    </div>
  );

  return (
    <div className="time-brush" ref={trackRef} onPointerMove={onHover} onPointerLeave={() => setHoverBar(null)}>
      <TimeHistogram histogram={histogram} width={width} height={HISTOGRAM_H} domain={extent} />
      {briefingOpen && (
        <Suspense fallback={null}>
          <BriefingMarks extent={extent} width={width} />
        </Suspense>
      )}
      {hovered && (
        <Suspense fallback={null}>
          <HistogramTooltip
            incidents={inHistogram}
            days={hovered}
            x={placeOnExtent(hovered[0], extent, width).x}
            width={width}
          />
        </Suspense>
      )}
      <div className="brush-shade" style={{ left: 0, width: a.x }} />
      <div className="brush-shade" style={{ left: b.x, right: 0 }} />
      <div
        className="brush-band"
        style={{ left: a.x, width: Math.max(2, b.x - a.x) }}
        data-drag="band"
        title="Drag to move the window"
        {...dragProps}
      />
      {handle('start', start, a, 'Start date')}
      {handle('end', end, b, 'End date')}
      <div className="time-axis" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t.day} className="time-tick" style={{ left: placeOnExtent(t.day, extent, width).x }}>
            {t.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/** Near the track's ends a handle's date label would run off the screen, so it turns inward. */
const LABEL_ROOM_PX = 90;
function labelFlips(which: 'start' | 'end', x: number, width: number): boolean {
  return which === 'start' ? x < LABEL_ROOM_PX : x > width - LABEL_ROOM_PX;
}
