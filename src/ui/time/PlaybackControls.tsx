/** Play and pause, speed, step-to-next-incident, window mode, the rule for partial overlaps, and the histogram scope. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';

const SPEEDS = [1, 4, 14, 30];

export function PlaybackControls() {
  const s = useAppStore(useShallow((state) => ({
    isPlaying: state.isPlaying, setPlaying: state.setPlaying, playSpeed: state.playSpeed, setPlaySpeed: state.setPlaySpeed,
    stepToEvents: state.stepToEvents, setStepToEvents: state.setStepToEvents, windowMode: state.windowMode, setWindowMode: state.setWindowMode,
    matchRule: state.matchRule, setMatchRule: state.setMatchRule, histogramInView: state.histogramInView, setHistogramInView: state.setHistogramInView,
  })));
  return (
    <div className="playback" role="group" aria-label="Playback and window options">
      <button type="button" className="play-button" aria-pressed={s.isPlaying} onClick={() => s.setPlaying(!s.isPlaying)}>
        {s.isPlaying ? '❚❚ Pause' : '▶ Play'}
      </button>
      <label>
        Speed
        <select value={s.playSpeed} onChange={(e) => s.setPlaySpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((v) => <option key={v} value={v}>{v} day{v === 1 ? '' : 's'}/s</option>)}
        </select>
      </label>
      <label className="check"><input type="checkbox" checked={s.stepToEvents} onChange={(e) => s.setStepToEvents(e.currentTarget.checked)} /> Skip to next incident</label>
      <label>
        Window
        <select value={s.windowMode} onChange={(e) => s.setWindowMode(e.currentTarget.value as 'sliding' | 'cumulative')}>
          <option value="sliding">Sliding</option>
          <option value="cumulative">Cumulative</option>
        </select>
      </label>
      <label title="Whether an incident whose dates only partly fall in the window is shown">
        Partly in window
        <select value={s.matchRule} onChange={(e) => s.setMatchRule(e.currentTarget.value as 'overlaps' | 'contained')}>
          <option value="overlaps">Show (overlaps)</option>
          <option value="contained">Hide (contained)</option>
        </select>
      </label>
      <label className="check"><input type="checkbox" checked={s.histogramInView} onChange={(e) => s.setHistogramInView(e.currentTarget.checked)} /> Histogram: map view only</label>
    </div>
  );
}
