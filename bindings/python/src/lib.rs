//! Python binding (to be written).
