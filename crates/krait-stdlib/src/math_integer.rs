//! The integer functions of `math`: factorial, gcd, lcm, isqrt, comb and perm. Mirrors the
//! integer part of `Modules/mathmodule.c` (its argument rules and messages); products are
//! computed by binary splitting so big results stay fast.

use krait_vm::objects::int::int_val;
use krait_vm::{Args, PyRef, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::math::{n_args, one_arg};

/// `operator.index(o)` as a big integer.
fn index_big(vm: &Vm, o: &PyRef) -> PyResult<BigInt> {
    let i = krait_vm::protocols::number::index(vm, o)?;
    Ok(int_val(&i).map(|v| v.to_big()).unwrap_or_default())
}

/// Greatest common divisor (Euclid), non-negative.
fn big_gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut a, mut b) = (a.abs(), b.abs());
    while !b.is_zero() {
        let r = &a % &b;
        a = std::mem::replace(&mut b, r);
    }
    a
}

/// The product `lo * (lo+1) * ... * (lo+count-1)`, split in halves so the multiplications
/// are balanced.
fn rising_product(lo: &BigInt, count: u64) -> BigInt {
    match count {
        0 => BigInt::one(),
        1 => lo.clone(),
        2 => lo * (lo + 1u32),
        _ => {
            let half = count / 2;
            rising_product(lo, half) * rising_product(&(lo + half), count - half)
        }
    }
}

pub fn factorial_big(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    rising_product(&BigInt::one(), n)
}

pub fn factorial(vm: &Vm, args: Args) -> PyResult {
    let o = one_arg(vm, &args, "factorial")?;
    let n = index_big(vm, o)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(vm.bigint(factorial_big(n as u64)))
}

fn check_no_kw(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("math.{name}() takes no keyword arguments")))
    }
}

pub fn gcd(vm: &Vm, args: Args) -> PyResult {
    check_no_kw(vm, &args, "gcd")?;
    let mut res = BigInt::zero();
    for (i, o) in args.pos().iter().enumerate() {
        let x = index_big(vm, o)?;
        if i == 0 {
            res = x.abs();
        } else if !res.is_one() {
            res = big_gcd(&res, &x);
        }
    }
    Ok(vm.bigint(res))
}

pub fn lcm(vm: &Vm, args: Args) -> PyResult {
    check_no_kw(vm, &args, "lcm")?;
    let mut res = BigInt::one();
    for (i, o) in args.pos().iter().enumerate() {
        let x = index_big(vm, o)?;
        if i == 0 {
            res = x.abs();
        } else if !res.is_zero() {
            res = if x.is_zero() {
                BigInt::zero()
            } else {
                (&res / big_gcd(&res, &x) * &x).abs()
            };
        }
    }
    Ok(vm.bigint(res))
}

pub fn isqrt(vm: &Vm, args: Args) -> PyResult {
    let o = one_arg(vm, &args, "isqrt")?;
    let n = index_big(vm, o)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.bigint(n.sqrt()))
}

/// The checks comb and perm share: both non-negative ints.
fn n_and_k(vm: &Vm, n: &PyRef, k: &PyRef) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// P(n, k) = n! / (n-k)!, for k <= n.
fn perm_big(n: &BigInt, k: u64) -> BigInt {
    rising_product(&(n - k + 1u32), k)
}

pub fn perm(vm: &Vm, args: Args) -> PyResult {
    check_no_kw(vm, &args, "perm")?;
    let p = args.pos();
    match p.len() {
        0 => return Err(vm.type_error("perm expected at least 1 argument, got 0")),
        1 => return factorial(vm, Args::new(&p[..1])),
        2 => {}
        n => return Err(vm.type_error(format!("perm expected at most 2 arguments, got {n}"))),
    }
    if vm.is_none(&p[1]) {
        return factorial(vm, Args::new(&p[..1]));
    }
    let (n, k) = n_and_k(vm, &p[0], &p[1])?;
    if n < k {
        return Ok(vm.int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(vm.bigint(perm_big(&n, k as u64)))
}

pub fn comb(vm: &Vm, args: Args) -> PyResult {
    let p = n_args(vm, &args, "comb", 2)?;
    let (n, k) = n_and_k(vm, &p[0], &p[1])?;
    let small_n = n.to_i64().is_some();
    if small_n && k > n {
        return Ok(vm.int(0));
    }
    let rest = &n - &k;
    if rest.is_negative() {
        return Ok(vm.int(0));
    }
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    Ok(vm.bigint(perm_big(&n, k) / factorial_big(k)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products() {
        assert_eq!(factorial_big(0), BigInt::one());
        assert_eq!(
            factorial_big(20),
            BigInt::from(2_432_902_008_176_640_000u64)
        );
        assert_eq!(
            factorial_big(30).to_string(),
            "265252859812191058636308480000000"
        );
        let n = BigInt::from(100);
        assert_eq!(
            (perm_big(&n, 50) / factorial_big(50)).to_string(),
            "100891344545564193334812497256"
        );
    }
}
