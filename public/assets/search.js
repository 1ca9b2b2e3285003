// Search over the Pagefind index, on /search/: live results as the reader types, filters with
// counts, sort by relevance or date, and the whole state in the URL (?q=…&place=…&sort=…), so
// a search can be linked. No framework: the page's own markup (templates/search.11ty.ts) and
// Pagefind's JS API (pagefind.js from the index the build wrote).
//
// The index is one or more Pagefind bundles, listed in pagefind/bundles.json: one language per
// bundle (each stemmed by its own rules), and a large archive split in several (Pagefind's memory
// when indexing grows with the text; see src/views/search-records.ts). A language's bundles share
// one Pagefind runtime (its pagefind.js, worker and wasm, fetched and started once) through
// mergeIndex; each language needs its own, as the wasm holds the language's stemmer. Answers are
// merged here: by score for relevance; by date for the date sorts, where a language's bundles,
// listed oldest first and holding consecutive spans of dates, are read one after the other, each
// picked out by the filter its merge adds (`bundle`), so only the results shown are fetched.

const PAGE = 20;
const DEBOUNCE_MS = 200;

const form = document.querySelector("form.search-form");
const config = { manifest: form.dataset.manifest, timezone: form.dataset.timezone, dayOne: form.dataset.dayOne };
const S = JSON.parse(form.dataset.strings);
const input = document.getElementById("search-q");
const controls = document.getElementById("search-controls");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const sortSelect = document.getElementById("search-sort");
const clearButton = document.getElementById("search-clear");
const selects = [...document.querySelectorAll("select[data-filter]")];
const pageLanguage = document.documentElement.lang;
const numbers = new Intl.NumberFormat(pageLanguage || undefined);
// Dates as the site's pages show them, in the site's timezone: luxon's DATE_MED is these fields,
// not dateStyle "medium", which is the same in English and French but numeric in Arabic.
const shortDate = new Intl.DateTimeFormat(pageLanguage || undefined, { year: "numeric", month: "short", day: "numeric", timeZone: config.timezone });
// …and their first of the month as the site writes it ("1er juil." in French).
const dateText = (instant) => shortDate.formatToParts(instant).map((p) => (p.type === "day" && p.value === "1" ? config.dayOne : p.value)).join("");
const localDay = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: config.timezone });
const SORTS = { newest: { date: "desc" }, oldest: { date: "asc" } };

// Names and the reader's words shown inside the page's text, isolated where written the other
// way (src/render/bidi-isolation.ts does the same for the built pages): the page hands over the
// right-to-left scripts (src/model/language-direction.ts) and the direction controls' pattern.
const RTL_SCRIPTS = JSON.parse(form.dataset.rtlScripts);
// A browser whose Unicode predates a script (Garay is 16) throws on its name: such are left out.
const namedScript = (s) => {
  try {
    return new RegExp(`\\p{sc=${s}}`, "u") instanceof RegExp;
  } catch {
    return false;
  }
};
const rtlScript = `[${RTL_SCRIPTS.filter(namedScript).map((s) => `\\p{sc=${s}}`).join("")}]`;
const OTHER_WAY = document.documentElement.dir === "rtl"
  ? new RegExp(`(?!${rtlScript})\\p{L}|\u200E`, "u")
  : new RegExp(`(?=\\p{L})${rtlScript}|[\u200F\u061C]`, "u");
const BIDI_CONTROL = new RegExp(form.dataset.bidiControl);
const needsIsolation = (text) => OTHER_WAY.test(text) || BIDI_CONTROL.test(text);
/** For plain text (an <option>, the status line): FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. */
const isolated = (text) => (needsIsolation(text) ? `\u2068${text}\u2069` : text);

// The state is the URL's: read once here, written back after each search.
const params = new URLSearchParams(location.search);
const state = {
  q: params.get("q") ?? "",
  sort: params.get("sort") in SORTS ? params.get("sort") : "relevance",
  filters: Object.fromEntries(selects.map((s) => [s.dataset.filter, params.get(s.dataset.filter) ?? ""]).filter(([, v]) => v !== "")),
  shown: PAGE,
};
input.value = state.q;
sortSelect.value = state.sort;
status.textContent = S.loading;

let engines; // [{ engine, language, bundles }]: one per language
let lastRun = 0;
let current; // { query, filters, sort, responses, total, pages }
/** result → its data: each fragment is fetched once however often the list is drawn. */
const loaded = new WeakMap();
/** The filter each bundle's merge adds to its articles, naming the bundle by its place in its language's list. */
const BUNDLE = "bundle";
/** Each language's filter values and their counts, once every filter's index is loaded. */
let filterIndexes;
let filtersLoaded = false;

