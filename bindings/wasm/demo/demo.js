// The baogao demo: parse as the user types, show the outline, the indicators and the text.
// Plain DOM, no framework; the parser is the web build of the package built by ../build.sh (../pkg/web/).
import init, { parse, gio, version } from "../pkg/web/baogao.js";

const $ = (id) => document.getElementById(id);
const input = $("input"), status = $("status"), sample = $("sample"), csvButton = $("csv");
const DEBOUNCE_MS = 200;

let current = { text: "", report: null, rows: [], name: "report" };
let sortState = { key: "index", dir: 1 };

/** Element helper: el("td", { className: "num" }, "text", child…). */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  for (const c of children) node.append(c);
  return node;
}

// ---- parsing -------------------------------------------------------------------------------

function run() {
  const text = input.value;
  const t0 = performance.now();
  let report;
  try {
    report = parse(text);
  } catch (e) {
    status.textContent = `Error (${e.code ?? "unknown"}): ${e.message}`;
    status.className = "error";
    return;
  }
  const ms = performance.now() - t0;
  current = { ...current, text, report, rows: tableRows(report) };
  renderOutline(report);
  renderText(text, report);
  renderTable();
  renderTables(report, gio(text));
  csvButton.disabled = current.rows.length === 0;
  const headings = countHeadings(report.sections);
  status.className = "";
  status.textContent = `Parsed ${text.length.toLocaleString()} characters in ${ms.toFixed(1)} ms · ` +
    `${headings} headings · ${report.indicators.length} indicators`;
  status.dataset.ms = ms.toFixed(3);
}

let timer = 0;
input.addEventListener("input", () => {
  sample.value = "";
  current.name = "report";
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
});

// ---- outline -------------------------------------------------------------------------------

function countHeadings(sections) {
  return sections.reduce((n, s) => n + 1 + countHeadings(s.children), 0);
}

function renderOutline(report) {
  $("title").textContent = report.title ? report.title.text : "";
  const tree = $("tree");
  tree.replaceChildren();
  let k = 0;
  const build = (section) => {
    const h = section.heading;
    const id = k++;
    const label = el("span", { className: "heading", title: `line ${h.line}, level ${h.level}` },
      el("span", { className: "marker" }, h.marker.raw), h.title);
    label.dataset.heading = String(id);
    label.dataset.level = String(h.level);
    label.addEventListener("click", (ev) => { ev.preventDefault(); scrollToHeading(id); });
    if (section.children.length === 0) return el("div", { className: "leaf", role: "treeitem" }, label);
    const summary = el("summary", {}, label,
      el("span", { className: "badge" }, `${section.children.length}`));
    const details = el("details", { open: true, role: "treeitem" }, summary);
    for (const c of section.children) details.append(build(c));
    return details;
  };
  for (const s of report.sections) tree.append(build(s));
  if (report.sections.length === 0) tree.append(el("p", { className: "empty" }, "No headings found."));
  $("outline-count").textContent = `(${countHeadings(report.sections)} headings)`;
}

function scrollToHeading(id) {
  const anchor = $("text").querySelector(`[data-heading-start="${id}"]`);
  if (anchor) anchor.scrollIntoView({ block: "start", behavior: "smooth" });
}

// ---- highlighted text ----------------------------------------------------------------------

/** Splits the text at every indicator and heading boundary (spans are UTF-16 code units, the
 * units of String.prototype.slice) and wraps each piece in the marks that cover it. */
function renderText(text, report) {
  const headings = [];
  const walk = (ss) => ss.forEach((s) => { headings.push(s.heading); walk(s.children); });
  walk(report.sections);

  const ranges = [];
  report.indicators.forEach((ind, i) => {
    if (ind.span.end > ind.span.start) ranges.push({ kind: "ind", id: i, ...ind.span });
  });
  headings.forEach((h, i) => {
    // The heading line only (its span also runs over the line break and blank lines).
    const lineEnd = text.indexOf("\n", h.span.start);
    const end = lineEnd < 0 || lineEnd > h.span.end ? h.span.end : lineEnd;
    ranges.push({ kind: "head", id: i, start: h.span.start, end });
  });
  const cuts = new Set([0, text.length]);
  for (const r of ranges) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  for (const r of ranges) {
    if (!starts.has(r.start)) starts.set(r.start, []);
    starts.get(r.start).push(r);
  }

  const frag = document.createDocumentFragment();
  let active = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p], b = points[p + 1];
    active = active.filter((r) => r.end > a).concat(starts.get(a) ?? []);
    const piece = text.slice(a, b);
    let node = document.createTextNode(piece);
    const inds = active.filter((r) => r.kind === "ind").map((r) => r.id);
    if (inds.length) {
      node = el("mark", { title: inds.map((i) => describe(report.indicators[i])).join("\n") }, node);
      node.dataset.ids = inds.join(" ");
      node.addEventListener("click", () => select(inds[0], { fromText: true }));
    }
    const head = active.find((r) => r.kind === "head");
    if (head) node = el("span", { className: "hd" }, node);
    for (const r of starts.get(a) ?? []) {
      if (r.kind === "head") {
        const anchor = el("span");
        anchor.dataset.headingStart = String(r.id);
        frag.append(anchor);
      }
    }
    frag.append(node);
  }
  $("text").replaceChildren(frag);
}

