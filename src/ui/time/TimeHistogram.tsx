/** Incidents per bar (a day, a week, a month, a year…), stacked by category; imprecisely dated ones drawn lighter as spans. */
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
  // Day d sits where the brush places it, (d - from) / (to - from) of the width; a bar spans its days.
  const pxPerDay = width / Math.max(1, domain[1] - domain[0]);
  const scale = histogram.max > 0 ? (height - 2) / histogram.max : 0;
  const { edges } = histogram;
  const bars: ReactElement[] = [];
  for (let bar = 0; bar < histogram.bins; bar++) {
    let y = height;
    const x = (edges[bar] - 0.5 - domain[0]) * pxPerDay;
    const barWidth = Math.max(1, (edges[bar + 1] - edges[bar]) * pxPerDay - 0.5);
    CATEGORIES.forEach((category, c) => {
      for (const [values, opacity] of [
        [histogram.certain[c], 1],
        [histogram.spread[c], 0.45],
      ] as const) {
        const h = values[bar] * scale;
        if (h <= 0) continue;
        y -= h;
        bars.push(
          <rect
            key={`${bar}-${c}-${opacity}`}
            x={x}
            y={y}
            width={barWidth}
            height={h}
            fill={CATEGORY_COLORS[category]}
            opacity={opacity}
          />,
        );
      }
    });
  }
  return (
    <svg
      className="time-histogram"
      width={width}
      height={height}
      aria-hidden="true"
      data-testid="time-histogram"
      data-unit={histogram.unit}
    >
      <title>{`Incidents per ${histogram.unit}, stacked by category`}</title>
      {bars}
    </svg>
  );
});
