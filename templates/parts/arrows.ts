// The arrows of "← Previous" and "Next →" point the way the page reads. The bidi algorithm
// mirrors brackets in right-to-left text, never arrows: a right-to-left page gets them swapped.
import type { Direction } from "../../src/model/language-direction.ts";

const LTR = { back: "←", forward: "→" } as const;
const RTL = { back: "→", forward: "←" } as const;

export function arrows(dir: Direction): { back: string; forward: string } {
  return dir === "rtl" ? RTL : LTR;
}
