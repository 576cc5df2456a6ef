/**
 * Play and pause with a speed; behind "Options": step to the next incident, the window mode,
 * the rule for incidents only partly in the window, and the histogram's scope.
 */
import { TimelineZoomSwitch } from './TimelineZoomSwitch';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';
import { usePopover } from '../menu/usePopover';

const SPEEDS = [1, 4, 14, 30];

export function PlaybackControls() {
  const s = useAppStore(
    useShallow((state) => ({
      isPlaying: state.isPlaying,
      setPlaying: state.setPlaying,
      playSpeed: state.playSpeed,
      setPlaySpeed: state.setPlaySpeed,
    })),
  );
  return (
    <div className="playback" role="group" aria-label="Playback">
      <button
        type="button"
        className="play-button"
        aria-pressed={s.isPlaying}
        onClick={() => s.setPlaying(!s.isPlaying)}
      >
        {s.isPlaying ? '❚❚ Pause' : '▶ Play'}
      </button>
      <label>
        <span className="speed-label">Speed</span>
        <select value={s.playSpeed} onChange={(e) => s.setPlaySpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v} day{v === 1 ? '' : 's'}/s
            </option>
          ))}
        </select>
      </label>
      <WindowOptions />
    </div>
  );
}

function WindowOptions() {
  const popover = usePopover();
  const s = useAppStore(
    useShallow((state) => ({
      stepToEvents: state.stepToEvents,
      setStepToEvents: state.setStepToEvents,
      windowMode: state.windowMode,
      setWindowMode: state.setWindowMode,
      matchRule: state.matchRule,
      setMatchRule: state.setMatchRule,
      histogramInView: state.histogramInView,
      setHistogramInView: state.setHistogramInView,
    })),
  );
  const changed =
    Number(s.stepToEvents) +
    Number(s.windowMode !== 'sliding') +
    Number(s.matchRule !== 'overlaps') +
    Number(s.histogramInView);
  return (
    <div className="popover" data-open={popover.open || undefined}>
      <button {...popover.buttonProps} className="popover-button">
        Options{changed > 0 ? ` (${changed})` : ''}
        <span className="caret" aria-hidden="true">
          ▴
        </span>
      </button>
      <div {...popover.panelProps} className="popover-body" role="group" aria-label="Window options">
        <div className="phone-only">
          <TimelineZoomSwitch />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={s.stepToEvents}
            onChange={(e) => s.setStepToEvents(e.currentTarget.checked)}
          />
          Play skips to the next day with incidents
        </label>
        <label>
          Window
          <select
            value={s.windowMode}
            onChange={(e) => s.setWindowMode(e.currentTarget.value as 'sliding' | 'cumulative')}
          >
            <option value="sliding">Sliding: keeps its width</option>
            <option value="cumulative">Cumulative: from the first day</option>
          </select>
        </label>
        <label>
          Incidents only partly in the window
          <select
            value={s.matchRule}
            onChange={(e) => s.setMatchRule(e.currentTarget.value as 'overlaps' | 'contained')}
          >
            <option value="overlaps">Show them (overlaps)</option>
            <option value="contained">Hide them (contained)</option>
          </select>
        </label>
        <p className="hint">
          An incident dated only to a week or a month, or lasting several days, is shown when any of its days falls in
          the window (overlaps), or only when all of them do (contained).
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={s.histogramInView}
            onChange={(e) => s.setHistogramInView(e.currentTarget.checked)}
          />
          Histogram counts only the map view
        </label>
      </div>
    </div>
  );
}
