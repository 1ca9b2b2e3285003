#!/usr/bin/env node
// The installed command: registers tsx so the TypeScript sources (and Eleventy's .11ty.ts
// templates and .eleventy.ts config) load directly, then hands over to the CLI.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), process.cwd());
