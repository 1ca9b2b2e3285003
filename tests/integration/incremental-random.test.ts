// Random sequences of edits to a small archive: after each, an incremental build (over the
// previous builds' state: spare tree two builds old, manifests, memo) must give exactly the
// files a clean build of the same content gives. The builds run in-process, through `main`.
import { existsSync, readFileSync, rmSync, unlinkSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, onTestFinished, test, vi } from "vitest";
import { main, type Io } from "../../src/cli/main.ts";
import { article, treeFiles, writeTree } from "../helpers/archive.ts";

const tree = treeFiles;

// ---------------------------------------------------------------------------------------------
// The model: registries and articles as plain data, rendered to the files of content/.

interface PlaceEntry {
  name: string;
  region: string;
  coordinates: [number, number] | undefined;
  aliases: string[];
}
interface ActorEntry {
  name: string;
  aliases: string[];
  description: string | undefined;
}
interface Link {
  target: string;
  /** `[[target|label]]` */
  label: string | undefined;
}
interface Art {
  slug: string;
  /** Unique number in the title: titles never collide with each other or with slugs. */
  title: string;
  date: string;
  region: string;
  places: string[];
  actors: string[];
  /** Front-matter read_also: slug, or (byTitle) the target's current title. */
  readAlso: { target: string; byTitle: boolean }[];
  /** [[…]] links in the first paragraph (a summary shows their targets' titles). */
  links: Link[];
  /** A closing "Read also: [[…]]" paragraph. */
  readAlsoBox: string[];
  body: string;
  /** `updated:` this many days after the date's day (never before the date), or none. */
  updatedAfter: number | undefined;
  /** In a sub-folder of articles/ or not: moving the file keeps the slug. */
  inFolder: boolean;
}
interface Site {
  timezone: string;
  language: string;
  description: string | undefined;
}
interface Model {
  site: Site;
  places: PlaceEntry[];
  actors: ActorEntry[];
  regions: string[];
  articles: Art[];
  /** Next title number and next new-article slug number. */
  counter: number;
}

const REGIONS = ["Kidal", "Gao", "Ménaka", "Timbuktu"];
/** Place names as articles write them: registry names, aliases, other cases, one unregistered. */
const PLACE_NAMES = ["Kidal", "Tessalit", "Gao", "Ménaka", "menaka", "Inafarak", "In-Afarak", "Timbuktu", "Boughessa", "Anefis"];
const ACTOR_NAMES = ["Malian Armed Forces", "FAMa", "Wagner Group", "JNIM", "CSP-DPA"];
const BODIES = [
  "The army announced the move on Tuesday.",
  "Residents said the town was calm.",
  "Convoys were seen on the road north, according to local sources, who asked not to be named.",
  Array.from({ length: 260 }, (_, i) => `word${i % 17}`).join(" ") + ".",
  "A short note.",
];
/** Few dates, so ties and shared months are common; some far off, for new months and years. */
const DATES = ["2024-07-23", "2024-07-23", "2024-07-22", "2024-07-01", "2024-06-30", "2024-01-15", "2023-12-31", "2023-05-02", "2025-02-01", "2022-11-11"];
/** Date-times whose local day, month or year depends on the site timezone (UTC or Asia/Tokyo). */
const DATE_TIMES = ["2024-07-31T20:00:00Z", "2023-12-31T22:00:00+00:00", "2024-07-23T08:00:00+02:00"];

