// The one schema of article front matter (SPEC §2). Types come from it; messages from EXPECTED.
import { z } from "zod";

/** "a single string is taken as a one-item list" (SPEC §2). */
const stringList = z.union([z.string().transform((s) => [s]), z.array(z.string())]);

export const frontMatterShape = {
  title: z.string().trim().min(1),
  date: z.string(),
  region: z.string().trim().min(1),
  places: stringList.optional(),
  actors: stringList.optional(),
  read_also: stringList.optional(),
  summary: z.string().optional(),
  updated: z.string().optional(),
  slug: z.string().optional(),
  author: z.string().optional(),
  source: z.string().optional(),
  source_url: z.string().optional(),
  lang: z.string().optional(),
  draft: z.boolean().optional(),
  image: z.string().optional(),
  image_alt: z.string().optional(),
  image_caption: z.string().optional(),
} as const;

export const frontMatterSchema = z.strictObject(frontMatterShape);
export type FrontMatter = z.output<typeof frontMatterSchema>;
export type FrontMatterKey = keyof typeof frontMatterShape;

export const REQUIRED_KEYS: readonly FrontMatterKey[] = ["title", "date", "region"];

export const EXPECTED: Record<FrontMatterKey, string> = {
  title: "a non-empty string",
  date: "a date (YYYY-MM-DD) or an ISO 8601 date-time with offset",
  region: "a region name (one string)",
  places: "a list of place names",
  actors: "a list of actor names",
  read_also: "a list of article titles or slugs",
  summary: "a string",
  updated: "a date (YYYY-MM-DD) or an ISO 8601 date-time with offset",
  slug: "a slug of a-z, 0-9 and dashes",
  author: "a string",
  source: "a string",
  source_url: "an absolute URL",
  lang: "a BCP 47 language tag such as en or fr",
  draft: "true or false",
  image: "a path from the site's root such as /images/kidal.jpg (a file under static/), or an https:// address",
  image_alt: "a string saying what the picture shows",
  image_caption: "a string",
};
