// The one npm package (pkg/, built by build.sh) as a user meets it: installed under the name
// "baogao", imported from ES modules and required from CommonJS in Node, with no init() call and
// no test hooks; the browser/bundler entry is the web build (checked in Chromium by the e2e test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wasmDir } from "./helpers.mjs";

const pkg = join(wasmDir, "pkg");

/** A project folder with the package installed as node_modules/baogao. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), "baogao-pkg-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(pkg, join(dir, "node_modules", "baogao"), "dir");
  return dir;
}

const TEXT = "一、总体情况\\n全年立案94件。\\n";

test("import { parse } from \"baogao\" works in Node (ES module)", () => {
  const dir = project();
  writeFileSync(join(dir, "main.mjs"),
    `import { parse, indicators, version } from "baogao";\n` +
    `import * as all from "baogao";\n` +
    `const r = parse("${TEXT}");\n` +
    `console.log(JSON.stringify([r.sections[0].heading.title, indicators("${TEXT}")[0].value,` +
    ` typeof version(), Object.keys(all).sort()]));\n`);
  const out = JSON.parse(execFileSync("node", ["main.mjs"], { cwd: dir, encoding: "utf8" }));
  assert.deepEqual(out.slice(0, 3), ["总体情况", 94, "string"]);
  assert.deepEqual(out[3], ["chunks", "decode", "gio", "indicators", "parse", "parseBytes", "version"]);
});

test("require(\"baogao\") works in Node (CommonJS)", () => {
  const dir = project();
  writeFileSync(join(dir, "main.cjs"),
    `const b = require("baogao");\n` +
    `console.log(JSON.stringify([b.parse("${TEXT}").sections[0].heading.title, "__testPanic" in b]));\n`);
  const out = JSON.parse(execFileSync("node", ["main.cjs"], { cwd: dir, encoding: "utf8" }));
  assert.deepEqual(out, ["总体情况", false]);
});

test("package.json: one package, node and default conditions, no test hook anywhere", () => {
  const p = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
  assert.equal(p.name, "baogao");
  assert.deepEqual(Object.keys(p.exports["."]), ["node", "default"]);
  assert.equal(p.exports["."].default.default, "./web/index.js");
  for (const f of ["web/baogao.js", "web/baogao.d.ts", "node/baogao.js", "node/baogao.d.ts"]) {
    assert.doesNotMatch(readFileSync(join(pkg, f), "utf8"), /__testPanic/, f);
  }
});
