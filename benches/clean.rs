//! Benchmarks of `parse` (placeholder until the speed issue lands).
fn main() {}