try {
  const manifestUrl = new URL(config.manifest, location.href);
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`${response.status} ${manifestUrl}`);
  const { bundles } = await response.json();
  const languages = new Map();
  for (const bundle of bundles) languages.set(bundle.language, [...(languages.get(bundle.language) ?? []), bundle]);
  engines = await Promise.all(
    [...languages].map(async ([language, list]) => {
      const [first, ...rest] = list.map(({ path }) => new URL(path, manifestUrl).pathname);
      // One module per language: the module keeps one wasm instance, and a second bundle's own
      // runtime in the same module (or worker) would overwrite the first's (Pagefind 1.6).
      const pagefind = await import(`${first}pagefind.js`);
      // Records carry their full URL, prefix included: nothing is to be prepended to them.
      const engine = pagefind.createInstance({ basePath: first, baseUrl: "/", mergeFilter: { [BUNDLE]: "0" } });
      await engine.init();
      await Promise.all(rest.map((basePath, i) => engine.mergeIndex(basePath, { baseUrl: "/", language, mergeFilter: { [BUNDLE]: String(i + 1) } })));
      return { engine, language, bundles: list.length };
    }),
  );
  // Every filter's index (each place, actor, region and year of every bundle: 68 files at 10,000
  // articles): a search counts results per filter value only for the filters whose index is
  // loaded. Loaded meanwhile, not first: a search does not need them to find its results.
  // One that fails leaves the selects without values: the search itself still works.
  filterIndexes = Promise.all(engines.map(({ engine }) => filtersOf(engine))).catch(() => engines.map(() => ({})));
  filterIndexes.then(() => (filtersLoaded = true));
} catch {
  // No index (built with --no-search, or not uploaded): say so, and offer the indexes instead.
  engines = undefined;
}

if (!engines) {
  document.getElementById("search-unavailable").hidden = false;
  status.textContent = "";
} else {
  controls.hidden = false;
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => update({ q: input.value }), DEBOUNCE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update({ q: input.value });
  });
  for (const select of selects) {
    select.addEventListener("change", () => {
      const filters = { ...state.filters, [select.dataset.filter]: select.value };
      if (select.value === "") delete filters[select.dataset.filter];
      update({ filters });
    });
  }
  sortSelect.addEventListener("change", () => update({ sort: sortSelect.value }));
  clearButton.addEventListener("click", () => {
    // The button disables itself once no filter is left, and a disabled control drops focus to
    // <body>: the reader is taken back to the search field instead.
    input.focus();
    update({ filters: {} });
  });
  more.addEventListener("click", async () => {
    if (!current) return;
    const before = list.children.length;
    state.shown += PAGE;
    const run = lastRun;
    try {
      if (!(await showResults(run))) return;
    } catch (error) {
      console.error(error);
      if (run === lastRun) status.textContent = S.failed;
      return;
    }
    // The button hides itself once every result is shown, and its focus would fall back to the
    // page's start: the reader goes on at the first result they had not seen.
    list.children[before]?.querySelector("a")?.focus();
    status.textContent = statusText(state.q.trim(), current.total, Object.keys(state.filters).length > 0);
  });
  await spellFiltersAsIndexed();
  await update({});
}

async function update(change) {
  Object.assign(state, change, { shown: PAGE });
  writeUrl();
  const run = ++lastRun;
  try {
    await draw(run);
  } catch (error) {
    // A result's text that could not be downloaded: said, rather than a status left at
    // "Loading…" or at the count of the search before, whose results go with it. The error
    // still reaches the console, so a fault of this script's own is not mistaken for the network.
    console.error(error);
    if (run !== lastRun) return;
    current = undefined;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = S.failed;
  }
}

/** The search in `state`, drawn as run `run`: it stops wherever a newer run has started. */
async function draw(run) {
  const term = state.q.trim();
  const filtered = Object.keys(state.filters).length > 0;
  if (term === "" && !filtered) {
    current = undefined;
    list.replaceChildren();
    more.hidden = true;
    const waited = !filtersLoaded;
    if (waited) status.textContent = S.prompt;
    const totals = await filterIndexes;
    if (run !== lastRun) return;
    showFilterOptions(() => totals);
    if (!waited) status.textContent = S.prompt;
    return;
  }
  // A date sort without words lists a place's (or a year's) articles; relevance needs words.
  const sort = SORTS[state.sort] ?? (term === "" ? SORTS.newest : undefined);
  const query = term === "" ? null : term;
  // Whether the answers will carry every filter's counts is known when the search is sent: a
  // language whose search is answered before its filters' indexes are in has none, however
  // soon after the other languages' answers the indexes arrive.
  const withCounts = filtersLoaded;
  const responses = await searchAll(query, state.filters, sort);
  if (run !== lastRun) return;
  const counts = withCounts ? await filterCounts(query, sort, responses) : undefined;
  if (run !== lastRun) return;
  current = { query, filters: { ...state.filters }, sort, responses, total: responses.reduce((n, r) => n + r.results.length, 0), pages: new Map() };
  if (!(await showResults(run))) return;
  if (counts) showFilterOptions((i) => counts[i]);
  // Last: the live region announces a page that is already complete.
  status.textContent = statusText(term, current.total, filtered);
  if (counts) return;
  // The first search ran before the filters' indexes were in; their counts follow the results.
  // (No filter is chosen yet: its select offered nothing to choose.)
  await filterIndexes;
  if (run !== lastRun) return;
  const late = await filterCounts(query, sort, await searchAll(query, state.filters, sort));
  if (run !== lastRun) return;
  showFilterOptions((i) => late[i]);
}