function initialRegistries(): Pick<Model, "places" | "actors" | "regions"> {
  return {
    regions: [...REGIONS],
    places: [
      { name: "Kidal", region: "Kidal", coordinates: [18.44, 1.41], aliases: [] },
      { name: "Tessalit", region: "Kidal", coordinates: [20.2, 1.01], aliases: [] },
      { name: "Inafarak", region: "Kidal", coordinates: [20.55, 0.97], aliases: ["In-Afarak"] },
      { name: "Gao", region: "Gao", coordinates: [16.27, -0.04], aliases: [] },
      { name: "Ménaka", region: "Ménaka", coordinates: [15.92, 2.4], aliases: ["Menaka town"] },
      { name: "Timbuktu", region: "Timbuktu", coordinates: undefined, aliases: [] },
      { name: "Anefis", region: "Kidal", coordinates: [17.95, 0.6], aliases: [] },
    ],
    actors: [
      { name: "Malian Armed Forces", aliases: ["FAMa"], description: undefined },
      { name: "Wagner Group", aliases: [], description: "A *private* military company." },
      { name: "JNIM", aliases: [], description: undefined },
      { name: "CSP-DPA", aliases: [], description: undefined },
    ],
  };
}

const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar
const list = (xs: readonly string[]) => `[${xs.map(q).join(", ")}]`;

