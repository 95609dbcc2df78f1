// Writes generated/golden_<name>.ts: each golden report as a typed object literal, so that
// `tsc --noEmit` checks types.d.ts against the real schema (a missing field, an extra field or an
// unknown enum value in the JSON is a type error). Run by ci.sh before tsc.
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { corpus, golden, here } from "../helpers.mjs";

const out = join(here, "types", "generated");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let n = 0;
for (const { name } of corpus()) {
  const gold = golden(name);
  if (!gold) throw new Error(`tests/golden/${name}.json is missing (bash scripts/update-golden.sh)`);
  const id = name.replace(/[^A-Za-z0-9_]/g, "_");
  writeFileSync(join(out, `golden_${id}.ts`),
    `import type { Report } from "../../../pkg/web/baogao.js";\n` +
    `export const golden_${id}: Report = ${JSON.stringify(gold, null, 1)};\n`);
  n++;
}
console.log(`gen_golden: ${n} typed golden reports in ${out}`);
