// The JavaScript API of the Node package: shapes, the span law, conformance with the Rust golden
// JSON, bytes and encodings, errors. Run with `node --test tests/` after build.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { baogao, corpus, golden, goldenInUtf16, spans, headings, leaves, root, testBuild } from "./helpers.mjs";

const { parse, parseBytes, decode, indicators, version } = baogao;

test("version() is the workspace version", () => {
  const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
  const want = cargo.match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/)[1];
  assert.equal(version(), want);
});

test("parse() gives the address block of a delivered report in meta", () => {
  const text = "某市政府工作报告\n——2024年1月15日在某市第十届人民代表大会第二次会议上\n市长 张三\n各位代表：\n现在报告工作。\n";
  const m = parse(text).meta;
  assert.equal(m.dateline, "2024年1月15日在某市第十届人民代表大会第二次会议上");
  assert.equal(m.delivered, "2024-01-15");
  assert.equal(m.speaker, "市长 张三");
  assert.equal(m.salutation, "各位代表");
  assert.deepEqual(m.lines.map((l) => l.fields[0][0]), ["dateline", "speaker", "salutation"]);
  // Left out when absent, as in the Rust JSON.
  assert.equal("dateline" in parse("某市政府工作报告\n现在报告工作。\n").meta, false);
});

test("parse() returns plain objects with the Rust field names and nulls", () => {
  const text = "潜江市应急管理局2024年法治政府建设年度报告\n\n一、主要举措\n(一)加强领导。全年立案94件，行政罚款208.74 万元。\n";
  const r = parse(text);
  assert.equal(Object.getPrototypeOf(r), Object.prototype);
  assert.deepEqual(Object.keys(r), ["title", "meta", "preamble", "sections", "closing", "boilerplate",
    "indicators", "diagnostics"]);
  assert.equal(r.title.text, "潜江市应急管理局2024年法治政府建设年度报告");
  assert.equal(r.closing, null);
  assert.equal(r.meta.published, null);
  const sub = r.sections[0].children[0].heading;
  assert.deepEqual(sub.marker, { raw: "(一)", style: "paren_chinese", ordinal: 1 });
  assert.equal(sub.inline_body, true);
  assert.equal(sub.title, "加强领导");
  const fine = r.indicators.find((i) => i.label === "行政罚款");
  assert.ok(fine, "the 行政罚款 indicator is found");
  assert.equal(fine.text, "208.74 万元");
  assert.equal(fine.value, 208.74);
  assert.equal(fine.multiplier, "万");
  assert.equal(fine.unit, "元");
  assert.equal(fine.normalized, 2087400);
  assert.equal(fine.kind, "money");
  assert.equal(fine.approx, null);
  assert.deepEqual(fine.section, ["主要举措", "加强领导"]);
  assert.equal(text.slice(fine.span.start, fine.span.end), "208.74 万元");
});

test("every key in every corpus report is snake_case (no camelCase)", () => {
  const bad = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) {
      if (!/^[a-z][a-z0-9_]*$/.test(k)) bad.add(k);
      walk(x);
    }
  };
  for (const { text } of corpus()) walk(parse(text));
  assert.deepEqual([...bad], []);
});

test("span law on the corpus: text.slice(span) is the indicator text; leaves rebuild the text", () => {
  let n = 0;
  for (const { name, text } of corpus()) {
    const r = parse(text);
    assert.ok(r.indicators.length > 0, `${name}: indicators found`);
    for (const ind of r.indicators) {
      assert.equal(text.slice(ind.span.start, ind.span.end), ind.text, `${name}: ${JSON.stringify(ind)}`);
      n++;
    }
    assert.equal(leaves(r).map((s) => text.slice(s.start, s.end)).join(""), text, `${name}: leaves`);
    for (const h of headings(r)) {
      assert.ok(text.slice(h.span.start).startsWith(h.marker.raw), `${name}: heading ${h.title}`);
    }
  }
  assert.ok(n >= 100, `at least 100 indicators checked (got ${n})`);
});

test("span law with characters outside the BMP (UTF-16 surrogate pairs)", () => {
  // The example of baogao::offsets: 𠀀 is one character, two UTF-16 units, four UTF-8 bytes.
  const small = "𠀀共立案94件。";
  const [ind] = indicators(small);
  assert.deepEqual(ind.span, { start: 5, end: 8 });
  assert.equal(small.slice(5, 8), "94件");

  let n = 0;
  for (const { name, text: plain } of corpus()) {
    // Astral characters at the start of every line and after every comma and full stop.
    const text = plain.replace(/^/gm, "𠀀😀").replace(/([，,。])/g, "$1𝟘");
    assert.ok(text.length > plain.length);
    const r = parse(text);
    assert.ok(r.indicators.length > 0, `${name}: indicators found`);
    for (const ind of r.indicators) {
      assert.equal(text.slice(ind.span.start, ind.span.end), ind.text, `${name}: ${ind.text}`);
      n++;
    }
    for (const { path, owner, span } of spans(r)) {
      assert.ok(span.start <= span.end && span.end <= text.length, `${name}: ${path}`);
      // No span starts or ends inside a surrogate pair.
      for (const at of [span.start, span.end]) {
        const c = text.charCodeAt(at);
        assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `${name}: ${path} splits a surrogate pair`);
      }
      if (owner.text !== undefined && path.includes("indicators")) {
        assert.equal(text.slice(span.start, span.end), owner.text);
      }
    }
    assert.equal(leaves(r).map((s) => text.slice(s.start, s.end)).join(""), text, `${name}: leaves`);
  }
  assert.ok(n >= 100, `at least 100 indicators checked (got ${n})`);
});

