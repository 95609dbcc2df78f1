// Runs Microsoft Recognizers-Text (npm) Chinese models over files for run.py.
//   node recognizers.js OUT.json FILE...
// Prints nothing; writes {"models": {name: {"seconds": s, "spans": {file: [[start, end, value], ...]}}}
// with spans in Unicode code points (end exclusive). Models are built once, outside the timing.
"use strict";
const fs = require("fs");
const { Culture } = require("@microsoft/recognizers-text-suite");
const { NumberRecognizer } = require("@microsoft/recognizers-text-number");
const { NumberWithUnitRecognizer } = require("@microsoft/recognizers-text-number-with-unit");

const [out, ...files] = process.argv.slice(2);
const num = new NumberRecognizer(Culture.Chinese);
const unit = new NumberWithUnitRecognizer(Culture.Chinese);
const models = {
  number: num.getNumberModel(),
  percentage: num.getPercentageModel(),
  currency: unit.getCurrencyModel(),
  dimension: unit.getDimensionModel(),
};
const texts = files.map((f) => fs.readFileSync(f, "utf8"));

// UTF-16 index -> code point index.
function cpIndex(text) {
  const map = new Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) { map[++i] = cp; }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

const result = { models: {} };
for (const [name, model] of Object.entries(models)) {
  const spans = {};
  const t0 = process.hrtime.bigint();
  const raw = texts.map((t) => model.parse(t));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  files.forEach((f, k) => {
    if (spans[f]) return; // a file repeated for timing: its spans are already there
    const map = cpIndex(texts[k]);
    // Recognizers' `end` is inclusive.
    spans[f] = raw[k].map((r) => [map[r.start], map[r.end + 1], r.resolution ? r.resolution.value : null]);
  });
  result.models[name] = { seconds, spans };
}
fs.writeFileSync(out, JSON.stringify(result));
