// The one change made to Pagefind's runtime: a word index chunk that failed to download fails
// the search (Pagefind swallowed it); any other file, and any other Pagefind, as they are.
import { expect, test } from "vitest";
import { searchRuntimeFile } from "../../src/outputs/pagefind-runtime.ts";

const SWALLOWING = 'async loadChunk(hash){await this.cachedLoad(this.loaded_chunks,hash,()=>this._loadGenericChunk(`${this.basePath}index/${hash}.pf_index`,"load_index_chunk")).catch(()=>{});}async loadFilterChunk(hash){await this.cachedLoad(this.loaded_filters,hash,()=>this._loadGenericChunk(`${this.basePath}filter/${hash}.pf_filter`,"load_filter_chunk")).catch(()=>{});}';
const THROWING = 'async loadChunk(hash){await this.cachedLoad(this.loaded_chunks,hash,()=>this._loadGenericChunk(`${this.basePath}index/${hash}.pf_index`,"load_index_chunk"));}async loadFilterChunk(hash){await this.cachedLoad(this.loaded_filters,hash,()=>this._loadGenericChunk(`${this.basePath}filter/${hash}.pf_filter`,"load_filter_chunk")).catch(()=>{});}';
const text = (file: string, content: string) => searchRuntimeFile(file, Buffer.from(content, "utf8")).toString("utf8");

test.each([
  ["pagefind.js", SWALLOWING, THROWING],
  ["pagefind-worker.js", `(()=>{${SWALLOWING}})();`, `(()=>{${THROWING}})();`],
  // Not the runtime: as written, even with the same text.
  ["pagefind-entry.json", SWALLOWING, SWALLOWING],
  ["index/en_1a2b.pf_index", "binary", "binary"],
])("%s", (file, content, expected) => {
  expect(text(file, content)).toBe(expected);
});

test.each([
  ["a runtime that loads its word index otherwise", "async loadChunk(hash){return this.load(hash);}"],
  ["one that swallows twice", SWALLOWING + SWALLOWING],
])("%s is refused, naming the file and what was expected", (_, content) => {
  expect(() => text("pagefind-worker.js", content)).toThrow(
    'search index: Pagefind\'s pagefind-worker.js does not load its word index as news-archive expects (one `"load_index_chunk")).catch(()=>{});`); news-archive needs its pinned Pagefind version',
  );
});
