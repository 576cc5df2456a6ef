/** The time control across the bottom: the count, the window in words, presets, the brush and playback. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { selectWindowCount } from '../store/selectors';
import { formatDayRange } from '../lib/days';
import { monthsLabel } from '../time/extent';
import { TimeBrush } from './time/TimeBrush';
import { PlaybackControls } from './time/PlaybackControls';
import { TimelineZoomSwitch } from './time/TimelineZoomSwitch';
import { CopyLinkButton } from './CopyLinkButton';

export function TimeBar() {
  const [start, end] = useAppStore(useShallow((s) => s.timeRange));
  const domain = useAppStore(useShallow((s) => s.timeDomain));
  const reporting = useAppStore(useShallow((s) => s.reportingPeriod));
  const count = useAppStore(selectWindowCount);
  const total = useAppStore((s) => s.incidents.length);
  const setTimeRange = useAppStore((s) => s.setTimeRange);

  return (
    <section className="time-bar" aria-label="Time window">
      <div className="time-readout">
        <strong data-testid="window-count">
          {count} of {total} incidents
        </strong>
        <span data-testid="window-dates">{formatDayRange(start, end)}</span>
        <span className="presets">
          <button type="button" className="link-button" onClick={() => setTimeRange(domain)}>
            All dates
          </button>
          <button type="button" className="link-button" onClick={() => setTimeRange(reporting)}>
            {monthsLabel(reporting)} only
          </button>
        </span>
      </div>
      <TimeBrush />
      <div className="time-actions">
        <PlaybackControls />
        <div className="time-actions-end">
          <span className="wide-only">
            <TimelineZoomSwitch />
          </span>
          <CopyLinkButton />
        </div>
      </div>
    </section>
  );
}
