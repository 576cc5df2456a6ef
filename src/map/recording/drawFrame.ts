/**
 * One recorded frame, drawn with canvas 2D (never HTML): the map, cut to the frame's shape, with
 * the date caption at the top left, the legend at the bottom left, the attribution of every
 * data source at the bottom right and, for a briefing, the step's caption at the top right, burnt in. The text comes from the app's state, as the page
 * shows it (src/ui/Legend.tsx, the time bar's readout).
 */
import type { AppState } from '../../store/types';
import { CATEGORIES } from '../../data/vocabulary';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../../data/categoryColors';
import { GRADES, GRADE_LABELS } from '../../data/claims/grade';
import { GRADE_COLORS } from '../../data/claims/gradeColors';
import { formatDayRange } from '../../lib/days';
import { selectWindowCount } from '../../store/selectors';
import { coverCrop, frameType, layoutLegend, type LegendEntry } from './frameLayout';
import { wrapCaption } from './wrapCaption';

const FONT = '"Noto Sans", system-ui, sans-serif';
const INK = '#1f2933';
const INK_SOFT = '#52606d';
const PANEL = 'rgba(255, 255, 255, 0.92)';
const LINE = '#d9dee4';
const SOLID = 'place or district';
const HOLLOW = 'city, region or country';

export interface FrameText {
  date: string;
  count: string;
  legend: LegendEntry[];
  attribution: string;
  /** A briefing step's "Step k of n" and caption, drawn top right (briefing recordings only). */
  caption?: { heading: string; text: string };
}

/** What a frame says, from the app's state: the window's dates and count, and the legend as the page shows it. */
export function frameTextOf(s: AppState, attribution: string): FrameText {
  const used = new Set(s.incidents.map((i) => i.feature.properties.category));
  const legend =
    s.colourBy === 'grade'
      ? GRADES.map((g) => ({ color: GRADE_COLORS[g], label: GRADE_LABELS[g] }))
      : CATEGORIES.filter((c) => used.has(c)).map((c) => ({ color: CATEGORY_COLORS[c], label: CATEGORY_LABELS[c] }));
  const n = selectWindowCount(s);
  return {
    date: formatDayRange(s.timeRange[0], s.timeRange[1]),
    count: `${n} of ${s.incidents.length} incidents`,
    legend,
    attribution,
  };
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.fillStyle = PANEL;
  ctx.strokeStyle = LINE;
  ctx.lineWidth = Math.max(1, r / 8);
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
  ctx.stroke();
}

function dot(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string, hollow = false) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  if (hollow) {
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = r * 0.45;
    ctx.strokeStyle = fill;
    ctx.stroke();
  } else {
    ctx.fillStyle = fill;
    ctx.fill();
  }
}

