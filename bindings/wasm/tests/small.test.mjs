// The small build (pkg-small/, package `baogao-small`, built by `BAOGAO_WASM_SMALL=1 build.sh`):
// the crate without its default features. parse() reads no tables, checks no 政府信息公开
// template, reads no address block (dateline, speaker) into meta and does not read past PDF
// text's line breaks inside words and units (the core's `hard-wraps`), gio() and chunks() are not
// exported, and the finer label readings (`fine-labels`) are the full package's alone (on the
// corpus, the rows of FINER below); everything else is the full package's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { baogao, corpus, wasmDir } from "./helpers.mjs";

const small = createRequire(import.meta.url)(join(wasmDir, "pkg-small", "node", "baogao.js"));

test("the small package has the exports of the full one but gio and chunks", () => {
  const names = (m) => Object.keys(m).filter((k) => typeof m[k] === "function").sort();
  assert.deepEqual(names(small), ["decode", "indicators", "parse", "parseBytes", "version"]);
  assert.deepEqual(names(baogao).filter((n) => n !== "gio" && n !== "chunks"), names(small));
  const meta = JSON.parse(readFileSync(join(wasmDir, "pkg-small", "package.json"), "utf8"));
  assert.equal(meta.name, "baogao-small");
});

// The rows of the corpus whose labels the full build's finer readings change (the core's
// `fine-labels`, left out of the small build for its size budget; session 26's rules on counts
// after a count of kinds or places, 党的 as a set phrase, 甚至 as an adverb; session 32's nouns of
// people after a count): [file, text, small label, full label]. Any other difference fails, and so does an entry no row uses.
const FINER = [
  ["002_c85e0d438711bca4", "8次", "二十大精神", "局党委理论学习中心组集体学习习近平新时代中国特色社会主义思想和党的二十大精神"],
  ["002_c85e0d438711bca4", "6次", "二十大及相关会议精神", "局党委会专题学习党的二十大及相关会议精神"],
  ["002_c85e0d438711bca4", "11人", "区镇", "跟班学习交流"],
  ["002_c85e0d438711bca4", "3大类", "品种", "储备市级应急救灾物资"],
  ["002_c85e0d438711bca4", "43644余件", "品种", "储备市级应急救灾物资"],
  ["004_3383e78caf737ba6", "35%", "项目甚至", "项目"],
  // Session 32: a count of people ends at the head of its noun (indicator/counted.rs).
  ["001_1ee66d2a4fe58eb0", "8名", "领导属于行政执法监督证", "领导"],
  ["003_518fe910bcc5f66a", "1名", "干部专职从事依法行政推进工作", "干部"],
  ["003_518fe910bcc5f66a", "一名", "专业律师担任法律顾问", "专业律师"],
  // Session 32: a count of bodies (家) ends at the head of its noun.
  ["002_c85e0d438711bca4", "223家", "局重点检查企业名单", "局重点检查企业"],
  ["002_c85e0d438711bca4", "1377家", "全市重点检查企业名单", "全市重点检查企业"],
  ["002_c85e0d438711bca4", "2086家", "企业主要负责人带头上“安全课”", "企业主要负责人"],
  ["002_c85e0d438711bca4", "1.1万家", "企业观看", "企业"],
];

test("indicators() of the small build equal the full build's on the corpus, but for the finer labels", () => {
  const used = new Set();
  for (const { name, text } of corpus()) {
    const lean = small.indicators(text);
    const full = baogao.indicators(text);
    assert.equal(lean.length, full.length, name);
    const patched = lean.map((row, k) => {
      const at = FINER.findIndex(
        ([file, t, s, f]) => name.startsWith(file) && row.text === t && row.label === s && full[k].label === f,
      );
      if (at < 0) return row;
      used.add(at);
      return { ...row, label: full[k].label };
    });
    assert.deepEqual(patched, full, name);
  }
  assert.equal(used.size, FINER.length, "every listed difference is seen");
});

test("parse() of a text without tables is the same; with a table, no tables in the small build", () => {
  const prose = "一、基本情况\n全年共受理申请128件，办结121件。\n二、存在问题\n（一）培训不足。开展培训3次。\n";
  assert.deepEqual(small.parse(prose), baogao.parse(prose));

  const withTable = "一、收费情况\n| 项目 | 金额（万元） |\n| --- | --- |\n| 行政事业性收费 | 35.6 |\n";
  const full = baogao.parse(withTable);
  assert.equal(full.tables.length, 1);
  assert.ok(full.indicators.some((i) => i.table !== undefined));
  // Both fields are left out when there is no table (as in the Rust JSON).
  const lean = small.parse(withTable);
  assert.equal(lean.tables, undefined);
  assert.ok(lean.indicators.every((i) => i.table === undefined));
  assert.equal(lean.sections[0].heading.title, "收费情况");
});

test("the small build does not read past a line break inside a unit (no hard-wraps)", () => {
  // (parse(): the outline joins a wrapped paragraph's lines into one region; indicators() joins
  // a line that stops mid-sentence and fills the snippet's page width.)
  const text = "某县统计公报\n\n正文。\n全年全县地区生产总值增速高于全省1.2个百\n分点。\n";
  assert.equal(baogao.parse(text).indicators[0].unit, "个百分点");
  assert.notEqual(small.parse(text).indicators[0].unit, "个百分点");
  assert.equal(baogao.indicators(text)[0].unit, "个百分点");
  assert.notEqual(small.indicators(text)[0].unit, "个百分点");
});

test("the small build reads no address block: its lines stay preamble paragraphs", () => {
  const text = "某市政府工作报告\n——2024年1月15日在某市第十届人民代表大会第二次会议上\n市长 张三\n各位代表：\n现在报告工作。\n";
  assert.equal(baogao.parse(text).meta.speaker, "市长 张三");
  const lean = small.parse(text);
  assert.equal(lean.meta.dateline, undefined);
  assert.equal(lean.preamble.length, 4);
  assert.deepEqual(small.indicators(text), baogao.indicators(text));
});
