/** The date window across the bottom: start and end sliders, the window in words, and the count. */
import { useAppStore } from '../store/appStore';
import { selectWindowCount } from '../store/selectors';
import { formatDay, formatDayRange } from '../time/days';

export function TimeBar() {
  const [min, max] = useAppStore((s) => s.timeDomain);
  const [start, end] = useAppStore((s) => s.timeRange);
  const count = useAppStore(selectWindowCount);
  const total = useAppStore((s) => s.incidents.length);
  const setTimeRange = useAppStore((s) => s.setTimeRange);

  return (
    <section className="time-bar" aria-label="Time window">
      <div className="time-readout">
        <strong data-testid="window-count">{count} of {total} incidents</strong>
        <span>{formatDayRange(start, end)}</span>
      </div>
      <div className="time-sliders">
        <label>
          <span className="visually-hidden">Start date</span>
          <input
            type="range" min={min} max={max} step={1} value={start}
            aria-label="Start date" aria-valuetext={formatDay(start)}
            onChange={(e) => setTimeRange([Math.min(e.currentTarget.valueAsNumber, end), end])}
          />
        </label>
        <label>
          <span className="visually-hidden">End date</span>
          <input
            type="range" min={min} max={max} step={1} value={end}
            aria-label="End date" aria-valuetext={formatDay(end)}
            onChange={(e) => setTimeRange([start, Math.max(e.currentTarget.valueAsNumber, start)])}
          />
        </label>
      </div>
      <div className="time-domain" aria-hidden="true">
        <span>{formatDay(min)}</span>
        <span>{formatDay(max)}</span>
      </div>
    </section>
  );
}
