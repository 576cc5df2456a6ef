/** The time control across the bottom: the count, the window in words, presets, the brush and playback. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { selectWindowCount } from '../store/selectors';
import { formatDayRange, toDayNumber } from '../time/days';
import { TimeBrush } from './time/TimeBrush';
import { PlaybackControls } from './time/PlaybackControls';
import { CopyLinkButton } from './CopyLinkButton';

const FEBRUARY_2016: [number, number] = [toDayNumber('2016-02-01'), toDayNumber('2016-02-29')];

export function TimeBar() {
  const [start, end] = useAppStore(useShallow((s) => s.timeRange));
  const domain = useAppStore(useShallow((s) => s.timeDomain));
  const count = useAppStore(selectWindowCount);
  const total = useAppStore((s) => s.incidents.length);
  const setTimeRange = useAppStore((s) => s.setTimeRange);

  return (
    <section className="time-bar" aria-label="Time window">
      <div className="time-readout">
        <strong data-testid="window-count">{count} of {total} incidents</strong>
        <span data-testid="window-dates">{formatDayRange(start, end)}</span>
        <span className="presets">
          <button type="button" className="link-button" onClick={() => setTimeRange(domain)}>All dates</button>
          <button type="button" className="link-button" onClick={() => setTimeRange(FEBRUARY_2016)}>Feb 2016</button>
        </span>
      </div>
      <TimeBrush />
      <div className="time-actions">
        <PlaybackControls />
        <CopyLinkButton />
      </div>
    </section>
  );
}
