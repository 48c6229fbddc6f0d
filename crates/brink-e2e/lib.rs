//! Nothing but a home for the end-to-end tests (`tests/e2e`) and the bench (`examples/bench.rs`).
