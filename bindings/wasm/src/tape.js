// Builds the JS value of a tape written by src/tape.rs (see there for the format). Runs entirely
// in JS: one call across the boundary per result instead of one per object, property and value.
// The state lives in module variables (not a closure per call), and object keys take a fast path
// for field names already seen: both measured faster in V8 (benches/wasm.md).
let ops, nums, strs, i, n, statics;

function value() {
  const op = ops[i++];
  if (op === 8) {
    const len = ops[i++];
    const o = {};
    for (let k = 0; k < len; k++) {
      let key;
      if (ops[i] === 6 && ops[i + 1] < statics.length) {
        key = statics[ops[i + 1]];
        i += 2;
      } else {
        key = value();
      }
      o[key] = value();
    }
    return o;
  }
  switch (op) {
    case 0: return null;
    case 1: return true;
    case 2: return false;
    case 3: return nums[n++];
    case 4: return ops[i++];
    case 5: { const s = strs.slice(ops[i], ops[i + 1]); i += 2; return s; }
    case 6: {
      const id = ops[i++];
      if (id === statics.length) { statics.push(strs.slice(ops[i], ops[i + 1])); i += 2; }
      return statics[id];
    }
    case 7: {
      const len = ops[i++];
      const a = [];
      for (let k = 0; k < len; k++) a.push(value());
      return a;
    }
    default: throw new Error("baogao: corrupt result tape");
  }
}

// `ops` and `nums` are views of wasm memory, valid until the next call into wasm; none happens
// here, and they are dropped before returning.
export function fromTape(o, f, s) {
  ops = o; nums = f; strs = s; i = 0; n = 0; statics = [];
  try {
    return value();
  } finally {
    ops = nums = strs = statics = undefined;
  }
}
