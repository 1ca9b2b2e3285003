// site.yaml: every key optional, defaults from SPEC §1; CLI flags override after validation.
import { IANAZone } from "luxon";
import { z } from "zod";
import { error, warning, type Diagnostic, type Result } from "../model/diagnostic.ts";
import { describeValue, didYouMean, keyText } from "./describe.ts";
import type { ParsedYaml } from "./yaml.ts";

export const siteSchema = z.strictObject({
  title: z.string().min(1).optional(),
  description: z.string().optional(),
  base_url: z.string().optional(),
  path_prefix: z.string().optional(),
  language: z.string().optional(),
  timezone: z.string().optional(),
  page_size: z.number().int().positive().optional(),
  feed_size: z.number().int().positive().optional(),
  allow_html: z.boolean().optional(),
  stylesheets: z.array(z.string()).optional(),
});

export interface SiteConfig {
  title: string;
  description: string;
  /** Origin without trailing slash, e.g. `https://example.org`. */
  baseUrl: string;
  /** Always starts and ends with `/`. */
  pathPrefix: string;
  language: string;
  timezone: string;
  pageSize: number;
  /** Entries in each feed (the newest). */
  feedSize: number;
  allowHtml: boolean;
  /** The site's own stylesheets, linked by every page after news-archive's (so their rules
   *  win): paths from the site's root (a file under static/) or https:// addresses, as written. */
  stylesheets: string[];
}

export const DEFAULT_SITE: SiteConfig = {
  title: "News archive",
  description: "",
  baseUrl: "http://localhost:8080",
  pathPrefix: "/",
  language: "en",
  timezone: "UTC",
  pageSize: 20,
  feedSize: 20,
  allowHtml: false,
  stylesheets: [],
};

const EXPECTED: Record<string, string> = {
  title: "a non-empty string",
  description: "a string",
  base_url: "an absolute URL such as https://example.org",
  path_prefix: "a path such as /news/",
  language: "a BCP 47 language tag such as en or fr",
  timezone: "an IANA time zone such as Africa/Bamako",
  page_size: "a whole number above 0",
  feed_size: "a whole number above 0",
  allow_html: "true or false",
  stylesheets: "a list of stylesheets, each a path from the site's root such as /brand.css or an https:// address",
};

/** The names of this machine in a URL: an origin with one of them is for serving, not publishing. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

export interface SiteOverrides {
  pathPrefix?: string | undefined;
  baseUrl?: string | undefined;
  /** serve's own origin (http://localhost:PORT): the base URL's origin when neither --base-url
   *  nor base_url gives a public one, so its feeds and canonical links point at the server it runs. */
  localOrigin?: string | undefined;
}

