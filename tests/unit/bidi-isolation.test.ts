// Which names and titles are isolated from the text around them, and how.
import { describe, expect, test } from "vitest";
import { html } from "../../src/render/html.ts";
import { isolate, isolateText, needsIsolation } from "../../src/render/bidi-isolation.ts";

describe("needsIsolation", () => {
  test.each([
    ["Kidal", "ltr", false],
    ["Ménaka", "ltr", false],
    ["Москва", "ltr", false],
    ["中国", "ltr", false],
    ["2024", "ltr", false],
    ["(1) — «»", "ltr", false],
    ["تين زاواتين", "ltr", true],
    ["Tin Zaouatene (تين زاواتين)", "ltr", true],
    ["תל אביב", "ltr", true],
    ["ދިވެހި", "ltr", true],
    // Arabic-Indic digits and the Arabic comma and question mark are not letters: weak, neutral
    ["٢٠٢٤", "ltr", false],
    ["، ؟", "ltr", false],
    // a right-to-left mark is as strong as a letter
    ["Kidal\u200F", "ltr", true],
    ["Kidal\u061C", "ltr", true],
    ["تين زاواتين", "rtl", false],
    ["كيدال ٢٠٢٤", "rtl", false],
    ["Kidal", "rtl", true],
    ["كيدال (Kidal)", "rtl", true],
    ["كيدال\u200E", "rtl", true],
    ["2024", "rtl", false],
    // bidi controls, even balanced, act on the text around: isolated whichever the direction
    ["\u202EKidal\u202C", "ltr", true],
    ["\u2067كيدال\u2069", "rtl", true],
    ["Kidal\u2066", "ltr", true],
  ] as const)("%j in %s text: %s", (text, around, expected) => {
    expect(needsIsolation(text, around)).toBe(expected);
  });
});

describe("isolate, for markup", () => {
  test.each([
    ["Kidal", "ltr", undefined, "Kidal"],
    ["تين زاواتين", "ltr", undefined, "<bdi>تين زاواتين</bdi>"],
    ["Army & تين", "ltr", undefined, "<bdi>Army &amp; تين</bdi>"],
    ["تين زاواتين: 12 killed", "ltr", "ltr", '<bdi dir="ltr">تين زاواتين: 12 killed</bdi>'],
    ["Kidal", "rtl", undefined, "<bdi>Kidal</bdi>"],
    ["كيدال", "rtl", undefined, "كيدال"],
  ] as const)("%j in %s text, its own direction %s: %s", (text, around, own, expected) => {
    expect(html`${isolate(text, around, own)}`.value).toBe(expected);
  });
});

describe("isolateText, for plain text", () => {
  test.each([
    ["Kidal", "ltr", undefined, "Kidal"],
    ["تين زاواتين", "ltr", undefined, "\u2068تين زاواتين\u2069"],
    ["تين زاواتين", "ltr", "rtl", "\u2067تين زاواتين\u2069"],
    ["Kidal (2024)", "rtl", "ltr", "\u2066Kidal (2024)\u2069"],
    ["كيدال", "rtl", undefined, "كيدال"],
  ] as const)("%j in %s text, its own direction %s: %j", (text, around, own, expected) => {
    expect(isolateText(text, around, own)).toBe(expected);
  });
});
