// End-to-end test of the demo page in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core): serve bindings/wasm on 127.0.0.1, pick a sample, check the outline, the
// highlighting, the table and the CSV, and save a screenshot to artifacts/wasm-demo.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { wasmDir, root, golden, headings, corpus, baogao } from "../helpers.mjs";

const SAMPLE = "000_724b58d0bac912c8";
const PHRASE = "208.74 万元";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let server, browser, page, base, profile;
const problems = [];

/** Starts `python3 -m http.server` on a free port of 127.0.0.1 and resolves with its URL. */
function serve(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn("python3", ["-u", "-m", "http.server", "--bind", "127.0.0.1", "--directory", dir, "0"],
      { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`http.server did not start: ${out}`)), 10000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/port (\d+)/);
      if (m) { clearTimeout(timer); resolve({ child, url: `http://127.0.0.1:${m[1]}` }); }
    });
    child.stderr.on("data", () => {}); // request log
    child.on("exit", (code) => reject(new Error(`http.server exited with ${code}: ${out}`)));
  });
}

before(async () => {
  const s = await serve(wasmDir);
  server = s.child;
  base = s.url;
  profile = mkdtempSync(join(tmpdir(), "baogao-chromium-"));
  // A fresh profile directory for every run.
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true,
    args: FLAGS, acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("the demo loads, parses a picked sample and highlights its indicators", async () => {
  await page.goto(`${base}/demo/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });

  // Pick another sample, then the one under test, as a person would.
  await page.selectOption("#sample", "001_1ee66d2a4fe58eb0.txt");
  await page.waitForSelector('body[data-sample="001_1ee66d2a4fe58eb0.txt"]');
  await page.selectOption("#sample", `${SAMPLE}.txt`);
  await page.waitForSelector(`body[data-sample="${SAMPLE}.txt"]`);

  // The outline: as many headings as the Rust golden file has.
  const gold = golden(SAMPLE);
  assert.ok(gold, `tests/golden/${SAMPLE}.json exists`);
  const want = headings(gold).length;
  assert.ok(want >= 5);
  assert.equal(await page.locator("#tree .heading").count(), want);
  const titles = await page.locator("#tree .heading").allTextContents();
  assert.deepEqual(titles, headings(gold).map((h) => h.marker.raw + h.title));
  assert.match(await page.textContent("#status"), /^Parsed [\d,]+ characters in [\d.]+ ms · \d+ headings · \d+ indicators$/);

  // The indicator table has the golden number of rows, and 208.74 万元 is among them.
  assert.ok(gold.indicators.length > 0, "golden indicators");
  assert.equal(await page.locator("#indicators tbody tr").count(), gold.indicators.length);
  const row = page.locator("#indicators tbody tr", { has: page.locator("td", { hasText: PHRASE }) });
  assert.equal(await row.count(), 1);
  const index = await row.getAttribute("data-index");

  // The phrase is highlighted in the text: its marks spell exactly the phrase, on a coloured background.
  const marked = await page.evaluate((i) => {
    const ms = [...document.querySelectorAll("#text mark")].filter((m) => m.dataset.ids.split(" ").includes(i));
    return { text: ms.map((m) => m.textContent).join(""), bg: ms.map((m) => getComputedStyle(m).backgroundColor) };
  }, index);
  assert.equal(marked.text, PHRASE);
  assert.ok(marked.bg.every((c) => c !== "rgba(0, 0, 0, 0)"), `highlight colour ${marked.bg}`);
  assert.equal(await page.locator("#text mark").count() >= gold.indicators.length, true);

  // Clicking the row marks the phrase and scrolls it into the text pane.
  await row.click();
  await page.waitForFunction((i) => {
    const m = [...document.querySelectorAll("#text mark.active")];
    if (!m.length || !m.every((x) => x.dataset.ids.split(" ").includes(i))) return false;
    const box = m[0].getBoundingClientRect(), pane = document.getElementById("text").getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= pane.bottom;
  }, index, { timeout: 5000 });
  assert.equal(await page.locator("#text mark.active").allTextContents().then((t) => t.join("")), PHRASE);
  assert.equal(await row.getAttribute("class"), "selected");

  mkdirSync(join(root, "artifacts"), { recursive: true });
  await page.screenshot({ path: join(root, "artifacts", "wasm-demo.png"), fullPage: true });
});

test("the table sorts by a column", async () => {
  await page.click('#indicators th[data-key="normalized"]');
  const values = await page.locator("#indicators tbody tr td:nth-child(6)").allTextContents();
  const nums = values.filter((v) => v !== "").map((v) => Number(v.replace(/,/g, "")));
  assert.ok(nums.length > 2);
  assert.deepEqual(nums, [...nums].sort((a, b) => a - b));
  await page.click('#indicators th[data-key="normalized"]');
  const desc = (await page.locator("#indicators tbody tr td:nth-child(6)").allTextContents())
    .filter((v) => v !== "").map((v) => Number(v.replace(/,/g, "")));
  assert.deepEqual(desc, [...nums].sort((a, b) => b - a));
});

test("the CSV download holds every indicator", async () => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
  assert.equal(download.suggestedFilename(), `${SAMPLE}-indicators.csv`);
  const csv = readFileSync(await download.path(), "utf8");
  const lines = csv.replace(/^\ufeff/, "").trimEnd().split("\r\n");
  assert.equal(lines[0], "index,text,label,value,multiplier,unit,normalized,kind,section,line,start,end");
  assert.equal(lines.length - 1, golden(SAMPLE).indicators.length);
  assert.ok(lines.some((l) => l.includes(`,${PHRASE},`)), "the 208.74 万元 row");
});

test("typing re-parses after a pause and reports the time taken", async () => {
  await page.fill("#input", "一、总体情况\n全年立案94件，行政罚款5万元。\n二、存在的问题\n");
  await page.waitForFunction(() => document.querySelectorAll("#tree .heading").length === 2, null, { timeout: 5000 });
  assert.match(await page.textContent("#status"), /in [\d.]+ ms · 2 headings/);
  assert.equal(await page.inputValue("#sample"), "");
  // Text outside the BMP before the phrase: the highlight still covers exactly the phrase.
  await page.fill("#input", "一、总体情况😀\n😀𠀀全年行政罚款208.74 万元。\n");
  await page.waitForFunction(() => document.querySelectorAll("#tree .heading").length === 1 &&
    document.querySelector("#tree .heading").textContent === "一、总体情况😀", null, { timeout: 5000 });
  assert.ok((await page.locator("#text mark").allTextContents()).includes(PHRASE));
});

test("import { parse } from \"baogao\" in a page: the package's browser entry, no init() call", async () => {
  const want = JSON.parse(readFileSync(join(wasmDir, "pkg", "package.json"), "utf8")).exports["."].default.default;
  assert.equal(want, "./web/index.js", "the import map of by-name.html follows package.json");
  await page.goto(`${base}/tests/e2e/by-name.html`);
  await page.waitForSelector("body[data-title]", { state: "attached", timeout: 20000 });
  assert.equal(await page.getAttribute("body", "data-title"), "总体情况");
  assert.equal(await page.getAttribute("body", "data-value"), "94");
});

// A 政府信息公开 report of the devset (2021 template), and a copy with one 表三 cell changed.
const GIO_TEXT = readFileSync(join(root, "tests", "devset", "texts", "01_pingtan-zone-2023.txt"), "utf8");
const RECEIVED = "| 一、本年新收政府信息公开申请数量 | 80 |";

test("the tables view shows each table with header paths and row labels, and the template checks", async () => {
  await page.goto(`${base}/demo/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  await page.fill("#input", GIO_TEXT);
  await page.waitForFunction(() => document.querySelector("#checks .summary") !== null, null, { timeout: 10000 });
  const report = baogao.parse(GIO_TEXT);
  const record = baogao.gio(GIO_TEXT);
  assert.ok(report.tables.length >= 3 && record && record.edition === "2021");
  assert.equal(await page.locator("#tables table.data-table").count(), report.tables.length);
  // 表三: its header paths as the column heads, its row labels (group cells carried down) as row heads.
  const ti = report.tables.findIndex((t) => t.rows.some((r) => r.label.join("").includes("本年新收")));
  const t = report.tables[ti];
  const shown = page.locator(`#tables table[data-table="${ti}"]`);
  assert.deepEqual(await shown.locator("thead th").allTextContents(), ["", ...t.columns.map((c) => c.path.join(" › "))]);
  assert.deepEqual(await shown.locator("tbody th.row-label").allTextContents(), t.rows.map((r) => r.label.join(" / ")));
  assert.ok(t.columns.some((c) => c.path.length >= 2), "a multi-row header gives a header path");
  const withheld = t.rows.find((r) => r.label.length >= 3);
  assert.ok(withheld, "a row under two group cells");
  const first = await shown.locator("tbody tr").first().locator("td").allTextContents();
  assert.deepEqual(first, t.rows[0].cells.map((c) => c.text));
  // Every check holds on the report as published.
  assert.equal(await page.locator("#checks li.check").count(), record.checks.length);
  assert.ok(record.checks.length >= 10 && record.checks.every((c) => c.ok));
  assert.equal(await page.locator("#checks li.check.fail").count(), 0);
  assert.equal(await page.locator("#tables td.fail").count(), 0);
  assert.match(await page.textContent("#checks .summary"), /template 2021.* 0 failed$/);
});

test("a changed 表三 cell: the failed checks and the cell are marked", async () => {
  assert.ok(GIO_TEXT.includes(RECEIVED));
  const changed = GIO_TEXT.replace(RECEIVED, "| 一、本年新收政府信息公开申请数量 | 79 |");
  await page.fill("#input", changed);
  await page.waitForFunction(() => document.querySelectorAll("#checks li.check.fail").length > 0, null, { timeout: 10000 });
  const failed = baogao.gio(changed).checks.filter((c) => !c.ok);
  assert.ok(failed.length >= 1);
  assert.ok(failed.some((c) => c.cells.includes("requests/received/natural_person")), "a failed check names the cell");
  assert.deepEqual(await page.locator("#checks li.check.fail").allTextContents(),
    failed.map((c) => `✗ ${c.rule}: ${c.lhs} ≠ ${c.rhs}`));
  assert.match(await page.textContent("#checks .summary"), new RegExp(`${failed.length} failed$`));
  // The changed cell is marked in its table.
  assert.ok((await page.locator("#tables td.fail").allTextContents()).includes("79"));
  mkdirSync(join(root, "artifacts"), { recursive: true });
  await page.locator(".tables-pane").screenshot({ path: join(root, "artifacts", "wasm-demo-tables.png") });
});

test("no console errors, failed requests or page errors", () => {
  assert.deepEqual(problems, []);
  assert.ok(corpus().length >= 5);
});
