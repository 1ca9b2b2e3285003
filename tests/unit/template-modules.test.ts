import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-root.ts";
import { TEMPLATE_MODULES } from "../../src/outputs/template-modules.ts";
import { loadTemplates } from "../../src/outputs/render-site.ts";

describe("template modules", () => {
  it("lists every .11ty.ts file in templates/, and nothing else", () => {
    const files = readdirSync(path.join(PACKAGE_ROOT, "templates")).filter((f) => f.endsWith(".11ty.ts")).sort();
    expect(Object.keys(TEMPLATE_MODULES).sort()).toEqual(files);
  });

  it("gives each view key one template", () => {
    expect([...loadTemplates().keys()].sort()).toEqual(
      Object.values(TEMPLATE_MODULES).map((m) => m.data.pagination.data.replace(/^views\./, "")).sort(),
    );
  });

  it("finds the package root from a source file", () => {
    expect(readdirSync(PACKAGE_ROOT)).toEqual(expect.arrayContaining(["package.json", "templates", "src"]));
  });
});