test("indicators() of a snippet: span law, no section", () => {
  for (const { name, text } of corpus()) {
    const found = indicators(text);
    assert.ok(found.length > 0, name);
    for (const ind of found) {
      assert.equal(text.slice(ind.span.start, ind.span.end), ind.text);
      assert.deepEqual(ind.section, []);
    }
  }
  assert.deepEqual(indicators(""), []);
});

test("conformance: for every corpus file the JSON equals the Rust golden JSON (spans converted)", () => {
  const files = corpus();
  assert.ok(files.length >= 5);
  for (const { name, text } of files) {
    const gold = golden(name);
    assert.ok(gold, `tests/golden/${name}.json is missing (bash scripts/update-golden.sh)`);
    // The golden spans count UTF-8 bytes; the JS API counts UTF-16 units. Convert the golden
    // spans in JS (independently of the Rust conversion) and compare everything else as is.
    assert.deepStrictEqual(parse(text), goldenInUtf16(gold, text), name);
  }
});

test("parseBytes() and decode(): UTF-8, BOMs, UTF-16, GB18030, ArrayBuffer", () => {
  const { text } = corpus()[0];
  const utf8 = new TextEncoder().encode(text);
  assert.deepStrictEqual(parseBytes(utf8), parse(text));
  assert.deepStrictEqual(parseBytes(utf8.buffer), parse(text));
  assert.equal(decode(utf8), text);

  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
  const decoded = decode(withBom);
  assert.equal(decoded.replace(/^\ufeff/, ""), text);
  assert.deepStrictEqual(parseBytes(withBom), parse(decoded));

  const utf16 = new Uint8Array(Buffer.from("\ufeff" + text, "utf16le"));
  const d16 = decode(utf16);
  assert.equal(d16.replace(/^\ufeff/, ""), text);
  assert.deepStrictEqual(parseBytes(utf16), parse(d16));

  // 报告 in GB18030/GBK.
  assert.equal(decode(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6])), "报告");
  // 年度報告，增長5% in Big5 (traditional characters): the engine's Big5 decoder, not GB18030.
  const big5 = new Uint8Array([0xa6, 0x7e, 0xab, 0xd7, 0xb3, 0xf8, 0xa7, 0x69, 0xa1, 0x41,
    0xbc, 0x57, 0xaa, 0xf8, 0x35, 0x25]);
  assert.equal(decode(big5), "年度報告，增長5%");
});

test("parseBytes() of every corpus file encoded as GB18030 equals parse() of the text", () => {
  for (const { name, text } of corpus()) {
    // Node has no GB18030 encoder; Python's codec writes the bytes.
    const gb = execFileSync("python3", ["-c",
      "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('gb18030'))"],
    { input: text });
    assert.notDeepEqual(new Uint8Array(gb), new TextEncoder().encode(text));
    assert.equal(decode(new Uint8Array(gb)), text, name);
    assert.deepStrictEqual(parseBytes(new Uint8Array(gb)), parse(text), name);
  }
});

/** Asserts that `fn` throws an Error (not a trap) with `code`. */
function throwsCode(fn, code, what) {
  let caught;
  try { fn(); } catch (e) { caught = e; }
  assert.ok(caught, `${what}: throws`);
  assert.ok(caught instanceof Error, `${what}: an Error (got ${caught})`);
  assert.ok(!(caught instanceof WebAssembly.RuntimeError), `${what}: not a wasm trap`);
  assert.equal(caught.code, code, `${what}: code (message: ${caught.message})`);
  assert.ok(caught.message.length > 0);
  return caught;
}

test("wrong argument types throw Error with code invalid_argument", () => {
  const odd = [undefined, null, 42, 1n, true, {}, [], ["一、"], Symbol("s"), () => "x", new Uint8Array(2)];
  for (const v of odd) {
    const what = typeof v === "symbol" ? "symbol" : `${typeof v} ${String(v)}`;
    const e = throwsCode(() => parse(v), "invalid_argument", `parse(${what})`);
    assert.match(e.message, /^parse: expected a string/);
    throwsCode(() => indicators(v), "invalid_argument", `indicators(${what})`);
  }
  for (const v of [undefined, null, "一、总体情况", 42, {}, [1, 2], new Uint16Array(2)]) {
    throwsCode(() => parseBytes(v), "invalid_argument", `parseBytes(${typeof v})`);
    throwsCode(() => decode(v), "invalid_argument", `decode(${typeof v})`);
  }
  // Still usable afterwards.
  assert.equal(parse("一、总体情况\n").sections.length, 1);
});