function describe(ind) {
  const unit = (ind.multiplier ?? "") + (ind.unit ?? "");
  const norm = ind.normalized === null ? "" : ` = ${ind.normalized.toLocaleString("zh-CN")}`;
  return `${ind.label || "(no label)"}: ${ind.value} ${unit}${norm} [${ind.kind}]`;
}

// ---- indicator table -----------------------------------------------------------------------

function tableRows(report) {
  return report.indicators.map((ind, index) => ({
    index, ind,
    text: ind.text,
    label: ind.label,
    value: ind.value,
    unit: (ind.multiplier ?? "") + (ind.unit ?? ""),
    normalized: ind.normalized,
    section: ind.section.join(" › "),
  }));
}

/** Orders rows by `key` in direction `dir` (1 or -1); empty cells always go last. */
function compare(a, b, key, numeric, dir) {
  const x = a[key], y = b[key];
  const ex = x === null || x === "", ey = y === null || y === "";
  if (ex || ey) return ex === ey ? 0 : ex ? 1 : -1;
  return dir * (numeric ? x - y : String(x).localeCompare(String(y), "zh-CN"));
}

function renderTable() {
  const th = document.querySelector(`#indicators th[data-key="${sortState.key}"]`);
  const numeric = th?.dataset.type === "number";
  const rows = [...current.rows].sort((a, b) =>
    compare(a, b, sortState.key, numeric, sortState.dir) || a.index - b.index);
  for (const h of document.querySelectorAll("#indicators th")) {
    h.setAttribute("aria-sort", h.dataset.key !== sortState.key ? "none"
      : sortState.dir > 0 ? "ascending" : "descending");
  }
  const body = document.querySelector("#indicators tbody");
  body.replaceChildren();
  for (const r of rows) {
    const tr = el("tr", {},
      el("td", { className: "num" }, String(r.index + 1)),
      el("td", { className: "phrase" }, r.text),
      el("td", {}, r.label),
      el("td", { className: "num" }, String(r.value)),
      el("td", {}, r.unit),
      el("td", { className: "num" }, r.normalized === null ? "" : r.normalized.toLocaleString("zh-CN")),
      el("td", { className: "section" }, r.section));
    tr.dataset.index = String(r.index);
    tr.addEventListener("click", () => select(r.index));
    body.append(tr);
  }
  if (rows.length === 0) {
    body.append(el("tr", {}, el("td", { colSpan: 7, className: "empty" }, "No indicators.")));
  }
  $("indicator-count").textContent = `(${rows.length})`;
}

for (const th of document.querySelectorAll("#indicators th")) {
  th.addEventListener("click", () => {
    const key = th.dataset.key;
    sortState = { key, dir: sortState.key === key ? -sortState.dir : 1 };
    renderTable();
  });
}