export function drawFrame(ctx: CanvasRenderingContext2D, map: HTMLCanvasElement, text: FrameText): void {
  const { width, height } = ctx.canvas;
  const t = frameType(height);
  const crop = coverCrop(map.width, map.height, width, height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(map, crop.x, crop.y, crop.w, crop.h, 0, 0, width, height);
  ctx.textBaseline = 'top';

  // The date caption: what window this frame shows, and how many incidents are in it.
  ctx.font = `600 ${t.date}px ${FONT}`;
  const dateWidth = ctx.measureText(text.date).width;
  ctx.font = `${t.body}px ${FONT}`;
  const captionWidth = Math.min(
    width - 2 * t.margin,
    Math.max(dateWidth, ctx.measureText(text.count).width) + 2 * t.pad,
  );
  panel(ctx, t.margin, t.margin, captionWidth, t.pad * 2 + t.title * 1.4 + t.date * 1.25 + t.body * 1.3, t.pad * 0.8);
  ctx.fillStyle = INK_SOFT;
  ctx.font = `600 ${t.title}px ${FONT}`;
  ctx.fillText('INCIDENT ATLAS', t.margin + t.pad, t.margin + t.pad, captionWidth - 2 * t.pad);
  ctx.fillStyle = INK;
  ctx.font = `600 ${t.date}px ${FONT}`;
  ctx.fillText(text.date, t.margin + t.pad, t.margin + t.pad + t.title * 1.4, captionWidth - 2 * t.pad);
  ctx.fillStyle = INK_SOFT;
  ctx.font = `${t.body}px ${FONT}`;
  ctx.fillText(
    text.count,
    t.margin + t.pad,
    t.margin + t.pad + t.title * 1.4 + t.date * 1.25,
    captionWidth - 2 * t.pad,
  );

  // The attribution, bottom right, on its own band.
  ctx.font = `${t.small}px ${FONT}`;
  const attributionWidth = Math.min(width * 0.6, ctx.measureText(text.attribution).width + 2 * t.pad * 0.6);
  const bandHeight = t.small * 1.7;
  ctx.fillStyle = PANEL;
  ctx.fillRect(width - attributionWidth, height - bandHeight, attributionWidth, bandHeight);
  ctx.fillStyle = INK_SOFT;
  ctx.textAlign = 'right';
  ctx.fillText(text.attribution, width - t.pad * 0.6, height - bandHeight + t.small * 0.35, attributionWidth - t.pad);
  ctx.textAlign = 'left';

  // The legend, bottom left: the colours, and what solid and hollow markers mean.
  ctx.font = `${t.body}px ${FONT}`;
  const legend = layoutLegend(text.legend, (s) => ctx.measureText(s).width, t, `${SOLID}  ${HOLLOW}`);
  const x = t.margin;
  const y = height - t.margin - bandHeight - legend.height;
  panel(ctx, x, y, legend.width, legend.height, t.pad * 0.8);
  const r = t.body * 0.36;
  for (const row of legend.rows) {
    dot(ctx, x + row.swatchX, y + row.y + t.body * 0.6, r, row.entry.color);
    ctx.fillStyle = INK;
    ctx.fillText(row.entry.label, x + row.textX, y + row.y);
  }
  const py = y + legend.precisionY;
  dot(ctx, x + t.pad + r, py + t.body * 0.6, r * 1.1, INK_SOFT);
  ctx.fillStyle = INK_SOFT;
  ctx.fillText(SOLID, x + t.pad + r * 3, py);
  const hollowX = x + t.pad + r * 3 + ctx.measureText(SOLID).width + t.pad * 1.4;
  dot(ctx, hollowX + r, py + t.body * 0.6, r * 1.1, INK_SOFT, true);
  ctx.fillStyle = INK_SOFT;
  ctx.fillText(HOLLOW, hollowX + r * 3, py);
  if (text.caption) drawStepCaption(ctx, text.caption, t);
}

/** The step's caption, top right: at most 40% of the frame wide and six lines long. */
function drawStepCaption(
  ctx: CanvasRenderingContext2D,
  caption: NonNullable<FrameText['caption']>,
  t: ReturnType<typeof frameType>,
) {
  const width = Math.round(ctx.canvas.width * 0.4);
  ctx.font = `${t.body * 1.15}px ${FONT}`;
  const lines = wrapCaption(caption.text, width - 2 * t.pad, (s) => ctx.measureText(s).width);
  const lineHeight = t.body * 1.15 * 1.35;
  const height = t.pad * 2 + t.title * 1.5 + lines.length * lineHeight;
  const x = ctx.canvas.width - t.margin - width;
  panel(ctx, x, t.margin, width, height, t.pad * 0.8);
  ctx.fillStyle = INK_SOFT;
  ctx.font = `600 ${t.title}px ${FONT}`;
  ctx.fillText(caption.heading.toUpperCase(), x + t.pad, t.margin + t.pad, width - 2 * t.pad);
  ctx.fillStyle = INK;
  ctx.font = `${t.body * 1.15}px ${FONT}`;
  lines.forEach((line, i) => ctx.fillText(line, x + t.pad, t.margin + t.pad + t.title * 1.5 + i * lineHeight));
}
