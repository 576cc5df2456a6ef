/** Incidents per day, stacked by category; imprecisely dated ones drawn lighter as spans. */
import { memo, type ReactElement } from 'react';
import { CATEGORIES } from '../../data/vocabulary';
import { CATEGORY_COLORS } from '../../data/categoryColors';
import type { Histogram } from '../../time/histogram';

interface Props {
  histogram: Histogram;
  width: number;
  height: number;
  domain: [number, number];
}

export const TimeHistogram = memo(function TimeHistogram({ histogram, width, height, domain }: Props) {
  // Day d is centred where the brush places it: (d - from) / (to - from) of the width.
  const pxPerDay = width / Math.max(1, domain[1] - domain[0]);
  const dayWidth = Math.min(pxPerDay, width / (domain[1] - domain[0] + 1));
  const scale = histogram.max > 0 ? (height - 2) / histogram.max : 0;
  const bars: ReactElement[] = [];
  for (let d = 0; d < histogram.days; d++) {
    let y = height;
    const x = (histogram.firstDay + d - domain[0]) * pxPerDay - dayWidth / 2;
    CATEGORIES.forEach((category, c) => {
      for (const [values, opacity] of [
        [histogram.certain[c], 1],
        [histogram.spread[c], 0.45],
      ] as const) {
        const h = values[d] * scale;
        if (h <= 0) continue;
        y -= h;
        bars.push(
          <rect
            key={`${d}-${c}-${opacity}`}
            x={x}
            y={y}
            width={Math.max(1, dayWidth - 0.5)}
            height={h}
            fill={CATEGORY_COLORS[category]}
            opacity={opacity}
          />,
        );
      }
    });
  }
  return (
    <svg className="time-histogram" width={width} height={height} aria-hidden="true" data-testid="time-histogram">
      {bars}
    </svg>
  );
});
