// Direction controls left open, or closing nothing, in a title or a name: mended and told.
import { describe, expect, test } from "vitest";
import { balanceBidiControls, bidiControlsMessage } from "../../src/content/bidi-controls.ts";

const [LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI] = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

describe("balanceBidiControls", () => {
  test.each([
    ["no controls", "Kidal", undefined],
    ["marks are not controls", "Kidal\u200F", undefined],
    ["a closed override", `${RLO}Kidal${PDF}`, undefined],
    ["a closed isolate", `${RLI}كيدال${PDI} Kidal`, undefined],
    ["nested, closed", `${LRE}a${RLI}b${PDI}c${PDF}`, undefined],
    // X6a: a PDI closes the embeddings opened inside its isolate
    ["an embedding closed by its isolate's PDI", `${FSI}a${RLE}b${PDI}`, undefined],
    ["an open override", `${RLO}Kidal`, { text: `${RLO}Kidal${PDF}`, unclosed: ["U+202E RIGHT-TO-LEFT OVERRIDE"], stray: [] }],
    ["an open isolate", `Kidal ${RLI}كيدال`, { text: `Kidal ${RLI}كيدال${PDI}`, unclosed: ["U+2067 RIGHT-TO-LEFT ISOLATE"], stray: [] }],
    ["two open, closed innermost first", `${LRI}a${LRO}b`, { text: `${LRI}a${LRO}b${PDF}${PDI}`, unclosed: ["U+2066 LEFT-TO-RIGHT ISOLATE", "U+202D LEFT-TO-RIGHT OVERRIDE"], stray: [] }],
    ["a stray PDF", `Kidal${PDF}`, { text: "Kidal", unclosed: [], stray: ["U+202C POP DIRECTIONAL FORMATTING"] }],
    ["a stray PDI", `${PDI}Kidal`, { text: "Kidal", unclosed: [], stray: ["U+2069 POP DIRECTIONAL ISOLATE"] }],
    // X7: a PDF does not close an embedding outside the isolate it is in
    ["a PDF inside an isolate, its embedding outside", `${RLE}a${FSI}b${PDF}${PDI}`, { text: `${RLE}a${FSI}b${PDI}${PDF}`, unclosed: ["U+202B RIGHT-TO-LEFT EMBEDDING"], stray: ["U+202C POP DIRECTIONAL FORMATTING"] }],
  ])("%s", (_name, text, expected) => {
    expect(balanceBidiControls(text)).toEqual(expected);
  });
});

describe("bidiControlsMessage", () => {
  test.each([
    [
      `${RLO}Kidal`,
      "it holds a U+202E RIGHT-TO-LEFT OVERRIDE never closed; pages and feeds close it where the text ends",
      "close each where the text it turns ends (U+202C after an embedding or override, U+2069 after an isolate), or delete it: left open, it would reorder the text shown after it",
    ],
    [`Kidal${PDF}${PDI}`, "it holds 2 direction controls (U+202C POP DIRECTIONAL FORMATTING, U+2069 POP DIRECTIONAL ISOLATE) with nothing to close; pages and feeds leave them out", "delete it"],
    [
      `${PDF}${RLO}a`,
      "it holds a U+202E RIGHT-TO-LEFT OVERRIDE never closed; pages and feeds close it where the text ends, and a U+202C POP DIRECTIONAL FORMATTING with nothing to close; pages and feeds leave it out",
      "close each where the text it turns ends (U+202C after an embedding or override, U+2069 after an isolate), or delete it: left open, it would reorder the text shown after it",
    ],
  ])("%j", (text, message, hint) => {
    expect(bidiControlsMessage(balanceBidiControls(text)!, "it")).toEqual({ message, hint });
  });
});