test("undecodable bytes throw Error with code decode, encoding and offset", () => {
  const bytes = new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xfe, 0x00, 0x80]);
  for (const f of [parseBytes, decode]) {
    const e = throwsCode(() => f(bytes), "decode", f.name);
    assert.equal(typeof e.offset, "number");
    assert.equal(typeof e.encoding, "string");
    assert.match(e.message, /cannot decode/);
  }
});

test("input over the size limit throws too_large, not an out-of-memory trap", () => {
  throwsCode(() => parse("a".repeat(2 ** 26 + 1)), "too_large", "parse(huge)");
  assert.equal(parse("ok").sections.length, 0);
});

test("a panic inside wasm surfaces as Error code internal and the module keeps working", () => {
  const t = testBuild();
  const e = throwsCode(() => t.__testPanic(), "internal", "__testPanic()");
  assert.match(e.message, /deliberate panic/);
  const r = t.parse("一、总体情况\n全年立案94件。\n");
  assert.equal(r.sections[0].heading.title, "总体情况");
  throwsCode(() => t.__testPanic(), "internal", "__testPanic() again");
  assert.equal(t.parse("二、问题\n").sections[0].heading.marker.ordinal, 2);
  assert.equal(baogao.__testPanic, undefined, "the package exports no test hook");
});

test("gio(): the template record as plain objects, spans in UTF-16 units of the text", () => {
  // A 表四 written by hand (one bare row of 15 numbers), after text outside the BMP.
  const text = "😀四、行政复议、行政诉讼情况\n| 行政复议 | 行政诉讼 |\n" +
    "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n" +
    "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n" +
    "| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 3 | 0 | 0 | 0 | 3 |\n";
  const g = baogao.gio(text);
  assert.equal(Object.getPrototypeOf(g), Object.prototype);
  const cell = g.tables.review_litigation.litigation_after_review.upheld;
  assert.deepEqual(Object.keys(cell), ["value", "raw", "span"]);
  assert.equal(cell.value, 3);
  assert.equal(text.slice(cell.span.start, cell.span.end), "3");
  for (const rows of Object.values(g.tables)) for (const cols of Object.values(rows)) for (const c of Object.values(cols)) {
    assert.equal(text.slice(c.span.start, c.span.end), c.raw);
  }
  assert.ok(g.checks.length >= 3 && g.checks.every((c) => c.ok), JSON.stringify(g.checks));
  // A wrong total fails its check, names the cell, and is a diagnostic of parse().
  const bad = text.replace("| 3 | 0 | 0 | 0 | 3 |", "| 3 | 0 | 0 | 0 | 4 |");
  const failed = baogao.gio(bad).checks.filter((c) => !c.ok);
  assert.equal(failed.length, 1);
  assert.ok(failed[0].cells.includes("review_litigation/litigation_after_review/total"), failed[0].cells.join());
  assert.equal(failed[0].lhs, 3);
  assert.equal(failed[0].rhs, 4);
  assert.ok(baogao.parse(bad).diagnostics.some((d) => d.kind === "gio_check_failed"));
  // The table cells are in parse().tables, with the indicator's table reference.
  const r = baogao.parse(text);
  const ind = r.indicators.find((i) => i.table);
  const tc = r.tables[ind.table.table].rows[ind.table.row].cells.find((c) => c.col === ind.table.col);
  assert.equal(text.slice(tc.span.start, tc.span.end), tc.text);
  // The fields types.d.ts declares for Table, TableColumn, TableBodyRow, TableCell and GioCheck.
  assert.deepEqual(Object.keys(r.tables[0]), ["caption", "line", "span", "section", "header", "columns", "rows"]);
  assert.deepEqual(Object.keys(r.tables[0].columns[0]), ["path", "label", "unit", "multiplier"]);
  assert.deepEqual(Object.keys(r.tables[0].rows[0]), ["line", "label", "unit", "cells"]);
  assert.deepEqual(Object.keys(tc), ["row", "col", "line", "text", "span", "row_label", "col_label", "value",
    "multiplier", "normalized", "unit", "kind"]);
  assert.deepEqual(Object.keys(ind.table), ["table", "row", "col"]);
  assert.deepEqual(Object.keys(g), ["edition", "layout", "tables", "checks"]);
  assert.deepEqual(Object.keys(failed[0]), ["rule", "ok", "blank", "lhs", "rhs", "cells", "spans"]);
  assert.equal(baogao.gio("一、概述\n全年公开信息300条。\n"), null);
  assert.throws(() => baogao.gio(42), (e) => e.code === "invalid_argument");
});
