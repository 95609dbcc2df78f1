// chunks(): UTF-16 spans that slice the JS string, the same chunks as the CLI (byte spans
// converted independently in JS), options and their errors. Run after build.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { baogao, byteToUtf16, corpus, root } from "./helpers.mjs";

const { chunks } = baogao;

test("chunks() gives plain objects whose spans slice the string", () => {
  const text = "某局工作报告\n一、主要成效\n全年立案94件，罚款208.74万元。😀\n二、存在问题\n基层力量不足。\n";
  const cs = chunks(text, { max_chars: 100 });
  assert.deepEqual(cs.map((c) => c.text), ["一、主要成效\n全年立案94件，罚款208.74万元。😀", "二、存在问题\n基层力量不足。"]);
  assert.deepEqual(Object.keys(cs[0]), ["text", "span", "chars", "path", "indicators", "title", "published",
    "table_header", "context_before"]);
  for (const c of cs) assert.equal(text.slice(c.span.start, c.span.end), c.text);
  assert.deepEqual(cs[1].path, ["存在问题"]);
  assert.equal(cs[0].chars, 27); // code points: the emoji is one, though two UTF-16 units
  assert.equal(cs[0].title, "某局工作报告");
  assert.deepEqual(chunks(text), chunks(text, {}));
});

test("chunks() options: max_chars, overlap, merge_small, and bad values", () => {
  const text = "一、工作\n第一句话。第二句话。\n";
  const cs = chunks(text, { max_chars: 11, overlap: 3 });
  assert.deepEqual(cs.map((c) => c.text), ["一、工作\n第一句话。", "第二句话。"]);
  assert.equal(cs[1].context_before, "句话。");
  assert.equal(chunks("一、甲\n短句。\n二、乙\n短句。\n", { merge_small: true }).length, 1);
  for (const bad of [{ max_chars: -1 }, { max_chars: 1.5 }, { overlap: "3" }, { merge_small: 1 }]) {
    assert.throws(() => chunks(text, bad), (e) => e.code === "invalid_argument");
  }
  assert.throws(() => chunks(42), (e) => e.code === "invalid_argument");
});

test("chunks() agrees with the CLI on the corpus", (t) => {
  const bin = join(root, "target", "release", "baogao");
  if (!existsSync(bin)) return t.skip("the CLI is not built");
  for (const { name, text } of corpus()) {
    const file = join(root, "tests", "corpus", `${name}.txt`);
    const cli = execFileSync(bin, ["chunks", "--max-chars", "300", file], { encoding: "utf8" })
      .trim().split("\n").map((l) => JSON.parse(l));
    const map = byteToUtf16(text);
    const js = chunks(text, { max_chars: 300 });
    assert.deepEqual(js.map((c) => [c.text, c.span.start, c.span.end, c.path]),
      cli.map((c) => [c.text, map.get(c.span.start), map.get(c.span.end), c.path]), name);
  }
});
