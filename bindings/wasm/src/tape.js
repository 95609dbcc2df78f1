// Builds the JS value of a tape written by src/tape.rs (see there for the format). Runs entirely
// in JS: one call across the boundary per result instead of one per object, property and value.
export function fromTape(ops, nums, strs) {
  let i = 0;
  let n = 0;
  const statics = [];
  function value() {
    switch (ops[i++]) {
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
      case 8: {
        const len = ops[i++];
        const o = {};
        for (let k = 0; k < len; k++) { const key = value(); o[key] = value(); }
        return o;
      }
      default: throw new Error("baogao: corrupt tape");
    }
  }
  return value();
}
