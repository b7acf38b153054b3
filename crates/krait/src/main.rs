//! The krait binary.
fn main() {}
