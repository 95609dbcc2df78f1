//! WebAssembly binding (to be written).
