// The live-reload check of `policyc serve`, in headless Chromium:
// open the page, edit the source and see the change within a second; break
// the source and see the diagnostics over the last good page; fix it and see
// the overlay go. Skips with a message when Chromium is missing, unless
// POLICYC_REQUIRE_CHROMIUM=1 (CI), where a missing Chromium fails.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const policyc = resolve(root, process.env.POLICYC_BIN ?? "target/release/policyc");
const budgetMs = Number(process.env.LIVE_RELOAD_BUDGET_MS ?? 1000);

if (!existsSync(chromiumPath)) {
  const msg = `live reload: Chromium not found at ${chromiumPath}`;
  if (process.env.POLICYC_REQUIRE_CHROMIUM === "1") {
    console.error(`${msg}; POLICYC_REQUIRE_CHROMIUM=1, so this fails`);
    process.exit(1);
  }
  console.log(`${msg}; skipped (install it with: apt-get install chromium)`);
  process.exit(0);
}
if (!existsSync(policyc)) {
  console.error(`live reload: no policyc binary at ${policyc}; build it with cargo build --release or set POLICYC_BIN`);
  process.exit(1);
}
const { chromium } = await import("playwright-core");

const dir = mkdtempSync(join(tmpdir(), "policyc-live-"));
const source = join(dir, "notice.policy");
const good = readFileSync(join(root, "examples/minimal.policy"), "utf8");
writeFileSync(source, good);

// Starts `policyc serve ARGS` in `dir`; resolves to its URL.
function serve(args) {
  const child = spawn(policyc, ["serve", ...args, "--port", "0"], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error("policyc serve did not start in 30 s")), 30000);
    let seen = "";
    child.stderr.on("data", (chunk) => {
      seen += chunk;
      const m = seen.match(/serving (http:\/\/[^\s/]+\/)/);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on("exit", (code) => fail(new Error(`policyc serve exited (${code}): ${seen}`)));
  });
  return { child, url };
}

const main = serve(["notice.policy", "-o", "out"]);
const server = main.child;
const url = await main.url;
// A second server on a directory, for a page whose source is deleted and restored.
mkdirSync(join(dir, "many"));
writeFileSync(join(dir, "many", "a.policy"), good);
const other = good.replace("Jane Example", "Bea Example");
writeFileSync(join(dir, "many", "b.policy"), other);
const many = serve(["many", "-o", "out-many"]);
const manyUrl = await many.url;

let passed = 0;
let failed = 0;
const check = (name, ok, detail = "") => {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? "ok" : "FAILED"}: ${name}${detail ? ` (${detail})` : ""}`);
};

// Reads the page's text, across reloads, until `test` holds or `ms` pass; returns the time taken or -1.
async function until(page, test, ms) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    try {
      const state = await page.evaluate(() => ({
        text: document.body ? document.body.innerText : "",
        overlay: document.getElementById("policyc-overlay")?.innerText ?? null,
      }));
      if (test(state)) return Date.now() - start;
    } catch {
      // The page is reloading.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return -1;
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  check("the page is served", (await until(page, (s) => s.text.includes("Jane Example"), 5000)) >= 0);
  // Let the event stream connect before the first edit.
  await new Promise((r) => setTimeout(r, 300));

  writeFileSync(source, good.replace("Jane Example", "Janet Edited"));
  const took = await until(page, (s) => s.text.includes("Janet Edited") && s.overlay === null, 5000);
  check(`an edit shows within ${budgetMs} ms`, took >= 0 && took <= budgetMs, `${took} ms`);

  writeFileSync(source, good.replace("  updated 2026-11-01", "  updated = 2026"));
  const broke = await until(page, (s) => s.overlay !== null && s.overlay.includes("expected") && s.text.includes("Janet Edited"), 5000);
  check("a broken source shows its diagnostics over the last good page", broke >= 0, `${broke} ms`);
  await page.screenshot({ path: join(root, "dist", "live-reload-overlay.png") }).catch(() => {});

  writeFileSync(source, good);
  const fixed = await until(page, (s) => s.overlay === null && s.text.includes("Jane Example"), 5000);
  check("fixing the source removes the overlay", fixed >= 0, `${fixed} ms`);

  // A page whose source is deleted becomes a 404 that still listens, and
  // comes back by itself when the source does.
  const tab = await browser.newPage();
  await tab.goto(`${manyUrl}b.html`);
  check("the second page is served", (await until(tab, (s) => s.text.includes("Bea Example"), 5000)) >= 0);
  await new Promise((r) => setTimeout(r, 300));
  unlinkSync(join(dir, "many", "b.policy"));
  const gone = await until(tab, (s) => s.text.includes("Not found"), 5000);
  check("deleting the source turns the page into a 404", gone >= 0, `${gone} ms`);
  await new Promise((r) => setTimeout(r, 300));
  writeFileSync(join(dir, "many", "b.policy"), other);
  const back = await until(tab, (s) => s.text.includes("Bea Example"), 5000);
  check("restoring the source reloads the 404 tab into the page", back >= 0, `${back} ms`);
} finally {
  await browser.close();
  server.kill();
  many.child.kill();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`live reload: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
