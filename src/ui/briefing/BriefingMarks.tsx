/**
 * The open briefing's steps, marked on the timeline under the brush: each step's window as a
 * numbered tick (a bar when it spans days), the presented one highlighted. A step whose window
 * lies beyond what the timeline draws is pinned to that edge, as the brush handles are.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';
import { selectOpenBriefing } from '../../store/briefingSlice';
import { toDayNumber } from '../../lib/days';
import { placeOnExtent } from '../../time/extent';
import { captionHeadline } from '../../data/briefing/briefing';

export function BriefingMarks({ extent, width }: { extent: [number, number]; width: number }) {
  const steps = useAppStore(useShallow((s) => selectOpenBriefing(s)?.steps ?? []));
  const current = useAppStore((s) => s.presenting?.index ?? -1);
  if (steps.length === 0) return null;
  return (
    <ol className="briefing-marks" aria-label="Briefing steps on the timeline">
      {steps.map((step, i) => {
        const a = placeOnExtent(toDayNumber(step.view.from), extent, width).x;
        const b = placeOnExtent(toDayNumber(step.view.to) + 1, extent, width).x;
        return (
          <li
            key={step.id}
            className={`briefing-mark${i === current ? ' briefing-mark-current' : ''}`}
            style={{ left: a, width: Math.max(3, b - a) }}
            data-testid="briefing-mark"
            aria-current={i === current ? 'step' : undefined}
            title={`Step ${i + 1}: ${captionHeadline(step.caption)}`}
          >
            <span className="briefing-mark-number">{i + 1}</span>
            <span className="visually-hidden">: {captionHeadline(step.caption)}</span>
          </li>
        );
      })}
    </ol>
  );
}
