// A build trusts a file whose stat is what the last build saw: it takes the digest from then
// and reads the text only if asked. These tests move the load's clock forward (`started`)
// so files just written count as old enough to trust.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { loadArchive } from "../../src/content/load.ts";
import { newFileStamps, type FileStamps } from "../../src/content/file-stamps.ts";
import { article, writeTree } from "../helpers/archive.ts";

const LATER = Date.now() + 60_000;
const A = article('title: "A"\ndate: 2024-01-01\nregion: Kidal', "one");
const B = article('title: "B"\ndate: 2024-01-02\nregion: Kidal', "two");

async function load(dir: string, stamps: FileStamps) {
  const loaded = await loadArchive(path.join(dir, "content"), dir, undefined, stamps);
  return new Map(loaded.value.articles.map((a) => [a.file, a]));
}

test("an unchanged file keeps its digest and is read only when asked; a rewritten one is read again", async () => {
  const dir = writeTree({ "content/articles/a.md": A, "content/articles/b.md": B });
  const first = newFileStamps(new Map(), LATER);
  const before = await load(dir, first);
  expect([...first.current.keys()].map((f) => path.relative(dir, f)).sort()).toEqual(["content/articles/a.md", "content/articles/b.md"]);

  // b.md rewritten with as many bytes: its ctime moved, so it is read again.
  writeFileSync(path.join(dir, "content/articles/b.md"), B.replace("two", "owt"));
  const second = newFileStamps(first.current, LATER);
  const after = await load(dir, second);
  expect(after.get("content/articles/a.md")!.digest).toBe(before.get("content/articles/a.md")!.digest);
  expect(Object.getOwnPropertyDescriptor(after.get("content/articles/a.md"), "text")?.get).toBeDefined();
  expect(after.get("content/articles/a.md")!.text).toBe(A);
  expect(Object.getOwnPropertyDescriptor(after.get("content/articles/b.md"), "text")?.value).toBe(B.replace("two", "owt"));
  expect(after.get("content/articles/b.md")!.digest).not.toBe(before.get("content/articles/b.md")!.digest);
});

test("a trusted file that changes before its text is read stops the build rather than mixing versions", async () => {
  const dir = writeTree({ "content/articles/a.md": A });
  const first = newFileStamps(new Map(), LATER);
  await load(dir, first);
  const trusted = (await load(dir, newFileStamps(first.current, LATER))).get("content/articles/a.md")!;
  writeFileSync(path.join(dir, "content/articles/a.md"), A.replace("one", "uno"));
  expect(() => trusted.text).toThrow("content/articles/a.md changed while news-archive was building; build again");
});

test("a file changed in the two seconds before a load is not trusted by the next", async () => {
  const dir = writeTree({ "content/articles/a.md": A });
  const now = newFileStamps(new Map(), Date.now());
  await load(dir, now);
  expect(now.current.size).toBe(0);
});