/**
 * A language's filter values and their counts. Pagefind leaves a filter index whose download
 * failed out of its answer, without an error, and forgets the failure: asked again, it fetches
 * only what it lacks. Asked until two answers agree, a connection that drops one file does not
 * leave the counts short for the whole visit.
 */
async function filtersOf(engine) {
  let answer = await engine.filters();
  for (let asked = 1; asked < 4; asked++) {
    const again = await engine.filters();
    if (JSON.stringify(again) === JSON.stringify(answer)) break;
    answer = again;
  }
  return answer;
}

/** Each select's counts, one object per language: a group's leave out the group's own choice,
 * so its other values say what they would give. */
function filterCounts(query, sort, responses) {
  return Promise.all(
    selects.map(async (select) => {
      const key = select.dataset.filter;
      if (!(key in state.filters)) return responses.map((r) => r.filters);
      const others = { ...state.filters };
      delete others[key];
      return (await searchAll(query, others, sort)).map((r) => r.filters);
    }),
  );
}

/** Every language's answer, each merged from its bundles by Pagefind (by score). */
function searchAll(term, filters, sort) {
  const options = { filters };
  if (sort) options.sort = sort;
  return Promise.all(engines.map(({ engine }) => engine.search(term, options)));
}

function statusText(term, total, filtered) {
  const n = numbers.format(total);
  // Not "0 articles match": French counts 0 as singular; both say none in words.
  if (term === "") return total === 0 ? S.filteredNone : withShown((total === 1 ? S.filteredOne : S.filteredMany).replace("{n}", n), total);
  if (total === 0) return (filtered ? S.noneFiltered : S.none).replace("{q}", isolated(term));
  return withShown((total === 1 ? S.resultsOne : S.resultsMany).replace("{n}", n).replace("{q}", isolated(term)), total);
}

/** Once the results run past one page, the status also says how many are drawn: "Show more"
 * gives no other word to a screen reader that the list grew. */
function withShown(text, total) {
  if (total <= PAGE) return text;
  return `${text} ${S.showing.replace("{shown}", numbers.format(list.children.length)).replace("{n}", numbers.format(total))}`;
}

/** Draws the first `state.shown` results; false when a newer search started meanwhile. */
async function showResults(run) {
  const search = current;
  const shown = await firstResults(search, state.shown);
  if (run !== lastRun) return false;
  list.replaceChildren(...shown.map(resultItem));
  more.hidden = shown.length >= search.total;
  return true;
}

function dataOf(result, language) {
  if (!loaded.has(result)) {
    // A download that failed is not remembered: the next draw asks again (Pagefind does too).
    const data = result.data().then((data) => ({ ...data, language }));
    data.catch(() => loaded.delete(result));
    loaded.set(result, data);
  }
  return loaded.get(result);
}

/** The first `count` results of all bundles together, in order, with their data. */
async function firstResults(search, count) {
  const { responses, sort } = search;
  if (!sort) {
    const merged = responses.flatMap((r, i) => r.results.map((result) => ({ result, language: engines[i].language }))).sort((a, b) => b.result.score - a.result.score);
    return Promise.all(merged.slice(0, count).map(({ result, language }) => dataOf(result, language)));
  }
  const heads = await Promise.all(engines.map((_, i) => byDate(search, i, count)));
  if (heads.length === 1) return heads[0];
  const direction = sort.date === "asc" ? 1 : -1;
  return heads.flat().sort((a, b) => direction * (Date.parse(a.meta.date) - Date.parse(b.meta.date))).slice(0, count);
}

/**
 * The first `count` results of one language in date order, with their data. Pagefind merges its
 * bundles' answers by score, which under a sort is a position within each bundle; but a
 * language's bundles hold consecutive spans of dates, oldest first, so its date order is theirs
 * one after the other, each bundle asked on its own (its `bundle` filter) and only while more
 * results are wanted: the merged answer's counts say which bundles have any.
 */