function renderPlaces(m: Model): string {
  return m.places
    .map((p) => [`- name: ${q(p.name)}`, `  region: ${q(p.region)}`, p.coordinates && `  coordinates: [${p.coordinates.join(", ")}]`, p.aliases.length ? `  aliases: ${list(p.aliases)}` : undefined].filter(Boolean).join("\n"))
    .join("\n") + "\n";
}
function renderActors(m: Model): string {
  return m.actors
    .map((a) => [`- name: ${q(a.name)}`, a.aliases.length ? `  aliases: ${list(a.aliases)}` : undefined, a.description && `  description: ${q(a.description)}`].filter(Boolean).join("\n"))
    .join("\n") + "\n";
}
function renderArticle(m: Model, a: Art): string {
  const titleOf = (slug: string) => m.articles.find((x) => x.slug === slug)!.title;
  const fm = [
    `title: ${q(a.title)}`,
    `date: ${a.date}`,
    `region: ${q(a.region)}`,
    a.updatedAfter === undefined ? undefined : `updated: ${addDays(a.date, a.updatedAfter)}`,
    a.places.length ? `places: ${list(a.places)}` : undefined,
    a.actors.length ? `actors: ${list(a.actors)}` : undefined,
    a.readAlso.length ? `read_also:\n${a.readAlso.map((r) => `  - ${q(r.byTitle ? titleOf(r.target) : r.target)}`).join("\n")}` : undefined,
  ].filter(Boolean);
  const links = a.links.map((l) => ` See [[${l.target}${l.label ? `|${l.label}` : ""}]].`).join("");
  const box = a.readAlsoBox.length ? `\n\nRead also: ${a.readAlsoBox.map((s) => `[[${s}]]`).join(" ")}` : "";
  return article(fm.join("\n"), `In ${a.region}, ${a.body}${links}\n\nSecond paragraph of ${a.slug}.${box}`);
}
/** The day `days` after the (UTC) day a date or date-time is written with. */
function addDays(date: string, days: number): string {
  const [y, mo, d] = date.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d! + days)).toISOString().slice(0, 10);
}
function renderSite(site: Site): string {
  return [`title: "Random archive"`, "page_size: 2", "feed_size: 2", `timezone: ${site.timezone}`, `language: ${site.language}`, site.description && `description: ${q(site.description)}`].filter(Boolean).join("\n") + "\n";
}
function render(m: Model): Map<string, string> {
  const files = new Map<string, string>([
    ["content/site.yaml", renderSite(m.site)],
    ["content/regions.yaml", m.regions.map((r) => `- name: ${q(r)}`).join("\n") + "\n"],
    ["content/places.yaml", renderPlaces(m)],
    ["content/actors.yaml", renderActors(m)],
  ]);
  // Some in a sub-folder, as editors file them.
  for (const a of m.articles) files.set(`content/articles/${a.inFolder ? "2024/07/" : ""}${a.slug}.md`, renderArticle(m, a));
  return files;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries: the initial archive, and edits whose `pick`s are resolved against the model then.

const pick = fc.nat({ max: 999 });
const date = fc.oneof(
  fc.constantFrom(...DATES),
  fc.constantFrom(...DATE_TIMES),
  fc.record({ y: fc.integer({ min: 2021, max: 2025 }), mo: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, mo, d }) => `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
);
/** The entity a name resolves to, so that no article names one entity twice. */
const SAME = new Map([["menaka", "ménaka"], ["in-afarak", "inafarak"], ["fama", "malian armed forces"]]);
const entityOf = (name: string) => SAME.get(name.toLowerCase()) ?? name.toLowerCase();
const places = fc.uniqueArray(fc.constantFrom(...PLACE_NAMES), { maxLength: 3, selector: entityOf });
const actors = fc.uniqueArray(fc.constantFrom(...ACTOR_NAMES), { maxLength: 2, selector: entityOf });
const fields: fc.Arbitrary<Fields> = fc.record({ date, region: fc.constantFrom(...REGIONS), places, actors, body: fc.nat({ max: BODIES.length - 1 }) });
/** References between initial articles, as (from, to, how) triples of indices. */
type How = "read_also" | "read_also-title" | "link" | "link-label" | "box";
const how = fc.constantFrom<How>("read_also", "read_also-title", "link", "link-label", "box");
const reference = fc.record({ from: pick, to: pick, how });
interface Fields {
  date: string;
  region: string;
  places: string[];
  actors: string[];
  body: number;
}

type Edit =
  | { kind: "retitle"; pick: number }
  | { kind: "date"; pick: number; date: string }
  | { kind: "places"; pick: number; places: string[] }
  | { kind: "actors"; pick: number; actors: string[] }
  | { kind: "region"; pick: number; region: string }
  | { kind: "add-reference"; pick: number; to: number; how: How }
  | { kind: "remove-reference"; pick: number; which: number }
  | { kind: "body"; pick: number; body: number }
  | { kind: "add-article"; date: string; region: string; places: string[]; actors: string[]; body: number; linkTo: number | undefined }
  | { kind: "delete-article"; pick: number }
  | { kind: "registry"; variant: number }
  | { kind: "updated"; pick: number; days: number | undefined }
  | { kind: "move"; pick: number }
  | { kind: "site"; variant: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("retitle" as const), pick }),
  fc.record({ kind: fc.constant("date" as const), pick, date }),
  fc.record({ kind: fc.constant("places" as const), pick, places }),
  fc.record({ kind: fc.constant("actors" as const), pick, actors }),
  fc.record({ kind: fc.constant("region" as const), pick, region: fc.constantFrom(...REGIONS) }),
  fc.record({ kind: fc.constant("add-reference" as const), pick, to: pick, how }),
  fc.record({ kind: fc.constant("remove-reference" as const), pick, which: pick }),
  fc.record({ kind: fc.constant("body" as const), pick, body: fc.nat({ max: BODIES.length - 1 }) }),
  fc.record({ kind: fc.constant("add-article" as const), date, region: fc.constantFrom(...REGIONS), places, actors, body: fc.nat({ max: BODIES.length - 1 }), linkTo: fc.option(pick, { nil: undefined }) }),
  fc.record({ kind: fc.constant("delete-article" as const), pick }),
  fc.record({ kind: fc.constant("registry" as const), variant: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant("updated" as const), pick, days: fc.option(fc.integer({ min: 2, max: 60 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant("move" as const), pick }),
  fc.record({ kind: fc.constant("site" as const), variant: fc.nat({ max: 2 }) }),
);

function initialModel(arts: readonly Fields[], refs: readonly { from: number; to: number; how: How }[]): Model {
  const m: Model = { site: { timezone: "UTC", language: "en", description: undefined }, ...initialRegistries(), articles: [], counter: 1 };
  arts.forEach((f, i) => {
    m.articles.push({ slug: `a${i + 1}`, title: `Story ${m.counter++}: ${f.region}`, date: f.date, region: f.region, places: f.places, actors: f.actors, readAlso: [], links: [], readAlsoBox: [], body: BODIES[f.body]!, updatedAfter: undefined, inFolder: i % 2 === 1 });
  });
  m.counter = Math.max(m.counter, arts.length + 1);
  for (const r of refs) addReference(m, r.from, r.to, r.how);
  return m;
}

function addReference(m: Model, from: number, to: number, how: How): string {
  const n = m.articles.length;
  if (n < 2) return "nothing to link";
  const a = m.articles[from % n]!;
  let b = m.articles[to % n]!;
  if (b === a) b = m.articles[(to + 1) % n]!;
  if (how === "read_also" || how === "read_also-title") {
    if (a.readAlso.some((r) => r.target === b.slug)) return `${a.slug} already reads ${b.slug}`;
    a.readAlso.push({ target: b.slug, byTitle: how === "read_also-title" });
  } else if (how === "box") a.readAlsoBox.push(b.slug);
  else a.links.push({ target: b.slug, label: how === "link-label" ? `label for ${b.slug}` : undefined });
  return `${a.slug} → ${b.slug} (${how})`;
}

/** Applies the edit to the model; returns what it did, for the failure report. */
function apply(m: Model, e: Edit): string {
  const n = m.articles.length;
  const target = (p: number) => (n ? m.articles[p % n] : undefined);
  switch (e.kind) {
    case "retitle": {
      const a = target(e.pick);
      if (!a) return "retitle: no article";
      a.title = `Story ${m.counter++}: retitled`;
      return `retitle ${a.slug} as ${q(a.title)}`;
    }
    case "date": {
      const a = target(e.pick);
      if (!a) return "date: no article";
      const was = a.date;
      a.date = e.date;
      return `date of ${a.slug}: ${was} → ${e.date}`;
    }
    case "places": {
      const a = target(e.pick);
      if (!a) return "places: no article";
      a.places = e.places;
      return `places of ${a.slug} = ${list(e.places)}`;
    }
    case "actors": {
      const a = target(e.pick);
      if (!a) return "actors: no article";
      a.actors = e.actors;
      return `actors of ${a.slug} = ${list(e.actors)}`;
    }
    case "region": {
      const a = target(e.pick);
      if (!a) return "region: no article";
      a.region = e.region;
      return `region of ${a.slug} = ${e.region}`;
    }
    case "add-reference":
      return `add reference ${addReference(m, e.pick, e.to, e.how)}`;
    case "remove-reference": {
      const a = target(e.pick);
      if (!a) return "remove-reference: no article";
      const all = [...a.readAlso.map((r) => ["read_also", r.target]), ...a.links.map((l) => ["link", l.target]), ...a.readAlsoBox.map((s) => ["box", s])];
      if (all.length === 0) return `remove reference: ${a.slug} has none`;
      const i = e.which % all.length;
      if (i < a.readAlso.length) a.readAlso.splice(i, 1);
      else if (i < a.readAlso.length + a.links.length) a.links.splice(i - a.readAlso.length, 1);
      else a.readAlsoBox.splice(i - a.readAlso.length - a.links.length, 1);
      return `remove reference ${a.slug} → ${all[i]![1]} (${all[i]![0]})`;
    }
    case "body": {
      const a = target(e.pick);
      if (!a) return "body: no article";
      a.body = BODIES[e.body]!;
      return `body of ${a.slug} = variant ${e.body}`;
    }
    case "add-article": {
      const slug = `a${m.counter}`;
      const a: Art = { slug, title: `Story ${m.counter++}: new`, date: e.date, region: e.region, places: e.places, actors: e.actors, readAlso: [], links: [], readAlsoBox: [], body: BODIES[e.body]!, updatedAfter: undefined, inFolder: false };
      m.articles.push(a);
      const linked = e.linkTo !== undefined && n > 0 ? m.articles[e.linkTo % n]! : undefined;
      if (linked) a.links.push({ target: linked.slug, label: undefined });
      return `add ${slug} (${e.date}, ${e.region}, ${list(e.places)}, ${list(e.actors)}${linked ? `, links to ${linked.slug}` : ""})`;
    }
    case "delete-article": {
      const a = target(e.pick);
      if (!a) return "delete: no article";
      m.articles = m.articles.filter((x) => x !== a);
      // References to it go in the same edit: the build would fail on them.
      for (const x of m.articles) {
        x.readAlso = x.readAlso.filter((r) => r.target !== a.slug);
        x.links = x.links.filter((l) => l.target !== a.slug);
        x.readAlsoBox = x.readAlsoBox.filter((s) => s !== a.slug);
      }
      return `delete ${a.slug}`;
    }
    case "updated": {
      const a = target(e.pick);
      if (!a) return "updated: no article";
      a.updatedAfter = e.days;
      return e.days === undefined ? `updated of ${a.slug} removed` : `updated of ${a.slug} = ${addDays(a.date, e.days)}`;
    }
    case "move": {
      const a = target(e.pick);
      if (!a) return "move: no article";
      a.inFolder = !a.inFolder;
      return `move ${a.slug}.md ${a.inFolder ? "into" : "out of"} articles/2024/07/`;
    }
    case "site": {
      const site = m.site;
      if (e.variant === 0) site.timezone = site.timezone === "UTC" ? "Asia/Tokyo" : "UTC";
      else if (e.variant === 1) site.language = site.language === "en" ? "fr" : "en";
      else site.description = site.description ? undefined : "News from the north.";
      return `site: timezone ${site.timezone}, language ${site.language}, description ${q(site.description ?? "")}`;
    }
    case "registry": {
      const place = (name: string) => m.places.find((p) => p.name === name);
      switch (e.variant) {
        case 0: {
          const t = place("Timbuktu")!;
          t.coordinates = t.coordinates ? undefined : [16.77, -3.0];
          return `registry: Timbuktu coordinates ${t.coordinates ? "added" : "removed"}`;
        }
        case 1: {
          const k = place("Kidal")!;
          k.aliases = k.aliases.length ? [] : ["Kidal town"];
          return `registry: Kidal aliases = ${list(k.aliases)}`;
        }
        case 2: {
          const b = place("Boughessa");
          if (b) m.places = m.places.filter((p) => p !== b);
          else m.places.push({ name: "Boughessa", region: "Kidal", coordinates: [20.1, 2.3], aliases: ["Bougessa"] });
          return `registry: Boughessa ${b ? "unregistered" : "registered, with coordinates and an alias"}`;
        }
        case 3: {
          const t = place("Tessalit")!;
          t.region = t.region === "Kidal" ? "Gao" : "Kidal";
          return `registry: Tessalit's region = ${t.region}`;
        }
        case 4: {
          const j = m.actors.find((a) => a.name === "JNIM")!;
          j.description = j.description ? undefined : "Jama'at Nusrat al-Islam wal-Muslimin.";
          return `registry: JNIM description ${j.description ? "added" : "removed"}`;
        }
        default: {
          const g = place("Gao")!;
          g.coordinates = g.coordinates && g.coordinates[0] === 16.27 ? [19.9, 1.5] : [16.27, -0.04];
          return `registry: Gao moved to ${g.coordinates.join(", ")}`;
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Builds, in-process, and the comparison.

async function build(dir: string, out: string | undefined): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const io: Io = { out: () => {}, err: (l) => void err.push(l), progress: () => {}, isTTY: false };
  const code = await main(["build", "--quiet", "--no-search", ...(out ? ["--out", out] : [])], dir, io);
  return { code, err };
}

/** Paths that differ, with a short line diff of the first few text files. */
function differences(incremental: string, clean: string): { onlyIncremental: string[]; onlyClean: string[]; differ: string[]; diffs: string[] } {
  const a = tree(incremental);
  const b = tree(clean);
  const onlyIncremental = [...a.keys()].filter((k) => !b.has(k));
  const onlyClean = [...b.keys()].filter((k) => !a.has(k));
  const differ = [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k));
  const diffs = differ.slice(0, 4).map((file) => {
    const x = readFileSync(path.join(incremental, file), "utf8").split("\n");
    const y = readFileSync(path.join(clean, file), "utf8").split("\n");
    const lines: string[] = [];
    for (let i = 0; i < Math.max(x.length, y.length) && lines.length < 12; i++) {
      if (x[i] !== y[i]) lines.push(`  line ${i + 1}\n${lineDiff(x[i] ?? "<none>", y[i] ?? "<none>")}`);
    }
    return `${file}\n${lines.join("\n")}`;
  });
  return { onlyIncremental, onlyClean, differ, diffs };
}

