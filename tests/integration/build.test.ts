// The real CLI, run as a child process on small archives written here, checked against SPEC §5.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { article, exists, hrefs, page, ROOT, runCli, writeTree, type CliRun, treeHash } from "../helpers/archive.ts";

const REGISTRIES = {
  "content/site.yaml": "title: Test desk\nbase_url: https://news.example.org\ntimezone: Africa/Bamako\npage_size: 2\n",
  "content/places.yaml": "- name: Kidal\n  coordinates: [18.44, 1.41]\n- name: Ménaka\n  aliases: [Menaka]\n- name: Tessalit\n",
  "content/actors.yaml": "- name: Malian Armed Forces\n  aliases: [FAMa, Malian army]\n- name: JNIM\n",
  "content/regions.yaml": "- name: Kidal\n- name: Ménaka\n",
};

function kidalArticle(n: number, day: string, extra = ""): string {
  return article(`title: "Kidal report ${n}"\ndate: ${day}\nregion: Kidal\nplaces: [Kidal]\nactors: [Fama]${extra ? "\n" + extra : ""}`, `Report number ${n} from Kidal.`);
}

describe("a small archive, built through the CLI", () => {
  let dir: string;
  let out: string;
  let result: CliRun;
  beforeAll(() => {
    dir = writeTree({
      ...REGISTRIES,
      "content/articles/2024/07/2024-07-23-inafarak.md": article(
        'title: "Army arrives in Inafarak"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Kidal, Tessalit]\nactors: [Malian army, JNIM]\nread_also:\n  - "Kidal, a small town and an immense symbol"\nauthor: Desk',
        "The army arrived.\n\nRead also: [[sixty-bodies|Sixty bodies]]\n",
      ),
      "content/articles/2023/11/2023-11-15-kidal-symbol.md": article('title: "Kidal, a small town and an immense symbol"\ndate: 2023-11-15\nregion: kidal\nplaces: [Kidal]'),
      "content/articles/2024/07/2024-07-05-sixty-bodies.md": article('title: "Sixty bodies found"\ndate: 2024-07-05\nregion: Kidal\nplaces: [Kidal, Tessalit]\nactors: [FAMa]'),
      "content/articles/2024/02/offset.md": article('title: "Late at night"\ndate: 2024-02-29T23:30:00-05:00\nregion: Menaka\nplaces: [menaka]'),
      "content/articles/2024/03/escape.md": article(
        `title: "<script>alert('x')</script> & \\"quotes\\" ]]>"\ndate: 2024-03-01\nregion: Kidal\nauthor: "</script><b>Bold</b>"`,
        "Raw <b>html</b> and <script>alert(1)</script> here.",
      ),
      "content/articles/2024/04/draft.md": article('title: "Not yet"\ndate: 2024-04-01\nregion: Kidal\ndraft: true'),
      "content/articles/2022/01/r1.md": kidalArticle(1, "2022-01-01"),
      "content/articles/2022/01/r2.md": kidalArticle(2, "2022-01-02"),
    });
    out = path.join(dir, "public-site");
    result = runCli(["build", "--content", "content", "--out", "public-site"], dir);
  });

  test("exits 0 and says what it built", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^built \d+ pages from 7 articles in \d+\.\d+ s \(\d+ files written, 0 removed\)$/m);
  });

  test("the article page holds every element of SPEC §5", () => {
    const doc = page(out, "/articles/inafarak/");
    expect(doc.querySelector("h1")!.text).toBe("Army arrives in Inafarak");
    expect(doc.querySelector("time")!.getAttribute("datetime")).toBe("2024-07-23");
    expect(doc.querySelector("time")!.text).toBe("July 23, 2024");
    expect(doc.querySelector(".reading-time")!.text).toBe("1\u00A0min read");
    expect(hrefs(doc, ".entities a")).toEqual(["/regions/kidal/", "/places/kidal/", "/places/tessalit/", "/actors/malian-armed-forces/", "/actors/jnim/"]);
    expect(hrefs(doc, "#read-also a")).toEqual(["/articles/kidal-symbol/", "/articles/sixty-bodies/"]);
    // Every section is there; an empty one says so.
    expect(hrefs(doc, "#referenced-by a")).toEqual([]);
    expect(doc.querySelector("#referenced-by .none")!.text).toBe("No other article links here yet.");
    expect(hrefs(doc, "#related a")).toEqual(["/articles/r2/", "/articles/r1/"]);
    expect(doc.querySelector('a[rel="prev"]')!.getAttribute("href")).toBe("/articles/sixty-bodies/");
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://news.example.org/articles/inafarak/");
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({ "@type": "NewsArticle", headline: "Army arrives in Inafarak", datePublished: "2024-07-23T00:00:00.000+00:00", author: { name: "Desk" } });
    expect(doc.querySelector(".read-also-box a")!.getAttribute("href")).toBe("/articles/sixty-bodies/");
  });

  test("backlinks: the targets list who points at them", () => {
    expect(hrefs(page(out, "/articles/sixty-bodies/"), "#referenced-by a")).toEqual(["/articles/inafarak/"]);
    expect(hrefs(page(out, "/articles/kidal-symbol/"), "#referenced-by a")).toEqual(["/articles/inafarak/"]);
    // Related never repeats what read-also or referenced-by already show.
    expect(hrefs(page(out, "/articles/sixty-bodies/"), "#related a")).not.toContain("/articles/inafarak/");
  });

  test("entity pages: newest first, paginated by page_size, each article an <article> in <main>", () => {
    const first = page(out, "/places/kidal/");
    const second = page(out, "/places/kidal/page/2/");
    const third = page(out, "/places/kidal/page/3/");
    expect(exists(out, "/places/kidal/page/4/")).toBe(false);
    expect(exists(out, "/places/kidal/page/1/")).toBe(false);
    const order = [first, second, third].flatMap((p) => hrefs(p, "main article h2 a"));
    expect(order).toEqual(["/articles/inafarak/", "/articles/sixty-bodies/", "/articles/kidal-symbol/", "/articles/r2/", "/articles/r1/"]);
    expect(first.querySelector("h1")!.text).toBe("Kidal");
    // a place and a region of one name: two titles, the kind in each
    expect(first.querySelector("title")!.text).toMatch(/^Kidal — Place — /);
    expect(page(out, "/regions/kidal/").querySelector("title")!.text).toMatch(/^Kidal — Region — /);
    expect(second.querySelector("title")!.text).toMatch(/^Kidal — Place — Page 2 of 3 — /);
    expect(hrefs(second, ".pager ol a")).toEqual(["/places/kidal/", "/places/kidal/page/2/", "/places/kidal/page/3/"]);
    expect(second.querySelector('.pager [aria-current="page"]')!.text).toBe("2");
  });

  test("A–Z indexes with counts", () => {
    const places = page(out, "/places/");
    const items = places.querySelectorAll(".az-list li").map((li) => li.text.replace(/\s+/g, " ").trim());
    expect(items).toEqual(["Kidal 5 articles", "Ménaka 1 article (Menaka)", "Tessalit 2 articles"]);
    expect(hrefs(page(out, "/regions/"), ".az-list a")).toEqual(["/regions/kidal/", "/regions/menaka/"]);
    expect(hrefs(page(out, "/actors/"), ".az-list a")).toEqual(["/actors/jnim/", "/actors/malian-armed-forces/"]);
  });

  test("date archives, with a date-time landing in the month of the site timezone", () => {
    // 2024-02-29T23:30-05:00 is 1 March 04:30 in Bamako (UTC).
    expect(hrefs(page(out, "/archive/2024/03/"), "main article h2 a")).toEqual(["/articles/offset/", "/articles/escape/"]);
    expect(exists(out, "/archive/2024/02/")).toBe(false);
    expect(hrefs(page(out, "/archive/2024/"), "main article a[href^='/articles/']").length).toBe(4);
    // a year lists titles and dates; its months' pages show the cards
    const year = page(out, "/archive/2024/");
    expect(year.querySelectorAll("main article time").length).toBe(4);
    expect(year.querySelectorAll("main article .summary").length).toBe(0);
    expect(page(out, "/archive/2024/03/").querySelectorAll("main article .summary").length).toBeGreaterThan(0);
    const index = page(out, "/archive/");
    expect(hrefs(index, ".years h2 a")).toEqual(["/archive/2024/", "/archive/2023/", "/archive/2022/"]);
    expect(hrefs(index, ".months a")).toContain("/archive/2024/07/");
  });

  test("home lists the latest articles and links to the indexes", () => {
    const home = page(out, "/");
    expect(hrefs(home, "main article h3 a")).toEqual(["/articles/inafarak/", "/articles/sixty-bodies/"]);
    expect(hrefs(home, ".index-links a")).toEqual(["/places/", "/actors/", "/regions/", "/archive/"]);
  });

  test("drafts are left out of build", () => {
    expect(exists(out, "/articles/draft/")).toBe(false);
    expect(readFileSync(path.join(out, "archive/index.html"), "utf8")).not.toContain("Not yet");
  });

  test("titles and raw HTML are escaped everywhere", () => {
    const file = readFileSync(path.join(out, "articles/escape/index.html"), "utf8");
    expect(file).not.toContain("<script>alert");
    expect(file).not.toContain("<b>");
    const doc = page(out, "/articles/escape/");
    expect(doc.querySelector("h1")!.text).toBe(`<script>alert('x')</script> & "quotes" ]]>`);
    expect(doc.querySelector(".body p")!.text).toBe("Raw <b>html</b> and <script>alert(1)</script> here.");
    expect(doc.querySelector(".author")!.text).toBe("By </script><b>Bold</b>");
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld.headline).toBe(`<script>alert('x')</script> & "quotes" ]]>`);
    expect(readFileSync(path.join(out, "index.html"), "utf8")).not.toContain("<script>alert");
  });

  test("nothing is written outside --out but its hidden state folder (spare tree, memo)", () => {
    expect(readdirSync(dir).sort()).toEqual([".public-site.news-archive", "content", "public-site"]);
  });
});

