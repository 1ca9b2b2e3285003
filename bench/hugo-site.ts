// The same synthetic archive as a minimal Hugo site with equivalent taxonomy pages
// (places, actors, regions, each term paginated by 20), for `npm run bench` to compare.
// No related-content section: Hugo 0.111 takes minutes over it at 10,000 pages (measured
// 242 s with it, against ~20 s without), which would flatter our ratio.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export function writeHugoSite(content: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  const layouts = path.join(site, "layouts/_default");
  mkdirSync(layouts, { recursive: true });
  writeFileSync(
    path.join(site, "hugo.toml"),
    `baseURL = "https://bench.example.org/"\ntitle = "Hugo bench"\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "404"]\n[pagination]\n  pagerSize = 20\n[taxonomies]\n  place = "places"\n  actor = "actors"\n  region = "regions"\n[related]\n  threshold = 20\n  includeNewer = true\n  toLower = true\n  [[related.indices]]\n    name = "places"\n    weight = 3\n  [[related.indices]]\n    name = "actors"\n    weight = 2\n  [[related.indices]]\n    name = "regions"\n    weight = 1\n`,
  );
  const base = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><header><a href="/">Home</a> <a href="/places/">Places</a> <a href="/actors/">Actors</a> <a href="/regions/">Regions</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>`;
  writeFileSync(path.join(layouts, "baseof.html"), base);
  writeFileSync(
    path.join(layouts, "single.html"),
    `{{ define "main" }}<article><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> {{ .ReadingTime }} min
{{ range .GetTerms "regions" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ range .GetTerms "places" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ range .GetTerms "actors" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ .Content }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</article>{{ end }}`,
  );
  writeFileSync(
    path.join(layouts, "list.html"),
    `{{ define "main" }}<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><time>{{ .Date.Format "2 Jan 2006" }}</time><p>{{ .Summary | plainify | truncate 200 }}</p></article>{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}`,
  );
  writeFileSync(path.join(layouts, "terms.html"), `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}`);

  const articles = path.join(content, "articles");
  for (const rel of readdirSync(articles, { recursive: true }).map(String).filter((f) => f.endsWith(".md"))) {
    const text = readFileSync(path.join(articles, rel), "utf8");
    // Hugo taxonomies are lists; wikilinks are left as text (Hugo has no equivalent).
    const converted = text.replace(/^region: (.*)$/m, "regions: [$1]").replace(/^places: /m, "places: ").replace(/^read_also: .*$/m, "");
    const target = path.join(site, "content/articles", rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, converted);
  }
}
