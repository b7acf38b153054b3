//! Krait's standard library.
