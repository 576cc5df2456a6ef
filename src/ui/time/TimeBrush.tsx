/**
 * The range brush: two handles (role="slider", "Start date" and "End date") over the histogram;
 * dragging the band between them moves the whole window. Keyboard on a handle: arrows ±1 day,
 * PageUp/PageDown ±7 days, Home/End to the ends of the domain.
 */
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';
import { isInBounds } from '../../store/selectors';
import { buildHistogram } from '../../time/histogram';
import { shiftWindow } from '../../time/window';
import { formatDay, formatDayShort } from '../../time/days';
import { TimeHistogram } from './TimeHistogram';

const HISTOGRAM_H = 34;
type Drag = { kind: 'start' | 'end' } | { kind: 'band'; originDay: number; range: [number, number] };

export function TimeBrush() {
  const domain = useAppStore(useShallow((s) => s.timeDomain));
  const [start, end] = useAppStore(useShallow((s) => s.timeRange));
  const setTimeRange = useAppStore((s) => s.setTimeRange);
  const incidents = useAppStore((s) => s.incidents);
  const inView = useAppStore((s) => s.histogramInView);
  const bounds = useAppStore((s) => (s.histogramInView ? s.viewBounds : null));
  const trackRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const [width, setWidth] = useState(600);

  useLayoutEffect(() => {
    const el = trackRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  const histogram = useMemo(() => {
    const counted = inView ? incidents.filter((i) => isInBounds(i.lngLat, bounds)) : incidents;
    return buildHistogram(counted, domain);
  }, [incidents, domain, inView, bounds]);

  const span = Math.max(1, domain[1] - domain[0]);
  const xOf = (day: number) => ((day - domain[0]) / span) * width;
  const dayAt = (clientX: number) => {
    const rect = trackRef.current!.getBoundingClientRect();
    return Math.round(domain[0] + ((clientX - rect.left) / rect.width) * span);
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
  const onPointerUp = () => {
    drag.current = null;
  };

  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const which = e.currentTarget.dataset.drag as 'start' | 'end';
    const value = which === 'start' ? start : end;
    const moves: Record<string, number> = {
      ArrowLeft: value - 1, ArrowDown: value - 1, ArrowRight: value + 1, ArrowUp: value + 1,
      PageDown: value - 7, PageUp: value + 7, Home: domain[0], End: domain[1],
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = moves[e.key];
    setTimeRange(which === 'start' ? [Math.min(next, end), end] : [start, Math.max(next, start)]);
  };

  const handle = (which: 'start' | 'end', value: number, label: string) => (
    <div
      role="slider" tabIndex={0} aria-label={label}
      aria-valuemin={domain[0]} aria-valuemax={domain[1]} aria-valuenow={value} aria-valuetext={formatDay(value)}
      className={`brush-handle brush-handle-${which}`} style={{ left: xOf(value) }} data-drag={which}
      onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onKeyDown={onKey}
    >
      <span className="brush-handle-label">{formatDayShort(value)}</span>
    </div>
  );

  return (
    <div className="time-brush" ref={trackRef}>
      <TimeHistogram histogram={histogram} width={width} height={HISTOGRAM_H} domain={domain} />
      <div className="brush-shade" style={{ left: 0, width: xOf(start) }} />
      <div className="brush-shade" style={{ left: xOf(end), right: 0 }} />
      <div
        className="brush-band" style={{ left: xOf(start), width: Math.max(2, xOf(end) - xOf(start)) }}
        data-drag="band" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp}
        title="Drag to move the window"
      />
      {handle('start', start, 'Start date')}
      {handle('end', end, 'End date')}
      <div className="time-domain" aria-hidden="true"><span>{formatDay(domain[0])}</span><span>{formatDay(domain[1])}</span></div>
    </div>
  );
}