export function validateSite(file: string, parsed: ParsedYaml | undefined, overrides: SiteOverrides = {}): Result<SiteConfig> {
  const diagnostics: Diagnostic[] = [];
  const raw = parsed?.value ?? {};
  const lineOf = (key: string) => parsed?.lines.get(key);
  let data: z.infer<typeof siteSchema> = {};
  if (parsed && parsed.errors.length > 0) {
    for (const e of parsed.errors) diagnostics.push(error("yaml-syntax", file, e.line, undefined, `YAML: ${e.message}`));
  } else if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    diagnostics.push(error("wrong-type", file, 1, undefined, `expected a mapping of settings, got ${describeValue(raw)}`));
  } else {
    const result = siteSchema.safeParse(raw);
    if (result.success) data = result.data;
    else {
      for (const issue of result.error.issues) {
        if (issue.code === "unrecognized_keys") {
          for (const key of issue.keys) {
            diagnostics.push(warning("unknown-key", file, lineOf(key), keyText(key), "unknown key", didYouMean(key, Object.keys(EXPECTED))));
          }
          continue;
        }
        const key = String(issue.path[0]);
        const value = (raw as Record<string, unknown>)[key];
        diagnostics.push(error("wrong-type", file, lineOf(key), key, `expected ${EXPECTED[key]}, got ${describeValue(value)}`));
      }
      // Keep the keys that were right so one bad key does not hide the others' checks.
      const partial = siteSchema.partial().safeParse(
        Object.fromEntries(Object.entries(raw).filter(([k, v]) => k in EXPECTED && siteSchema.shape[k as keyof typeof siteSchema.shape].safeParse(v).success)),
      );
      if (partial.success) data = partial.data;
    }
  }

  const site: SiteConfig = {
    title: data.title ?? DEFAULT_SITE.title,
    description: data.description ?? DEFAULT_SITE.description,
    baseUrl: DEFAULT_SITE.baseUrl,
    pathPrefix: DEFAULT_SITE.pathPrefix,
    language: data.language ?? DEFAULT_SITE.language,
    timezone: data.timezone ?? DEFAULT_SITE.timezone,
    pageSize: data.page_size ?? DEFAULT_SITE.pageSize,
    feedSize: data.feed_size ?? DEFAULT_SITE.feedSize,
    allowHtml: data.allow_html ?? DEFAULT_SITE.allowHtml,
    stylesheets: [],
  };
  (data.stylesheets ?? []).forEach((sheet, i) => {
    if (isSiteAddress(sheet)) site.stylesheets.push(sheet);
    else diagnostics.push(error("bad-value", file, lineOf("stylesheets"), "stylesheets", `item ${i + 1}, ${JSON.stringify(sheet)}, is neither a path from the site's root nor an https:// address`, "write /brand.css for static/brand.css"));
  });

  // serve names itself when site.yaml names no public address: none, or a local one written for
  // serving (the sample's localhost:8080), which a --port or a taken port makes wrong. Its path
  // still gives the prefix.
  const written = data.base_url === undefined ? undefined : parseOrigin(data.base_url);
  const localOnly = data.base_url === undefined || (written !== undefined && LOOPBACK_HOSTS.has(written.hostname));
  const baseUrl = overrides.baseUrl ?? (overrides.localOrigin && localOnly ? `${overrides.localOrigin}${written?.pathname ?? ""}` : data.base_url);
  let prefixFromBase: string | undefined;
  if (baseUrl !== undefined) {
    const origin = parseOrigin(baseUrl);
    if (origin === undefined) {
      const where = overrides.baseUrl !== undefined ? ["--base-url", undefined] as const : [file, lineOf("base_url")] as const;
      diagnostics.push(error("bad-value", where[0], where[1], "base_url", `${JSON.stringify(baseUrl)} is not an absolute http(s) URL`));
    } else {
      site.baseUrl = origin.origin;
      // Hugo users write the prefix into baseURL (https://me.github.io/repo/): honour it.
      if (origin.pathname !== "/") prefixFromBase = origin.pathname;
    }
  }
  const prefix = overrides.pathPrefix ?? data.path_prefix ?? prefixFromBase;
  if (prefix !== undefined) {
    const normal = normalizePrefix(prefix);
    if (normal === undefined) {
      const fromBase = overrides.pathPrefix === undefined && data.path_prefix === undefined;
      const where = overrides.pathPrefix !== undefined ? ["--path-prefix", undefined] as const : [file, lineOf(fromBase ? "base_url" : "path_prefix")] as const;
      const what = fromBase ? `the path of base_url, ${JSON.stringify(prefix)},` : JSON.stringify(prefix);
      diagnostics.push(error("bad-value", where[0], where[1], fromBase ? "base_url" : "path_prefix", `${what} is not a URL path such as /news/`));
    } else site.pathPrefix = normal;
  }
  if (!IANAZone.isValidZone(site.timezone)) {
    diagnostics.push(error("bad-value", file, lineOf("timezone"), "timezone", `${JSON.stringify(site.timezone)} is not an IANA time zone`, "e.g. Africa/Bamako or UTC"));
    site.timezone = DEFAULT_SITE.timezone;
  }
  if (!LANGUAGE_TAG.test(site.language)) {
    diagnostics.push(error("bad-value", file, lineOf("language"), "language", `${JSON.stringify(site.language)} is not a BCP 47 language tag`));
    site.language = DEFAULT_SITE.language;
  }
  return { value: site, diagnostics };
}

/** What an editor may name a stylesheet or a picture by: a path from the site's root, `/brand.css`
 *  (not `//host/…`, which is another site), or an https:// address. */
export function isSiteAddress(text: string): boolean {
  if (text.startsWith("/")) return !text.startsWith("//") && !/\s/.test(text);
  return parseOrigin(text)?.protocol === "https:";
}

export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export function parseOrigin(text: string): URL | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return url;
  } catch {
    return undefined;
  }
}

export function normalizePrefix(prefix: string): string | undefined {
  const trimmed = prefix.trim();
  if (!/^\/?[A-Za-z0-9._~\-/]*$/.test(trimmed) || trimmed.includes("..")) return undefined;
  const parts = trimmed.split("/").filter((p) => p !== "");
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}
