// Maps, timelines and insight lists, with their text alternatives. Markup only.
import { html, raw, type Html } from "../../src/render/html.ts";
import { isolate } from "../../src/render/bidi-isolation.ts";
import type { Direction } from "../../src/model/language-direction.ts";
import type { InsightList, MapFigure, MonthBar, NamedCount, TimelineFigure } from "../../src/views/insight-types.ts";

/** More places than this without coordinates fold away behind their heading. */
const UNLOCATED_OPEN_MAX = 20;

/** `around`, here and below: the site's direction, which names written the other way are isolated from. */
export function mapFigure(map: MapFigure | undefined, around: Direction): Html | "" {
  if (!map) return "";
  return html`<div class="map-block">
${map.svgHtml ? html`<figure class="map-figure">${raw(map.svgHtml)}${map.caption ? html`<figcaption>${map.caption}</figcaption>` : ""}</figure>` : ""}
${map.places.length ? html`<details class="map-places"><summary>${map.placesHeading} (${map.places.length})</summary>${namedList(map.places, around)}</details>` : ""}
${
  map.unlocated.length === 0
    ? ""
    : map.unlocated.length <= UNLOCATED_OPEN_MAX
      ? html`<div class="map-unlocated"><p class="map-unlocated-heading">${map.unlocatedHeading}</p>${namedList(map.unlocated, around)}</div>`
      : html`<details class="map-unlocated"><summary>${map.unlocatedHeading} (${map.unlocated.length})</summary>${namedList(map.unlocated, around)}</details>`
}
${map.download ? html`<p class="download"><a href="${map.download.href}" type="application/geo+json">${map.download.text}</a></p>` : ""}
</div>`;
}

export function timelineFigure(timeline: TimelineFigure | undefined): Html | "" {
  if (!timeline) return "";
  return html`<section class="timeline-block" aria-labelledby="timeline-heading">
<h2 id="timeline-heading">${timeline.heading}</h2>
${raw(timeline.svgHtml)}
<details class="timeline-table"><summary>${timeline.tableSummary}</summary>
<table><caption>${timeline.tableCaption}</caption>
<thead><tr><th scope="col">${timeline.columns[0]}</th><th scope="col">${timeline.columns[1]}</th></tr></thead>
<tbody>${timeline.rows.map((r) => html`<tr><th scope="row">${r.text}</th><td>${r.count}</td></tr>`)}</tbody>
</table></details>
</section>`;
}

export function insightLists(lists: readonly InsightList[], around: Direction): Html | "" {
  if (lists.length === 0) return "";
  return html`<div class="insights">${lists.map(
    (l) => html`<section class="insight" id="${l.id}" aria-labelledby="${l.id}-heading"><h2 id="${l.id}-heading">${l.heading}</h2>
<ol>${l.items.map((i) => html`<li><a href="${i.href}">${isolate(i.text, around)}</a> <span class="count">${i.detail}</span></li>`)}</ol></section>`,
  )}</div>`;
}

/** The twelve months of a year: month names and counts read as a list; the bars are decoration. */
export function monthBarList(bars: readonly MonthBar[] | undefined): Html | "" {
  if (!bars) return "";
  return html`<ol class="month-bars">${bars.map(
    (b) => html`<li><span class="month-bar-name">${b.href ? html`<a href="${b.href}">${b.text}</a>` : b.text}</span><span class="month-bar" style="--share: ${b.share}" aria-hidden="true"></span><span class="count">${b.count}</span></li>`,
  )}</ol>`;
}

/** "تين زاواتين 3 articles": the name isolated, or its count would be drawn on its far side. */
export function namedList(items: readonly NamedCount[], around: Direction): Html {
  return html`<ul class="named-list">${items.map((i) => html`<li><a href="${i.href}">${isolate(i.name, around)}</a> <span class="count">${i.countText}</span></li>`)}</ul>`;
}
