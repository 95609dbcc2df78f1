// Odd input never traps: every string gives a report whose spans are sound.
import { test } from "node:test";
import assert from "node:assert/strict";
import { baogao, leaves, spans, rng } from "./helpers.mjs";

const { parse, indicators, parseBytes } = baogao;

/** Checks a report parsed from `text` (a well-formed string: no lone surrogates). */
function checkSound(text, r, what) {
  // The leaves cover the input exactly once, blank input included.
  assert.equal(leaves(r).map((s) => text.slice(s.start, s.end)).join(""), text, `${what}: leaves`);
  for (const { path, span } of spans(r)) {
    assert.ok(Number.isInteger(span.start) && span.start <= span.end && span.end <= text.length,
      `${what}: ${path} ${JSON.stringify(span)}`);
  }
  for (const ind of r.indicators) {
    assert.equal(text.slice(ind.span.start, ind.span.end), ind.text, `${what}: ${ind.text}`);
  }
}

const ODD = [
  "", "\n", "\r\n\r\n", "\0", "\0\0\0一、\0", "\ufeff一、总体情况\n", "\u202e\u200b\u2028\u2029",
  "一、", "一、".repeat(5000), "(".repeat(10000), "）".repeat(3000), "\n".repeat(100000),
  "9".repeat(5000) + "万元", "共" + "9".repeat(400) + ".5亿元", "1e308万元", "-0.0%", "０.５％",
  "由4200家减少到1400家，同比下降" + "9".repeat(60) + "%", "三分之" + "一".repeat(1000),
  "第一章\n第一节\n第一条\n①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳\n", "（十一）\n（九十九）\n（一百零一）\n",
  "| a | b |\n|---|---|\n\t\t\t\n", "发布日期:\n来源:\n作者:\n浏览量:\n".repeat(50),
  "😀".repeat(1000), "𠀀1𠀀2𠀀万𠀀元", "\u{10ffff}\u{e000}\u{fffd}", "a\u0301\u0301\u0301 94件",
  "一是" + "二是".repeat(2000), "首先，其次，再次，最后，".repeat(300),
];

test("odd strings parse without trapping and give sound spans", () => {
  for (const text of ODD) {
    const what = JSON.stringify(text.slice(0, 30));
    const r = parse(text);
    checkSound(text, r, what);
    for (const ind of indicators(text)) {
      assert.equal(text.slice(ind.span.start, ind.span.end), ind.text, what);
    }
  }
});

test("lone surrogates are read as U+FFFD, one unit each, so offsets still index the input", () => {
  for (const text of ["\ud800", "\udc00abc", "一、总\ud800体情况\n全年立案94件。\udfff\n", "94件\ud83d"]) {
    const r = parse(text);
    const wellFormed = text.replace(/[\ud800-\udfff]/g, "\ufffd");
    checkSound(wellFormed, r, JSON.stringify(text));
  }
});

const PIECES = ["一、", "二、", "(一)", "（二）", "1.", "2、", "(3)", "①", "第一章", "一是", "二是",
  "首先", "其次", "\n", "\n\n", "\r\n", " ", "\t", "　", "，", "。", "；", "：", ":", "%", "％", "万", "亿",
  "元", "件", "人次", "家(次)", "个百分点", "同比", "上升", "下降", "由", "减少到", "余", "近", "约",
  "左右", "以上", "三分之一", "0", "1", "9", ".", "．", "１", "２", "十", "百", "千", "零", "两",
  "发布日期:", "来源:", "2024年1月9日", "扫一扫", "|", "-", "至", "😀", "𠀀", "\0", "\u0007",
  "行政罚款", "立案", "共", "报告", "情况", "年度"];

/** 2,000 seeded random strings over the report alphabet; each is parsed once. */
const randomRuns = (() => {
  const next = rng(20261124);
  const runs = [];
  for (let i = 0; i < 2000; i++) {
    const n = 1 + Math.floor(next() * 80);
    let text = "";
    for (let j = 0; j < n; j++) text += PIECES[Math.floor(next() * PIECES.length)];
    try {
      runs.push({ text, report: parse(text) });
    } catch (error) {
      runs.push({ text, error });
    }
  }
  return runs;
})();

test("random strings (2,000, seeded): no trap; every failure is an Error with code internal", () => {
  let ok = 0;
  for (const [i, { text, report, error }] of randomRuns.entries()) {
    const what = `case ${i}: ${JSON.stringify(text)}`;
    if (error) {
      assert.ok(error instanceof Error && !(error instanceof WebAssembly.RuntimeError), `${what}: ${error}`);
      assert.equal(error.code, "internal", what);
      continue;
    }
    checkSound(text, report, what);
    ok++;
  }
  assert.ok(ok > 1000, `${ok} parsed`);
});

// Minimal inputs on which crates/baogao once panicked (2026-11-24, all fixed in the core and kept
// in crates/baogao/tests/bad_input.rs): enumeration.rs (slicing inside 先), indicator/mod.rs
// (begin > end), number.rs (inside ．).
const KNOWN_CORE_PANICS = ["首先:", "一章三次\n减到2、", "1.１．"];

// A core panic would be a bug of crates/baogao, not of the binding (which turns it into an
// `internal` Error, checked above); this test makes any such panic fail CI.
test("core: no panic on the known inputs and the random strings", () => {
  const panics = [];
  for (const text of KNOWN_CORE_PANICS) {
    try { parse(text); } catch (e) { panics.push(`${JSON.stringify(text)}: ${e.message.split("\n")[0]}`); }
  }
  for (const r of randomRuns.filter((r) => r.error)) {
    panics.push(`${JSON.stringify(r.text)}: ${r.error.message.split("\n")[0]}`);
  }
  assert.deepEqual(panics.slice(0, 8), [], `${panics.length} inputs panicked`);
});

test("random bytes (1,000, seeded) either decode and parse or throw code decode", () => {
  const next = rng(7);
  let decoded = 0, refused = 0;
  for (let i = 0; i < 1000; i++) {
    const bytes = new Uint8Array(Math.floor(next() * 200));
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(next() * 256);
    try {
      parseBytes(bytes);
      decoded++;
    } catch (e) {
      assert.ok(e instanceof Error && !(e instanceof WebAssembly.RuntimeError), String(e));
      assert.equal(e.code, "decode", e.message);
      refused++;
    }
  }
  assert.equal(decoded + refused, 1000);
});
