import { describe, expect, test } from "vitest";
import { fixQuotes } from "../../src/content/quotes.ts";

describe("quotation marks mangled by translation are repaired", () => {
  test.each([
    ["reversed marks with inner spaces", "presents it as a ” very important crossroads “, then", "presents it as a “very important crossroads”, then"],
    ["a run of reversed pairs", "a ” crossroads “, “ subject ” to ” traffic “, and used", "a “crossroads”, “subject” to “traffic”, and used"],
    ["a guillemet closing the paragraph", "used by the ” mafia coalition of armed groups. »", "used by the “mafia coalition of armed groups.”"],
    ["a closing mark glued to the next word", "saying: ” We had one checkpoint. “And to recall", "saying: “We had one checkpoint.” And to recall"],
    [
      "a lost opening mark goes to the start of its sentence",
      "It stopped in Boughessa. The next stop is Tinzaouaten “, predicts a notable. And to comment: ” The army occupies the ground. »",
      "It stopped in Boughessa. “The next stop is Tinzaouaten”, predicts a notable. And to comment: “The army occupies the ground.”",
    ],
    ["a lost opening mark at the paragraph start", "Nothing will change “, he said.", "“Nothing will change”, he said."],
    ["space before punctuation after a closing mark", "the “ word ” , then", "the “word”, then"],
  ])("%s", (_name, input, expected) => {
    const fixed = fixQuotes(input);
    expect(fixed.text).toBe(expected);
    expect(fixed.changed).toBe(true);
    expect(fixed.unbalanced).toBe(false);
  });

  test("only a lost opening mark is reported as added", () => {
    expect(fixQuotes("Nothing will change “, he said.").addedOpening).toBe(true);
    expect(fixQuotes("a ” crossroads “, then").addedOpening).toBe(false);
  });
});

describe("consistent or unpairable marks are left exactly as they are", () => {
  test.each([
    ["no marks", "The army arrived in Kidal."],
    ["English marks, well placed", "the “African Corps” controlled by Moscow"],
    ["French guillemets with their spaces", "il a dit « nous sommes là » hier"],
    ["French guillemets with narrow no-break spaces", "il a dit «\u202fnous sommes là\u202f» hier"],
    ["apostrophes are not quotation marks", "it doesn’t even need to fight"],
    ["straight quotes are not touched", 'he said "no" twice'],
  ])("%s", (_name, input) => {
    expect(fixQuotes(input)).toEqual({ text: input, changed: false, addedOpening: false, unbalanced: false });
  });

  test.each([
    ["an opening mark never closed", "he said “ we will come back and left"],
    ["two quotations opened in a row", "(“ one (“ two"],
    ["a lost opening mark with no sentence to start", "“a” b c ” , d"],
    ["two lost opening marks", "One “, he said. Two “, she said."],
  ])("%s: unbalanced, unchanged", (_name, input) => {
    expect(fixQuotes(input)).toEqual({ text: input, changed: false, addedOpening: false, unbalanced: true });
  });
});
