// Filling a dictionary string's {placeholders}: as text, or as markup with the words escaped.
import { describe, expect, test } from "vitest";
import { html } from "../../src/render/html.ts";
import { fill, fillHtml } from "../../src/render/i18n/fill.ts";

describe("fill", () => {
  test.each([
    ["Source : {name}", { name: "RFI" }, "Source : RFI"],
    ["{kind} : {name}", { kind: "Lieu", name: "Kidal" }, "Lieu : Kidal"],
    ["no placeholder", {}, "no placeholder"],
    ["{a}{a}", { a: "x" }, "xx"],
  ])("%j with %j → %j", (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });

  test.each([
    ["Source : {name}", { name: "AT&T <x>" }, "Source : AT&amp;T &lt;x&gt;"],
    ["Source : {name}", { name: html`<a href="/x">RFI</a>` }, 'Source : <a href="/x">RFI</a>'],
    ["R&D : {name}", { name: "x" }, "R&amp;D : x"],
  ])("as markup: %j with %j → %j", (template, values, expected) => {
    expect(fillHtml(template, values).value).toBe(expected);
  });

  test("a placeholder without a value is an error, not a blank", () => {
    expect(() => fill("Source : {name}", {})).toThrow('no value for {name} in "Source : {name}"');
  });
});