/** Marks indicator `i` in the text and the table, and scrolls both to it. */
function select(i, { fromText = false } = {}) {
  for (const m of document.querySelectorAll("mark.active")) m.classList.remove("active");
  for (const tr of document.querySelectorAll("tbody tr.selected")) tr.classList.remove("selected");
  const marks = [...document.querySelectorAll("mark")].filter((m) => m.dataset.ids.split(" ").includes(String(i)));
  marks.forEach((m) => m.classList.add("active"));
  if (marks[0] && !fromText) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  const row = document.querySelector(`tbody tr[data-index="${i}"]`);
  if (row) {
    row.classList.add("selected");
    if (fromText) row.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
}

// ---- tables and the 政府信息公开 template checks --------------------------------------------

/** Each table of `report.tables` as an HTML table (header paths, row labels, cells), and the
 * template checks of `record` (the result of `gio()`), failed ones marked; the cells a failed
 * check names are marked in the tables too. */
function renderTables(report, record) {
  const checks = $("checks");
  checks.replaceChildren();
  const failedSpans = new Set();
  if (record) {
    const failed = record.checks.filter((c) => !c.ok);
    for (const c of failed) for (const sp of c.spans) failedSpans.add(`${sp.start}:${sp.end}`);
    checks.append(el("p", { className: failed.length ? "summary fail" : "summary ok" },
      `政府信息公开 template ${record.edition}` + (record.layout ? ` (${record.layout})` : "") +
      ` · ${record.checks.length} checks, ${failed.length} failed`));
    const list = el("ul", { className: "check-list" });
    for (const c of record.checks) {
      const li = el("li", { className: c.ok ? "check ok" : "check fail" },
        el("span", { className: "verdict" }, c.ok ? "✓" : "✗"), ` ${c.rule}: ${c.lhs} ${c.ok ? "=" : "≠"} ${c.rhs}`);
      if (!c.ok) li.title = c.cells.join("\n");
      list.append(li);
    }
    checks.append(list);
  }
  const wrap = $("tables");
  wrap.replaceChildren();
  const tables = report.tables ?? [];
  tables.forEach((t, ti) => {
    const head = el("tr", {}, el("th", {}, ""));
    for (const c of t.columns) {
      head.append(el("th", { title: c.unit ? `${c.multiplier ?? ""}${c.unit}` : "" }, c.path.join(" › ")));
    }
    const body = el("tbody");
    for (const r of t.rows) {
      const tr = el("tr", {}, el("th", { className: "row-label", scope: "row" }, r.label.join(" / ")));
      const byCol = new Map(r.cells.map((c) => [c.col, c]));
      for (let k = 0; k < t.columns.length; k++) {
        const c = byCol.get(k);
        const td = el("td", { className: "num" }, c ? c.text : "");
        if (c && failedSpans.has(`${c.span.start}:${c.span.end}`)) td.classList.add("fail");
        if (c && c.value === null) td.classList.add("placeholder");
        tr.append(td);
      }
      body.append(tr);
    }
    const caption = el("caption", {}, [...t.caption, `line ${t.line}` + (t.section.length ? ` · ${t.section.join(" › ")}` : "")].join(" · "));
    const table = el("table", { className: "data-table" }, caption, el("thead", {}, head), body);
    table.dataset.table = String(ti);
    wrap.append(table);
  });
  if (tables.length === 0) wrap.append(el("p", { className: "empty" }, "No tables."));
  $("table-count").textContent = `(${tables.length} tables` +
    (record ? `, ${record.checks.filter((c) => !c.ok).length} failed checks)` : ")");
}

// ---- CSV -----------------------------------------------------------------------------------

const CSV_COLUMNS = ["index", "text", "label", "value", "multiplier", "unit", "normalized", "kind",
  "section", "line", "start", "end"];

function csvField(v) {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The indicators as CSV (RFC 4180, UTF-8 with a BOM so that spreadsheet programs read Chinese). */
export function indicatorsCsv(indicators) {
  const lines = [CSV_COLUMNS.join(",")];
  indicators.forEach((ind, index) => {
    lines.push([index + 1, ind.text, ind.label, ind.value, ind.multiplier, ind.unit, ind.normalized,
      ind.kind, ind.section.join(" / "), ind.line, ind.span.start, ind.span.end].map(csvField).join(","));
  });
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

csvButton.addEventListener("click", () => {
  if (!current.report) return;
  const blob = new Blob([indicatorsCsv(current.report.indicators)], { type: "text/csv;charset=utf-8" });
  const a = el("a", { href: URL.createObjectURL(blob), download: `${current.name}-indicators.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});

// ---- samples and start-up ------------------------------------------------------------------

async function loadSample(file) {
  const res = await fetch(`samples/${file}`);
  if (!res.ok) throw new Error(`cannot load sample ${file}: HTTP ${res.status}`);
  input.value = await res.text();
  current.name = file.replace(/\.txt$/, "");
  run();
  document.body.dataset.sample = file; // for tests: which sample is shown
}

sample.addEventListener("change", () => {
  if (sample.value) loadSample(sample.value).catch(showError);
});

function showError(e) {
  status.textContent = String(e.message ?? e);
  status.className = "error";
}

async function main() {
  await init();
  $("footer").textContent = `baogao ${version()} · WebAssembly · spans in UTF-16 code units`;
  let samples = [];
  try {
    const res = await fetch("samples/index.json");
    if (res.ok) samples = await res.json();
  } catch { /* no samples: paste mode only */ }
  for (const s of samples) sample.append(el("option", { value: s.file }, `${s.file.slice(0, 3)} · ${s.title}`));
  status.textContent = "Ready.";
  document.body.dataset.ready = "true";
  if (samples.length) {
    sample.value = samples[0].file;
    await loadSample(samples[0].file);
  }
}

main().catch(showError);
