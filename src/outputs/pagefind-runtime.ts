// Pagefind's runtime (pagefind.js, and pagefind-worker.js, where searches run) loads the word
// index chunks a search needs and swallows a failed download: the search then answers with the
// articles of the chunks it has, fewer or none, and nothing tells the reader that "no match" may
// be the connection's. With that one catch taken out, the search fails instead, search.js says so
// ("Search again to retry"), and the failed chunk, which Pagefind forgets, is fetched again.
// Its filter chunks are left as they are: search.js asks for the filters again (filtersOf).

const SWALLOWED = '"load_index_chunk")).catch(()=>{});';
const THROWN = '"load_index_chunk"));';
const RUNTIME = new Set(["pagefind.js", "pagefind-worker.js"]);

/** Part of every bundle's key: a bundle written without the change is not taken as it is. */
export const RUNTIME_CHANGE = "word index failures thrown";

/** A bundle's file as the search page is to load it: `bytes` as Pagefind wrote them, or, for its
 *  runtime, with a failed word index download thrown. Throws if the runtime does not read as
 *  expected (another Pagefind), so a build cannot quietly go back to the swallowing one. */
export function searchRuntimeFile(file: string, bytes: Buffer): Buffer {
  if (!RUNTIME.has(file)) return bytes;
  const text = bytes.toString("utf8");
  const at = text.indexOf(SWALLOWED);
  if (at < 0 || text.includes(SWALLOWED, at + 1)) {
    throw new Error(`search index: Pagefind's ${file} does not load its word index as news-archive expects (one \`${SWALLOWED}\`); news-archive needs its pinned Pagefind version`);
  }
  return Buffer.from(text.slice(0, at) + THROWN + text.slice(at + SWALLOWED.length), "utf8");
}