/** Two long lines (HTML pages are), shown from a little before where they part to where they meet again. */
function lineDiff(x: string, y: string): string {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  const show = (s: string) => {
    const from = Math.max(0, start - 80);
    const to = Math.min(s.length, s.length - end + 80);
    const cut = s.slice(from, to);
    return `${from > 0 ? "…" : ""}${cut.length > 700 ? `${cut.slice(0, 700)}…[${cut.length - 700} more]` : cut}${to < s.length ? "…" : ""}`;
  };
  return `    incremental: ${show(x)}\n    clean:       ${show(y)}`;
}

function writeModel(dir: string, before: Map<string, string>, after: Map<string, string>): void {
  for (const [file, text] of after) if (before.get(file) !== text) writeTree({ [file]: text }, dir);
  for (const file of before.keys()) if (!after.has(file)) unlinkSync(path.join(dir, file));
}

test("incremental builds after random edit sequences are byte-identical to clean builds", async () => {
  // The clock an hour ahead: a build then trusts the stat of every file the last build read
  // (FileStamps holds back files changed in the last two seconds), so these builds take
  // unchanged files' digests from the memo and read texts only when asked.
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3_600_000 });
  onTestFinished(() => void vi.useRealTimers());
  const started = performance.now();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fields, { minLength: 6, maxLength: 9 }),
      fc.array(reference, { maxLength: 8 }),
      fc.array(edit, { minLength: 3, maxLength: 7 }),
      async (arts, refs, edits) => {
        runs++;
        const m = initialModel(arts, refs);
        let files = render(m);
        const dir = writeTree(Object.fromEntries(files));
        try {
          const log: string[] = [`initial: ${m.articles.length} articles`];
          const first = await build(dir, undefined);
          expect(first.code, `initial build failed:\n${first.err.join("\n")}`).toBe(0);
          for (const [step, e] of edits.entries()) {
            log.push(`${step + 1}. ${apply(m, e)}`);
            const next = render(m);
            writeModel(dir, files, next);
            files = next;
            const incremental = await build(dir, undefined);
            expect(incremental.code, `incremental build failed after:\n${log.join("\n")}\n${incremental.err.join("\n")}`).toBe(0);
            const cleanName = `clean-${step}`;
            expect(existsSync(path.join(dir, `.${cleanName}.news-archive`))).toBe(false);
            const clean = await build(dir, cleanName);
            expect(clean.code, `clean build failed after:\n${log.join("\n")}\n${clean.err.join("\n")}`).toBe(0);
            const found = differences(path.join(dir, "_site"), path.join(dir, cleanName));
            expect(found, `incremental ≠ clean after:\n${log.join("\n")}\n\n${found.diffs.join("\n\n")}`).toEqual({ onlyIncremental: [], onlyClean: [], differ: [], diffs: [] });
            rmSync(path.join(dir, cleanName), { recursive: true, force: true });
            rmSync(path.join(dir, `.${cleanName}.news-archive`), { recursive: true, force: true });
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    ),
    // Each run is about a dozen builds; a failure's shrinking is bounded in time.
    // NEWS_ARCHIVE_RANDOM_RUNS=200 for a longer search (then pass a larger --testTimeout).
    { numRuns: Number(process.env["NEWS_ARCHIVE_RANDOM_RUNS"] ?? 8), interruptAfterTimeLimit: 120_000 },
  );
  console.log(`incremental-random: ${runs} runs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 200_000);
