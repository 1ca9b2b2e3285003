import { describe, expect, test } from "vitest";
import { makeArticleSlug, makeEntitySlug, matchKey, slugForm } from "../../src/model/slug.ts";

describe("slug form", () => {
  test.each([
    ["Ménaka", "menaka"],
    ["MENAKA", "menaka"],
    ["Mali: Kidal, a small town and an immense symbol", "mali-kidal-a-small-town-and-an-immense-symbol"],
    ["FAMa", "fama"],
    ["CSP-DPA", "csp-dpa"],
    ["Tin Zaouatene", "tin-zaouatene"],
    ["Москва", "moskva"],
    ["Œuvre", "oeuvre"],
    ["Jama'at Nusrat al-Islam", "jama-at-nusrat-al-islam"],
    ["  spaced  out  ", "spaced-out"],
    ["!!!", ""],
    ["中国", ""],
  ])("%s → %s", (text, slug) => {
    expect(slugForm(text)).toBe(slug);
  });
});

describe("match keys", () => {
  test.each([
    ["menaka", "Ménaka", true],
    ["Fama", "FAMa", true],
    ["malian army", "Malian Army", true],
    ["Kidal", "Kidall", false],
    ["中国", "中国", true],
    ["中国", "日本", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(matchKey(a) === matchKey(b)).toBe(same);
  });
});

describe("entity slugs", () => {
  test("a name slugify cannot transliterate gets a stable, distinct slug", () => {
    const a = makeEntitySlug("中国");
    expect(a).toMatch(/^x-[0-9a-f]{10}$/);
    expect(makeEntitySlug("中国")).toBe(a);
    expect(makeEntitySlug("日本")).not.toBe(a);
    expect(makeEntitySlug("!!!")).not.toBe(a);
  });

  test("article slugs are made only from checked text", () => {
    expect(makeArticleSlug("kidal-2024")).toBe("kidal-2024");
    expect(() => makeArticleSlug("Kidal")).toThrow();
    // SPEC §2: [a-z0-9-]+, dashes as the editor wrote them.
    expect(makeArticleSlug("a--b")).toBe("a--b");
    expect(() => makeArticleSlug("a_b")).toThrow();
    expect(() => makeArticleSlug("")).toThrow();
  });
});