describe("build options and failures", () => {
  const small = () =>
    writeTree({
      ...REGISTRIES,
      "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Kidal]\nread_also: [b]'),
      "content/articles/b.md": article('title: "B"\ndate: 2024-07-22\nregion: Kidal\ndraft: true'),
    });

  test("--drafts includes drafts; --path-prefix puts every internal link under the prefix", () => {
    const dir = small();
    const r = runCli(["build", "--drafts", "--path-prefix", "/news/", "--base-url", "https://x.org", "--quiet"], dir);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const out = path.join(dir, "_site");
    expect(exists(out, "/articles/b/")).toBe(true);
    for (const sitePath of ["/", "/articles/a/", "/places/kidal/", "/archive/2024/07/", "/places/"]) {
      const doc = page(out, sitePath);
      const links = [...hrefs(doc, "a[href]"), ...hrefs(doc, "link[href]")].filter((h) => !h.startsWith("#") && !h.startsWith("https://"));
      expect(links.length).toBeGreaterThan(3);
      for (const h of links) expect(h, `${sitePath}: ${h}`).toMatch(/^\/news\//);
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute("href")).toMatch(/^https:\/\/x\.org\/news\//);
    }
    expect(statSync(path.join(out, "assets/site.css")).isFile()).toBe(true);
  });

  test("content errors: exit 1, every diagnostic at once, previous output untouched", () => {
    const dir = small();
    expect(runCli(["build", "--drafts"], dir).code).toBe(0);
    const before = treeHash(path.join(dir, "_site"));
    writeTree(
      {
        "content/articles/a.md": article('title: "A"\ndate: 2024-02-30\nregion: Kidal'),
        "content/articles/c.md": article('title: 5\ndate: 2024-01-01\nregion: Kidal\nplcaes: [x]'),
      },
      dir,
    );
    const r = runCli(["build", "--drafts"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      `content/articles/a.md:3: date: "2024-02-30" is not a real date`,
      `content/articles/c.md:2: title: expected a non-empty string, got the number 5`,
      `content/articles/c.md:5: plcaes: unknown key; did you mean "places"?`,
      "news-archive: build failed; _site left as it was",
    ]);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(treeHash(path.join(dir, "_site"))).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["._site.news-archive", "_site", "content"]);
  });

  test("check validates drafts too: what serve and build --drafts would refuse, and what build would", () => {
    const dir = writeTree({
      ...REGISTRIES,
      "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal'),
      "content/articles/2025/a.md": article('title: "A again"\ndate: 2025-01-01\nregion: Kidal\ndraft: true'),
      "content/articles/d.md": article('title: "D"\ndate: 2024-07-26\nregion: Kidal\ndraft: true\nread_also: [no-such-article]'),
    });
    const r = runCli(["check"], dir);
    expect(r.code).toBe(1);
    // The first file in path order keeps a slug (SPEC §2): with the draft in, that is the draft.
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      `content/articles/a.md:1: slug: "a" is also the slug of content/articles/2025/a.md; set a different slug: in one of them`,
      `content/articles/d.md:6: read_also: "no-such-article" matches no article`,
    ]);
    expect(r.stdout).toBe("checked 3 articles: 2 errors, 0 warnings\n");
    // build leaves drafts out and has nothing to refuse.
    expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
  });

  test("a file that is not UTF-8: its own error, and references to it by slug or title are not 'no article'", () => {
    const dir = writeTree({
      ...REGISTRIES,
      "content/articles/a.md": Buffer.concat([Buffer.from(article('title: "Alpha"\ndate: 2024-07-23\nregion: Kidal')), Buffer.from("caf"), Buffer.from([0xe9]), Buffer.from("\n")]),
      "content/articles/b.md": article('title: "B"\ndate: 2024-07-24\nregion: Kidal\nread_also: [a]', "See [[Alpha]]."),
    });
    const r = runCli(["check"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("content/articles/a.md:7: is not UTF-8 text; save the file as UTF-8\n");
  });

  test("a registry that is not UTF-8: its own error, and no name is 'not in' it (nor is it a missing file)", () => {
    const dir = writeTree({
      "content/regions.yaml": "- name: Kidal\n",
      "content/places.yaml": Buffer.concat([Buffer.from("- name: Ga"), Buffer.from([0xe9]), Buffer.from("\n")]),
      "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Gao]'),
    });
    const r = runCli(["check"], dir);
    expect(r.stderr).toBe("content/places.yaml:1: is not UTF-8 text; save the file as UTF-8\n");
  });

  test("a link to a file outside the archive is refused, not published; a link inside it is read", () => {
    const outside = writeTree({ "secret.md": article('title: "Secret"\ndate: 2024-07-23\nregion: Kidal'), "elsewhere/x.md": article('title: "X"\ndate: 2024-07-23\nregion: Kidal') });
    const dir = writeTree({
      "content/regions.yaml": "- name: Kidal\n",
      "content/drafts/kept.md": article('title: "Kept"\ndate: 2024-07-23\nregion: Kidal'),
    });
    mkdirSync(path.join(dir, "content/articles"));
    symlinkSync(path.join(outside, "secret.md"), path.join(dir, "content/articles/leak.md"));
    symlinkSync(path.join(dir, "content/drafts/kept.md"), path.join(dir, "content/articles/kept.md"));
    const r = runCli(["check"], dir);
    expect(r.stderr).toBe(`content/articles/leak.md: links to ${realpathSync(path.join(outside, "secret.md"))}, outside the archive; news-archive reads only files inside the archive folder\n`);
    expect(r.stdout).toBe("checked 1 article: 1 error, 0 warnings\n");
    // build finds its links in the scan it runs beside the memo's load: refused there too.
    const built = runCli(["build", "--quiet", "--no-search"], dir);
    expect([built.code, built.stderr.split("\n")[0]]).toEqual([1, r.stderr.trimEnd()]);
    // The articles folder itself a link elsewhere: nothing of it is read.
    const other = writeTree({ "content/regions.yaml": "- name: Kidal\n" });
    symlinkSync(path.join(outside, "elsewhere"), path.join(other, "content/articles"));
    expect(runCli(["check"], other).stderr).toBe(`content/articles: links to ${realpathSync(path.join(outside, "elsewhere"))}, outside the archive; news-archive reads only files inside the archive folder\n`);
  });

  test("a link to a folder under articles/ is not entered, and says so: its articles are not left out unsaid", () => {
    const dir = writeTree({
      "content/regions.yaml": "- name: Kidal\n",
      "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal'),
      "content/more/b.md": article('title: "B"\ndate: 2024-07-24\nregion: Kidal'),
    });
    symlinkSync(path.join(dir, "content/more"), path.join(dir, "content/articles/more"));
    // Named like an article, a link to a folder is still a folder.
    symlinkSync(path.join(dir, "content/more"), path.join(dir, "content/articles/odd.md"));
    const told = (file: string, severity = "warning: ") =>
      `content/articles/${file}: ${severity}is a link to a folder, which is not followed: its articles are not read; move the folder itself under articles/, or link its files one by one`;
    const built = runCli(["build", "--quiet", "--no-search"], dir);
    expect([built.code, built.stderr]).toEqual([0, `${told("more")}\n${told("odd.md")}\n`]);
    expect(["a", "b"].map((slug) => existsSync(path.join(dir, "_site/articles", slug, "index.html")))).toEqual([true, false]);
    expect(runCli(["check"], dir).stdout).toBe("checked 1 article: 0 errors, 2 warnings\n");
    const strict = runCli(["build", "--quiet", "--no-search", "--strict"], dir);
    expect([strict.code, strict.stderr.split("\n")[0]]).toEqual([1, told("more", "")]);
  });

  test("a draft not yet valid (new without --region) is a warning to build, an error to check and build --drafts", () => {
    const dir = writeTree({
      ...REGISTRIES,
      "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal'),
      "content/articles/d.md": article('title: "D"\ndate: 2024-07-26\nregion:\ndraft: true'),
    });
    const problem = `content/articles/d.md:4: region: required key has no value; expected a region name (one string)`;
    const build = runCli(["build", "--quiet", "--no-search"], dir);
    expect(build.code).toBe(0);
    expect(build.stderr).toBe(`${problem.replace(": region:", ": warning: region:")} (a draft, left out of this build; serve and build --drafts stop at it)\n`);
    const strict = runCli(["build", "--quiet", "--no-search", "--strict"], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr.split("\n")[0]).toBe(`${problem} (a draft, left out of this build; --strict stops at it as at every warning)`);
    const drafts = runCli(["build", "--quiet", "--no-search", "--drafts"], dir);
    expect(drafts.code).toBe(1);
    expect(drafts.stderr.split("\n")[0]).toBe(problem);
    const check = runCli(["check"], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe(`${problem}\n`);
    // check validates the draft as serve would, with or without --strict
    expect(runCli(["check", "--strict"], dir).stderr).toBe(`${problem}\n`);
  });

  test("a first build that fails says nothing was written; one article is one", () => {
    const dir = writeTree({ ...REGISTRIES, "content/articles/a.md": article('title: "A"\ndate: 2024-02-30\nregion: Kidal') });
    expect(runCli(["build", "--no-search"], dir).stderr.split("\n").filter(Boolean).pop()).toBe("news-archive: build failed; _site not written");
    writeTree({ "content/articles/a.md": article('title: "A"\ndate: 2024-02-03\nregion: Kidal') }, dir);
    const built = runCli(["build", "--no-search"], dir).stdout;
    expect(built).toMatch(/^built \d+ pages from 1 article in /);
    expect(built).not.toContain("note:");
  });

  test("a build whose links name localhost says so", () => {
    const dir = writeTree({ ...REGISTRIES, "content/site.yaml": "title: Test desk\n", "content/articles/a.md": article('title: "A"\ndate: 2024-02-03\nregion: Kidal') });
    const built = runCli(["build", "--no-search"], dir).stdout;
    expect(built.split("\n")[1]).toBe("note: feeds, the sitemap and canonical links name http://localhost:8080; set base_url (site.yaml or --base-url) to the site's public address before deploying it");
    // written so in site.yaml, as the sample archive does, it is no public address either
    writeTree({ "content/site.yaml": "title: Test desk\nbase_url: http://127.0.0.1:8080\n" }, dir);
    expect(runCli(["build", "--no-search"], dir).stdout).toContain("note: feeds, the sitemap and canonical links name http://127.0.0.1:8080; set base_url");
    expect(runCli(["build", "--no-search", "--base-url", "https://example.org"], dir).stdout).not.toContain("note:");
    expect(runCli(["build", "--no-search", "--quiet"], dir).stdout).toBe("");
  });

  test("check tells a problem both runs see once, as build words it", () => {
    const dir = writeTree({
      ...REGISTRIES,
      "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal\nread_also: [abeibara]'),
      "content/articles/abeibar.md": article('title: "B"\ndate: 2024-07-24\nregion: Kidal'),
      "content/articles/abeibaro.md": article('title: "C"\ndate: 2024-07-25\nregion: Kidal\ndraft: true'),
    });
    const expected = `content/articles/a.md:5: read_also: "abeibara" matches no article; did you mean "abeibar"?\n`;
    expect(runCli(["build", "--quiet", "--no-search"], dir).stderr).toBe(`${expected}news-archive: build failed; _site not written\n`);
    const r = runCli(["check"], dir);
    expect(r.stderr).toBe(expected);
    expect(r.stdout).toBe("checked 3 articles: 1 error, 0 warnings\n");
  });

  test("check validates without building; --strict turns warnings into errors", () => {
    const dir = writeTree({ ...REGISTRIES, "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Kidall]') });
    const ok = runCli(["check"], dir);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe(`content/articles/a.md:5: warning: places: "Kidall" is not in content/places.yaml; did you mean "Kidal"?\n`);
    expect(ok.stdout).toBe("checked 1 article: 0 errors, 1 warning\n");
    expect(runCli(["check", "--strict"], dir).code).toBe(1);
    expect(readdirSync(dir)).toEqual(["content"]);
  });

  test.each([
    [["build", "--bogus"], /^news-archive: unknown option --bogus\n/],
    [["publish"], /unknown command "publish"/],
    [[], /no command given/],
    [["build", "--content", "missing"], /--content missing: no such folder/],
    // one level too deep: built, it would have replaced the site with an empty one
    [["build", "--content", "content/articles"], /--content content\/articles: not an archive: it has no articles\/ folder, site.yaml or registry; --content names the folder that holds them/],
    [["check", "--content", "content/articles"], /--content content\/articles: not an archive/],
    [["serve", "--content", "content/articles"], /--content content\/articles: not an archive/],
    [["build", "--out", "."], /is the working folder|holds the archive folder/],
    [["build", "--out", "content"], /holds the archive folder|is inside the archive folder/],
    [["build", "--out", "content/articles"], /is inside the archive folder/],
    [["build", "--out", "/"], /root of the file system/],
    [["build", "--path-prefix", "a b"], /--path-prefix "a b" is not a URL path such as \/news\//],
    [["build", "--base-url", "ftp://x"], /--base-url "ftp:\/\/x" is not an absolute http\(s\) URL/],
    [["serve", "--base-url", "localhost"], /--base-url "localhost" is not an absolute http\(s\) URL/],
    [["build", "--base-url", "https://x.org/a%20b/"], /--base-url "https:\/\/x.org\/a%20b\/": its path "\/a%20b\/" is not a URL path such as \/news\//],
  ])("usage error %j exits 2", (args, message) => {
    const dir = small();
    const r = runCli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test("--version prints the package's version", () => {
    const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(runCli(["--version"], small())).toEqual({ code: 0, stdout: `news-archive ${version}\n`, stderr: "" });
  });

  test("a folder news-archive did not build is never replaced", () => {
    const dir = small();
    writeTree({ "precious/notes.txt": "keep me" }, dir);
    const r = runCli(["build", "--out", "precious"], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, "precious/notes.txt"), "utf8")).toBe("keep me");
  });
});
