// A bar chart of articles per month as inline SVG. Its text alternative (a table of the
// same numbers) is the template's job; the chart itself is one labelled image.
import { html, type Html } from "./html.ts";

/**
 * The x axis: a run of consecutive months. Made once and shared by every chart over the same
 * months (an archive's entity pages all are), so a chart costs only its own bars.
 */
export interface TimelineAxis {
  months: readonly { year: number; month: number }[];
  /** Frame units per month. */
  slot: number;
  /** Year ticks and labels. */
  markup: Html;
}

export interface TimelineBar {
  /** Position of the month on the axis. */
  index: number;
  count: number;
  /** Tooltip of the bar, e.g. "July 2024: 3 articles". */
  label: string;
}

export interface TimelineSvgInput {
  /** Unique within the page: the title and description are referenced by id. */
  id: string;
  title: string;
  description: string;
  axis: TimelineAxis;
  /** Months with articles; the others have no bar. */
  bars: readonly TimelineBar[];
  /** The y axis's top count as the site's language writes numbers ("1 234"). */
  number?: (n: number) => string;
}

export const TIMELINE_WIDTH = 640;
export const TIMELINE_HEIGHT = 140;
const LEFT = 30;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 22;
const PLOT_WIDTH = TIMELINE_WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = TIMELINE_HEIGHT - TOP - BOTTOM;
const BASELINE = TOP + PLOT_HEIGHT;
/** A year label needs this much room, in frame units. */
const LABEL_ROOM = 36;
/** A bar stays a bar, not a block, when the span is a few months. */
const MAX_BAR = 24;

/** Every `step`-th year is labelled, with step a round number that leaves room for the text. */
export function yearStep(monthWidth: number): number {
  const yearWidth = monthWidth * 12;
  return [1, 2, 5, 10, 20, 50, 100].find((s) => s * yearWidth >= LABEL_ROOM) ?? 100;
}

/** The axis of consecutive months, oldest first (empty months included: the x axis is time). */
export function timelineAxis(months: readonly { year: number; month: number }[]): TimelineAxis {
  const slot = PLOT_WIDTH / Math.max(1, months.length);
  const step = yearStep(slot);
  // A tick at every new year; a label at every step-th year's January, and at the start (a year
  // begun part way) only where it leaves room for the first such January: a whole year's
  // label counts for more than a part's.
  const ticks: Html[] = [];
  const januaries: { x: number; year: number }[] = [];
  months.forEach((m, i) => {
    const x = round(LEFT + i * slot);
    if (m.month === 1 && i > 0) ticks.push(html`<line x1="${x}" x2="${x}" y1="${BASELINE}" y2="${BASELINE + 4}"/>`);
    if (m.month === 1 && m.year % step === 0) januaries.push({ x, year: m.year });
  });
  const first = months[0];
  const labelled = januaries[0]?.x === LEFT;
  const atStart = first && !labelled && (januaries.length === 0 || januaries[0]!.x - LEFT >= LABEL_ROOM) ? [{ x: LEFT, year: first.year }] : [];
  const labels: Html[] = [];
  let lastLabel = -Infinity;
  for (const { x, year } of [...atStart, ...januaries]) {
    // The last year may begin too near the right edge for its label: it ends at the edge
    // instead, and so starts there less the room a label takes.
    const end = x + LABEL_ROOM > TIMELINE_WIDTH;
    const from = end ? TIMELINE_WIDTH - 1 - LABEL_ROOM : x;
    if (from - lastLabel < LABEL_ROOM) continue;
    labels.push(end ? html`<text x="${TIMELINE_WIDTH - 1}" y="${TIMELINE_HEIGHT - 6}" text-anchor="end">${year}</text>` : html`<text x="${x}" y="${TIMELINE_HEIGHT - 6}">${year}</text>`);
    lastLabel = from;
  }
  return { months, slot, markup: html`${ticks}${labels}` };
}

export function timelineSvg(input: TimelineSvgInput): Html {
  const { axis, id } = input;
  const barWidth = Math.min(MAX_BAR, axis.slot >= 3 ? axis.slot * 0.8 : axis.slot);
  const max = input.bars.reduce((m, b) => Math.max(m, b.count), 0);
  const bars = input.bars.map((b) => {
    const h = Math.max(1, (b.count / max) * PLOT_HEIGHT);
    const x = LEFT + b.index * axis.slot + (axis.slot - barWidth) / 2;
    return html`<rect x="${round(x)}" y="${round(BASELINE - h)}" width="${round(barWidth)}" height="${round(h)}"><title>${b.label}</title></rect>`;
  });
  // Drawn left to right, oldest month first, on any page (see map-svg.ts on direction="ltr").
  return html`<svg class="timeline" viewBox="0 0 ${TIMELINE_WIDTH} ${TIMELINE_HEIGHT}" width="${TIMELINE_WIDTH}" height="${TIMELINE_HEIGHT}" direction="ltr" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${input.title}</title>
<desc id="${id}-desc">${input.description}</desc>
<g class="timeline-axis">
<line x1="${LEFT}" x2="${TIMELINE_WIDTH - RIGHT}" y1="${TOP}" y2="${TOP}" class="timeline-grid"/>
<line x1="${LEFT}" x2="${TIMELINE_WIDTH - RIGHT}" y1="${BASELINE}" y2="${BASELINE}"/>
<text x="${LEFT - 5}" y="${TOP + 4}" text-anchor="end">${(input.number ?? String)(max)}</text>
<text x="${LEFT - 5}" y="${BASELINE}" text-anchor="end">0</text>
${axis.markup}
</g>
<g class="timeline-bars">${bars}</g>
</svg>`;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
