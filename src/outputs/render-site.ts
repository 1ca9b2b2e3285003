// render + write: every view through its template module, straight to files.
//
// Templates are Eleventy `.11ty.ts` modules (data.pagination over `views.<key>`, permalink,
// render), and `.eleventy.ts` still renders them with Eleventy. The build calls the same
// modules directly: at 10,000 articles Eleventy's own loop took 16 s and 1 GB over the
// pipeline for 16,700 pages, this writer a fraction of that (see README, Performance).
import { readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";
import { TEMPLATE_MODULES, type TemplateModule } from "./template-modules.ts";
import type { SiteViews } from "../views/types.ts";
import type { SitePlans } from "../views/site-views.ts";
import type { PagePlan } from "../views/page-plan.ts";
import type { FileSource, OutputFile } from "./publish.ts";
import type { StaticFile } from "../content/static-files.ts";

export { PACKAGE_ROOT };
const PUBLIC = path.join(PACKAGE_ROOT, "public");

export interface RenderedPage extends OutputFile {
  content: string;
}

let templateCache: Map<string, TemplateModule> | undefined;

/** Each template module, by the view key it paginates over (`views.article` → `article`). */
export function loadTemplates(): Map<string, TemplateModule> {
  if (templateCache) return templateCache;
  const modules = new Map<string, TemplateModule>();
  for (const mod of Object.values(TEMPLATE_MODULES)) {
    const key = mod.data.pagination.data.replace(/^views\./, "");
    if (modules.has(key)) throw new Error(`two templates render views.${key}`);
    modules.set(key, mod);
  }
  templateCache = modules;
  return modules;
}

/** Every page of the site as text, in a stable order. Pure apart from loading the templates. */
export async function* renderPages(views: SiteViews): AsyncGenerator<RenderedPage> {
  const templates = loadTemplates();
  for (const [key, list] of Object.entries(views) as [string, unknown[]][]) {
    const template = templateFor(templates, key);
    for (const view of list) {
      const data = { view: view as never };
      yield { path: template.data.permalink(data), content: template.render(data) };
    }
  }
}

/**
 * Every page as a file to publish: its path, its fingerprint, and how to render it. The
 * publisher calls `content` only for pages whose fingerprint it has not seen: the view is
 * built then, rendered, and let go, so no build holds every view at once.
 */
export function* pageFiles(plans: SitePlans): Generator<OutputFile> {
  const templates = loadTemplates();
  for (const [key, list] of Object.entries(plans) as [string, PagePlan<unknown>[]][]) {
    const template = templateFor(templates, key);
    for (const plan of list) {
      const content = () => {
        const data = { view: plan.view() as never };
        const path = template.data.permalink(data);
        if (path !== plan.outputPath) throw new Error(`the plan of ${path} says ${plan.outputPath}`);
        return template.render(data);
      };
      yield { path: plan.outputPath, fingerprint: plan.fingerprint, content };
    }
  }
}

/**
 * Renders, and lets go, the first page of each template and of each folder it writes to (so
 * the first page of a region, a place and an actor too: maps, timelines, entity feeds).
 * `serve` runs it once, when its site is up: the editor's first save then does not also pay
 * for the renderers' first runs and the map outlines (~0.5 s of the first rebuild at 10k).
 * Returns how many pages it rendered.
 */
export function warmUp(plans: SitePlans): number {
  const templates = loadTemplates();
  let rendered = 0;
  for (const [key, list] of Object.entries(plans) as [string, PagePlan<unknown>[]][]) {
    const template = templateFor(templates, key);
    const firsts = new Map<string, PagePlan<unknown>>();
    for (const plan of list) {
      const folder = plan.outputPath.slice(0, plan.outputPath.indexOf("/") + 1);
      if (!firsts.has(folder)) firsts.set(folder, plan);
    }
    for (const plan of firsts.values()) {
      template.render({ view: plan.view() as never });
      rendered++;
    }
  }
  return rendered;
}

function templateFor(templates: Map<string, TemplateModule>, key: string): TemplateModule {
  const template = templates.get(key);
  if (!template) throw new Error(`no template renders views.${key}`);
  return template;
}

/** Every file of the site: public/ as is, then every page, the archive's static files, then
 * `extra` (the search index), all through the one publisher, so a build that fails in any of
 * them leaves no part behind. The pages are a plain (synchronous) sequence: 17,600 of them
 * through async generators cost ~50 ms of promise turns. */
export function siteFiles(plans: SitePlans, statics: readonly StaticFile[], extra?: AsyncIterable<OutputFile>): FileSource[] {
  return [publicFiles(), pageFiles(plans), staticFiles(statics), ...(extra ? [extra] : [])];
}

/** The archive's static files, each read only if neither tree has it with the same stamp. */
function* staticFiles(statics: readonly StaticFile[]): Generator<OutputFile> {
  for (const file of statics) yield { path: file.path, fingerprint: `static ${file.stamp}`, content: () => readFileSync(file.abs) };
}

async function* publicFiles(): AsyncGenerator<OutputFile> {
  for (const rel of (await readdir(PUBLIC, { recursive: true })).sort()) {
    const abs = path.join(PUBLIC, rel);
    if ((await stat(abs)).isFile()) yield { path: rel.split(path.sep).join("/"), content: await readFile(abs) };
  }
}
