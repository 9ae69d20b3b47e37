// Runs axe-core over each HTML file given on the command line, in headless
// Chromium, in the light and the dark colour scheme and at a phone's width.
// Prints every violation and exits 1 if there is any.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check.mjs FILE.html…");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let violations = 0;
try {
  for (const file of files) {
    for (const [scheme, width] of [["light", 1200], ["dark", 1200], ["light", 375]]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(pathToFileURL(resolve(file)).href);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () =>
        // eslint-disable-next-line no-undef
        axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }),
      );
      for (const v of result.violations) {
        violations += 1;
        console.log(`${file} [${scheme}, ${width}px] ${v.id} (${v.impact}): ${v.help}`);
        for (const node of v.nodes.slice(0, 5)) console.log(`    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").join(" ")}`);
      }
      console.log(`${file} [${scheme}, ${width}px]: ${result.passes.length} rules passed, ${result.violations.length} violated`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(violations === 0 ? 0 : 1);
