/**
 * The time control across the bottom: the count, the window in words, presets, the brush and
 * playback. The window opens on the reporting period and says so ("Feb 2016: the period the
 * articles cover"); one click shows the whole record, and one click brings the period back.
 */
import { formatCount } from '../lib/formatCount';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { selectWindowCount } from '../store/selectors';
import { monthsLabel } from '../time/extent';
import { windowReadout } from '../time/windowReadout';
import type { WindowPreset } from '../time/windowPresets';
import { TimeBrush } from './time/TimeBrush';
import { PlaybackControls } from './time/PlaybackControls';
import { TimelineZoomSwitch } from './time/TimelineZoomSwitch';
import { CopyLinkButton } from './CopyLinkButton';

export function TimeBar() {
  const range = useAppStore(useShallow((s) => s.timeRange));
  const domain = useAppStore(useShallow((s) => s.timeDomain));
  const reporting = useAppStore(useShallow((s) => s.reportingPeriod));
  const count = useAppStore(selectWindowCount);
  const total = useAppStore((s) => s.incidents.length);
  const showPreset = useAppStore((s) => s.showPreset);
  const readout = windowReadout(range, domain, reporting, total === 0);
  const offerLabel: Record<WindowPreset, string> = {
    reporting: `Show ${monthsLabel(reporting)} only`,
    record: 'Show the whole record',
  };

  return (
    <section className="time-bar" aria-label="Time window">
      <div className="time-readout">
        <strong data-testid="window-count">
          {formatCount(count)} of {formatCount(total)} incidents
        </strong>
        <span data-testid="window-dates" title={readout.text === readout.dates ? undefined : readout.dates}>
          {readout.text}
        </span>
        {readout.offers.length > 0 && (
          <span className="presets">
            {readout.offers.map((preset) => (
              <button key={preset} type="button" className="link-button" onClick={() => showPreset(preset)}>
                {offerLabel[preset]}
              </button>
            ))}
          </span>
        )}
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
