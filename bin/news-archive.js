#!/usr/bin/env node
// The installed command: runs the CLI compiled into a few modules (bin/compiled-cli.js), or, if
// that cannot be made, registers tsx so the TypeScript sources load directly.
import { compiledCli } from "./compiled-cli.js";

let cli = await compiledCli();
if (!cli) {
  const { register } = await import("tsx/esm/api");
  register();
  cli = "../src/cli/main.ts";
}
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2), process.cwd());