async function byDate(search, at, count) {
  const { engine, language, bundles } = engines[at];
  const perBundle = search.responses[at].filters[BUNDLE] ?? {};
  const order = Array.from({ length: bundles }, (_, i) => i);
  if (search.sort.date !== "asc") order.reverse();
  const shown = [];
  for (const bundle of order) {
    if (shown.length >= count) break;
    if (!perBundle[bundle]) continue;
    const key = `${at} ${bundle}`;
    if (!search.pages.has(key)) search.pages.set(key, engine.search(search.query, { filters: { ...search.filters, [BUNDLE]: String(bundle) }, sort: search.sort }));
    const { results } = await search.pages.get(key);
    shown.push(...results.slice(0, count - shown.length));
  }
  return Promise.all(shown.map((result) => dataOf(result, language)));
}

function resultItem(data) {
  const article = element("article", { class: "search-result" });
  const link = element("a", { href: data.url }, data.meta.title);
  const instant = new Date(data.meta.date);
  const meta = element("p", { class: "search-meta" }, element("time", { datetime: localDay.format(instant) }, dateText(instant)));
  // Each name in a <bdi>: two names written the other way would swap places around their comma.
  // The places as the filters hold them, one by one (meta.places is one string, "A, B").
  if (data.meta.region) meta.append(" · ", element("bdi", {}, data.meta.region));
  (data.filters?.place ?? []).forEach((name, i) => meta.append(i === 0 ? " · " : S.comma, element("bdi", {}, name)));
  const excerpt = element("p", { class: "search-excerpt" }, ...excerptNodes(data.excerpt));
  const heading = element("h2", {}, link);
  // The article's language on its words (title, excerpt); the date stays the page's, as on the site's
  // cards. The index knows a language by its primary subtag only (`taq`, not `taq-Arab`): the
  // direction is read from the words (dir=auto), as <bdi> reads it.
  if (data.language !== pageLanguage) {
    heading.lang = excerpt.lang = data.language;
    heading.dir = excerpt.dir = "auto";
  }
  article.append(heading, meta, excerpt);
  return element("li", {}, article);
}

/** Pagefind's excerpt is HTML with <mark> around the matches: only its text and marks are kept. */
function excerptNodes(markup) {
  const doc = new DOMParser().parseFromString(`<p>${markup}</p>`, "text/html");
  return [...doc.body.firstChild.childNodes].map((node) => (node.nodeName === "MARK" ? element("mark", {}, node.textContent) : document.createTextNode(node.textContent)));
}

/** Fills each filter's select with the values that have results, and their counts; `countsOf(i)`
 * gives the i-th select's filter counts, one object per bundle. */
function showFilterOptions(countsOf) {
  selects.forEach((select, i) => {
    const key = select.dataset.filter;
    const merged = {};
    for (const filters of countsOf(i)) for (const [value, n] of Object.entries(filters[key] ?? {})) merged[value] = (merged[value] ?? 0) + n;
    const chosen = state.filters[key];
    const values = Object.keys(merged).filter((v) => merged[v] > 0 || v === chosen);
    if (chosen && !(chosen in merged)) values.push(chosen);
    values.sort(key === "year" ? (a, b) => b.localeCompare(a) : (a, b) => (merged[b] ?? 0) - (merged[a] ?? 0) || a.localeCompare(b));
    const options = [element("option", { value: "" }, S.any)];
    // An <option> holds text only: a name written the other way is isolated by Unicode marks.
    for (const value of values) options.push(element("option", { value }, `${isolated(value)} (${numbers.format(merged[value] ?? 0)})`));
    select.replaceChildren(...options);
    select.value = chosen ?? "";
  });
  clearButton.disabled = Object.keys(state.filters).length === 0;
}

/**
 * A filter written into a link by hand (?actor=jnim, ?place=menaka) takes the spelling the index
 * has (JNIM, Ménaka): it matches whatever its case, accents or punctuation (not an alias:
 * the filters hold registry names only).
 */
async function spellFiltersAsIndexed() {
  const chosen = Object.entries(state.filters);
  if (chosen.length === 0) return;
  const all = await filterIndexes;
  const fold = (text) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  for (const [key, value] of chosen) {
    const values = new Set(all.flatMap((filters) => Object.keys(filters[key] ?? {})));
    if (values.has(value)) continue;
    const match = [...values].find((v) => fold(v) === fold(value));
    if (match !== undefined) state.filters[key] = match;
  }
}

function writeUrl() {
  const next = new URLSearchParams();
  if (state.q.trim() !== "") next.set("q", state.q.trim());
  for (const select of selects) if (state.filters[select.dataset.filter]) next.set(select.dataset.filter, state.filters[select.dataset.filter]);
  if (state.sort !== "relevance") next.set("sort", state.sort);
  const query = next.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function element(name, attributes, ...children) {
  const el = document.createElement(name);
  for (const [attribute, value] of Object.entries(attributes)) el.setAttribute(attribute, value);
  el.append(...children);
  return el;
}
