// write: the output edge. The site is built in a second tree and swapped in with renames,
// so a failed or interrupted build leaves the previous site exactly as it was.
//
// Two trees take turns (double buffering): the one not being served is brought up to date
// in place, writing only files whose content changed, then the two are swapped. Creating
// folders is what costs on disk (16,700 fresh page folders: 11 s here; rewriting them in
// place: 1.5 s), so a fresh tree for every build would make every build pay it.
// The spare tree and the manifests live in one hidden sibling of --out: `.NAME.news-archive/`.
import { hash as digestOf } from "node:crypto";
import { copyFileSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { readFile, rename, rm, rmdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { BUILD_MARKER } from "./write.ts";
import { makeFolder } from "./make-folder.ts";

export interface OutputFile {
  /** Relative to the output folder, `/`-separated. */
  path: string;
  /** The content, or how to make it: not called when the fingerprint is the spare tree's. */
  content: string | Buffer | (() => string | Buffer);
  /** Digest of everything the content is made from (pages); without it, the content is hashed. */
  fingerprint?: string | undefined;
}

export interface Publication {
  files: number;
  /** Files with a fingerprint neither tree had, so they were made (pages rendered, index files built). */
  rendered: number;
  written: number;
  removed: number;
}

/** Files to publish, in order: some come as they are made (the search index), some at once. */
export type FileSource = Iterable<OutputFile> | AsyncIterable<OutputFile>;

/** Output path → content hash, then ` fingerprint` for a page that has one. A Map: as an
 *  object of 17,600 keys it was a dictionary-mode object, slower to fill and to look up. */
type Manifest = Map<string, string>;

export function stateFolder(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.news-archive`);
}

/**
 * `carried`: files of the served tree this build does not make but keeps as they are (serve
 * publishes its pages before the search index is built again: the index it serves goes on).
 */
export async function publish(out: string, sources: readonly FileSource[], progress?: (done: number) => void, carried?: (file: string) => boolean): Promise<Publication> {
  const state = stateFolder(out);
  const spare = path.join(state, "spare");
  const spareManifestFile = path.join(state, "spare.json");
  const currentManifestFile = path.join(state, "current.json");
  await makeFolder(state);

  // The spare tree is trusted only with its manifest; the manifest goes first, so a build
  // interrupted below leaves a tree that the next build rebuilds from nothing.
  let known = (await readManifest(spareManifestFile))?.manifest;
  await rm(spareManifestFile, { force: true });
  if (!known) {
    await rm(spare, { recursive: true, force: true });
    known = new Map();
  }
  await makeFolder(spare);
  // The served tree, trusted likewise only with its manifest (removed during each swap).
  // Its text is kept to become the spare tree's manifest after the swap, as it is.
  const served = await readManifest(currentManifestFile);
  const current = served?.manifest ?? new Map<string, string>();

  // The spare tree's folders, listed when a file first needs one (a rebuild writes a few dozen
  // files, mostly over old ones: 17,600 paths cut to folders for nothing).
  let made: Set<string> | undefined;
  const folderFor = (file: string) => {
    const dir = path.posix.dirname(file);
    made ??= new Set([...known.keys()].map((p) => path.posix.dirname(p)));
    if (made.has(dir)) return;
    mkdirSync(path.join(spare, dir), { recursive: true });
    made.add(dir);
  };
  const next: Manifest = new Map();
  let count = 0;
  let written = 0;
  let rendered = 0;
  const put = (file: OutputFile): void => {
    if (next.has(file.path)) throw new Error(`two outputs write ${file.path}`);
    count++;
    if (count % 500 === 0) progress?.(count);
    const before = known.get(file.path);
    // A page made from the same inputs as the spare tree's copy is that copy: not even rendered.
    if (file.fingerprint !== undefined && before?.endsWith(` ${file.fingerprint}`)) {
      next.set(file.path, before);
      return;
    }
    // Not in the spare tree but in the served one (the build after a first build, whose spare
    // tree is empty): a copy, not a render.
    const inServed = file.fingerprint === undefined ? undefined : current.get(file.path);
    if (inServed?.endsWith(` ${file.fingerprint}`) && copied(path.join(out, file.path), path.join(spare, file.path), before !== undefined, () => folderFor(file.path))) {
      next.set(file.path, inServed);
      written++;
      return;
    }
    if (file.fingerprint !== undefined) rendered++;
    const content = typeof file.content === "function" ? file.content() : file.content;
    // One-shot: 17,000 pages of a cold build at 10k hashed in 0.37 s, 0.52 s through createHash.
    const hash = digestOf("sha1", content, "base64");
    next.set(file.path, file.fingerprint === undefined ? hash : `${hash} ${file.fingerprint}`);
    if (before !== undefined && before.split(" ")[0] === hash) return;
    // Synchronous: 17,600 pages in fresh folders took 3.7 s so, 5.8 s as 32 writes in flight.
    written++;
    inFolder(before !== undefined, () => folderFor(file.path), () => writeFileSync(path.join(spare, file.path), content));
  };
  for (const source of sources) {
    if (Symbol.asyncIterator in source) for await (const file of source) put(file);
    else for (const file of source) put(file);
  }
  if (carried) {
    for (const [file, entry] of current) {
      if (next.has(file) || !carried(file)) continue;
      count++;
      if (known.get(file) === entry) next.set(file, entry);
      // One the served tree lost (removed by hand) stays out until the index is published again.
      else if (copied(path.join(out, file), path.join(spare, file), known.has(file), () => folderFor(file))) {
        next.set(file, entry);
        written++;
      }
    }
  }
  progress?.(count);

  const gone = [...known.keys()].filter((p) => !next.has(p));
  await Promise.all(gone.map((p) => unlink(path.join(spare, p)).catch(() => undefined)));
  await removeEmptyFolders(spare, gone);
  await writeFile(path.join(spare, BUILD_MARKER), "This folder was built by news-archive and is replaced whole by the next build.\n");

  // Swap: out → old, spare → out, old → spare. The manifests follow their trees; the served
  // tree's goes while they move, so an interrupted swap leaves no manifest to mislead the next build.
  await rm(currentManifestFile, { force: true });
  const old = path.join(state, "old");
  await rm(old, { recursive: true, force: true });
  let hadOut = true;
  try {
    await rename(out, old);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    hadOut = false;
  }
  try {
    await rename(spare, out);
  } catch (e) {
    if (hadOut) await rename(old, out);
    throw e;
  }
  await writeManifest(currentManifestFile, manifestText(next), next);
  if (hadOut) {
    await rename(old, spare);
    if (served) await writeManifest(spareManifestFile, served.text, served.manifest);
  }
  return { files: count, rendered, written, removed: gone.length };
}

/** Copies a file; false when it cannot (the served tree was removed by hand): then it is rendered. */
function copied(from: string, to: string, hadFile: boolean, ensureDir: () => void): boolean {
  try {
    inFolder(hadFile, ensureDir, () => copyFileSync(from, to));
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a file of the spare tree. Over a file it had, the folder is there (it is tried
 * first: a rebuild's few dozen writes need no list of the tree's 17,000 folders); a new file,
 * or a folder removed by hand, has its folder made first.
 */
function inFolder(hadFile: boolean, ensureDir: () => void, write: () => void): void {
  if (hadFile) {
    try {
      write();
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
  ensureDir();
  write();
}

interface ManifestFile {
  text: string;
  manifest: Manifest;
}

/** The manifests this process wrote, with the stat each had then: serve reads its own back on
 *  every rebuild (two of 1.7 MB at 10k, ~50 ms to parse), and needs not while they are unchanged. */
const writtenManifests = new Map<string, ManifestFile & { stamp: string }>();

const stampOf = (file: string): string | undefined => {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats && `${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.ino}`;
};

async function readManifest(file: string): Promise<ManifestFile | undefined> {
  const stamp = stampOf(file);
  if (stamp === undefined) return undefined;
  const known = writtenManifests.get(file);
  if (known?.stamp === stamp) return known;
  const text = await readText(file);
  const manifest = parseManifest(text);
  return manifest && { text: text!, manifest };
}

async function writeManifest(file: string, text: string, manifest: Manifest): Promise<void> {
  await writeFile(file, text);
  writtenManifests.set(file, { text, manifest, stamp: stampOf(file)! });
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

/** A manifest as a flat JSON list, path then entry: 17,600 pages parsed as an object went
 *  through a dictionary of 17,600 keys and a list of pairs, ~2× the time. */
function manifestText(manifest: Manifest): string {
  const flat: string[] = [];
  for (const [file, entry] of manifest) flat.push(file, entry);
  return JSON.stringify(flat);
}

function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return undefined;
  try {
    const flat = JSON.parse(text) as unknown;
    if (!Array.isArray(flat) || flat.length % 2 !== 0) return undefined;
    const manifest: Manifest = new Map();
    for (let i = 0; i < flat.length; i += 2) {
      if (typeof flat[i] !== "string" || typeof flat[i + 1] !== "string") return undefined;
      manifest.set(flat[i] as string, flat[i + 1] as string);
    }
    return manifest;
  } catch {
    return undefined;
  }
}

/** Folders left empty by removed pages go too, deepest first. */
async function removeEmptyFolders(root: string, removed: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const p of removed) {
    for (let dir = path.posix.dirname(p); dir !== "." && dir !== "/"; dir = path.posix.dirname(dir)) folders.add(dir);
  }
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(path.join(root, dir)).catch(() => undefined);
  }
}
