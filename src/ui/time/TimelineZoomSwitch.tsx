/** Which stretch of time the brush draws: the months the articles were published in, or the whole record. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';
import { monthsLabel } from '../../time/extent';
import { formatDayRange } from '../../lib/days';
import type { TimelineZoom } from '../../time/extent';

export function TimelineZoomSwitch() {
  const zoom = useAppStore((s) => s.timelineZoom);
  const setZoom = useAppStore((s) => s.setTimelineZoom);
  const reporting = useAppStore(useShallow((s) => s.reportingPeriod));
  const domain = useAppStore(useShallow((s) => s.timeDomain));
  const options: Array<{ value: TimelineZoom; label: string; title: string }> = [
    {
      value: 'reporting',
      label: monthsLabel(reporting),
      title: `The months the sources were published in (${formatDayRange(...reporting)})`,
    },
    { value: 'record', label: 'Whole record', title: `Every date in the data (${formatDayRange(...domain)})` },
  ];
  return (
    <div className="segmented" role="radiogroup" aria-label="Timeline shows">
      <span className="segmented-label" aria-hidden="true">
        Timeline
      </span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={zoom === o.value}
          title={o.title}
          className="segmented-option"
          onClick={() => setZoom(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
