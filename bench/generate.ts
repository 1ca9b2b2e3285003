// A deterministic synthetic archive in the SPEC format, for benchmarks: Zipf-like use of
// places and actors, read_also links and wikilinks to earlier articles, registries with
// aliases and coordinates. Same options, same bytes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface GenerateOptions {
  articles: number;
  places?: number;
  actors?: number;
  regions?: number;
  wordsPerArticle?: number;
  seed?: number;
}

export function generateArchive(dir: string, options: GenerateOptions): void {
  const n = options.articles;
  const placeCount = options.places ?? Math.max(20, Math.round(n / 5));
  const actorCount = options.actors ?? Math.max(10, Math.round(n / 33));
  const regionCount = options.regions ?? 12;
  const words = options.wordsPerArticle ?? 600;
  const rand = mulberry32(options.seed ?? 2024);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const vocabulary = makeVocabulary(rand, 3000);

  const regions = Array.from({ length: regionCount }, (_, i) => `Region ${name(i, rand)}`);
  const places = Array.from({ length: placeCount }, (_, i) => `${name(i + 7, rand)} ${i}`);
  const actors = Array.from({ length: actorCount }, (_, i) => `${name(i + 13, rand)} Group ${i}`);
  const placeZipf = zipf(placeCount, 1.05, rand);
  const actorZipf = zipf(actorCount, 1.1, rand);
  const regionZipf = zipf(regionCount, 0.8, rand);

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "articles"), { recursive: true });
  writeFileSync(path.join(dir, "site.yaml"), `title: Synthetic archive (${n} articles)\nbase_url: https://bench.example.org\ntimezone: Africa/Bamako\npage_size: 20\n`);
  writeFileSync(
    path.join(dir, "regions.yaml"),
    regions.map((r, i) => `- name: ${r}\n  kind: region\n  country: Mali\n${i % 3 === 0 ? `  aliases: [${r} District]\n` : ""}`).join(""),
  );
  writeFileSync(
    path.join(dir, "places.yaml"),
    places
      .map((p, i) => {
        const lat = (12 + rand() * 12).toFixed(3);
        const lon = (-10 + rand() * 14).toFixed(3);
        const alias = i % 5 === 0 ? `  aliases: [${p} Town]\n` : "";
        const coords = i % 17 === 0 ? "" : `  coordinates: [${lat}, ${lon}]\n`;
        return `- name: ${p}\n${alias}  kind: town\n  region: ${regions[i % regionCount]}\n  country: Mali\n${coords}  description: "A town of the synthetic archive."\n`;
      })
      .join(""),
  );
  writeFileSync(
    path.join(dir, "actors.yaml"),
    actors.map((a, i) => `- name: ${a}\n${i % 4 === 0 ? `  aliases: [AG${i}]\n` : ""}  kind: armed group\n`).join(""),
  );

  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const titles: string[] = [];
  const slugs: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(start + Math.floor((span * i) / n) + Math.floor(rand() * 3) * 3_600_000);
    const ymd = day.toISOString().slice(0, 10);
    const region = regions[regionZipf()]!;
    const articlePlaces = unique(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => places[placeZipf()]!));
    const articleActors = unique(Array.from({ length: Math.floor(rand() * 4) }, () => actors[actorZipf()]!));
    const title = `${pick(HEADS)} in ${articlePlaces[0]} ${pick(TAILS)} (${i})`;
    const slug = `report-${i}-${articlePlaces[0]!.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    const readAlso: string[] = [];
    if (i > 10 && rand() < 0.6) readAlso.push(slugs[Math.floor(rand() * i)]!);
    if (i > 10 && rand() < 0.3) readAlso.push(JSON.stringify(titles[Math.floor(rand() * i)]!));
    const aliasUse = (p: string) => (places.indexOf(p) % 5 === 0 && rand() < 0.3 ? `${p} Town` : p);
    const front = [
      "---",
      `title: ${JSON.stringify(title)}`,
      `date: ${ymd}`,
      `region: ${region}`,
      `places: [${articlePlaces.map(aliasUse).join(", ")}]`,
      articleActors.length ? `actors: [${articleActors.join(", ")}]` : "",
      readAlso.length ? `read_also: [${unique(readAlso).join(", ")}]` : "",
      i % 7 === 0 ? "author: Synthetic desk" : "",
      "---",
    ].filter(Boolean);
    const paragraphs: string[] = [];
    let left = words;
    while (left > 0) {
      const len = Math.min(left, 40 + Math.floor(rand() * 60));
      const sentence = Array.from({ length: len }, () => pick(vocabulary)).join(" ");
      paragraphs.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".");
      left -= len;
    }
    if (i > 20 && rand() < 0.3) paragraphs.splice(2, 0, `Read also: [[${slugs[Math.floor(rand() * i)]}]]`);
    if (i > 20 && rand() < 0.3) paragraphs.push(`See [[${slugs[Math.floor(rand() * i)]}|this earlier report]].`);
    const folder = path.join(dir, "articles", ymd.slice(0, 4), ymd.slice(5, 7));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${ymd}-${slug}.md`), `${front.join("\n")}\n${paragraphs.join("\n\n")}\n`);
    titles.push(title);
    slugs.push(slug);
  }
}

const HEADS = ["Army patrol reported", "Clashes reported", "Convoy attacked", "Aid delivery", "Drone strike", "Market reopens", "Negotiations resume", "Displaced families return"];
const TAILS = ["after days of tension", "as talks stall", "near the border", "amid fuel shortages", "as the rainy season begins", "despite curfew"];

function name(i: number, rand: () => number): string {
  const syllables = ["ka", "ta", "ra", "ma", "ne", "zou", "ber", "an", "tes", "sa", "li", "dal", "gao", "mo", "ti"];
  let out = "";
  for (let k = 0; k < 2 + (i % 2); k++) out += syllables[Math.floor(rand() * syllables.length)];
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function makeVocabulary(rand: () => number, size: number): string[] {
  const letters = "abcdefghijklmnoprstuvwyz";
  return Array.from({ length: size }, () => {
    const len = 2 + Math.floor(rand() * 9);
    let w = "";
    for (let k = 0; k < len; k++) w += letters[Math.floor(rand() * letters.length)];
    return w;
  });
}

/** A sampler of indexes 0..n-1 with P(k) ∝ 1/(k+1)^s. */
function zipf(n: number, s: number, rand: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / Math.pow(k + 1, s);
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
