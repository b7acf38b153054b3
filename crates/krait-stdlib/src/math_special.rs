//! The numerical algorithms behind `math` that need more than libm: the Lanczos gamma and
//! log-gamma (`m_tgamma`, `m_lgamma`), Shewchuk's exact summation (`math_fsum`) and the
//! accurate Euclidean norm of `hypot`/`dist` (`vector_norm`). Mirrors the corresponding parts
//! of `Modules/mathmodule.c`, so results agree with CPython to the last bit.

use crate::math::{c_pow, cos, exp, log, sin, MathError};
use std::f64::consts::PI;

const LOG_PI: f64 = 1.1447298858494002;

/// Lanczos approximation parameters (N=13, g=6.0246800407767296; Boost's choice).
const LANCZOS_G: f64 = 6.024_680_040_776_73;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_73;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// Exact gamma values for 1..=23.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi*x), accurate near integers (finite x only).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => sin(PI * y),
        1 => cos(PI * (y - 0.5)),
        // sin(pi*(1-y)), not -sin(pi*(y-1)), so y == 1 gives +0.0.
        2 => sin(PI * (1.0 - y)),
        3 => -cos(PI * (y - 1.5)),
        _ => sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos sum as a rational function; for large x evaluated in 1/x against overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// Gamma function (`m_tgamma`).
pub fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathError::Domain);
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(MathError::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z: the rounding error in y, used for a first-order correction.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= c_pow(y, absx - 0.5);
        } else {
            let sqrtpow = c_pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= c_pow(y, absx - 0.5);
        } else {
            let sqrtpow = c_pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// Natural log of |gamma(x)| (`m_lgamma`).
pub fn lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-log(absx));
    }
    let mut r = log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOG_PI - log(sinpi(absx).abs()) - log(absx) - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// Exactly rounded running sum (Shewchuk's partials, as `math_fsum`).
#[derive(Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special: f64,
    inf: f64,
}

impl Fsum {
    /// Add `x`; false on intermediate overflow of finite values.
    pub fn add(&mut self, mut x: f64) -> bool {
        let xsave = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From intermediate overflow, or an inf/nan among the summands.
                if xsave.is_finite() {
                    return false;
                }
                if xsave.is_infinite() {
                    self.inf += xsave;
                }
                self.special += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        true
    }

    /// The correctly rounded total; Err for `-inf + inf`.
    pub fn total(&self) -> Result<f64, ()> {
        if self.special != 0.0 {
            if self.inf.is_nan() {
                return Err(());
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                lo = y - (hi - x);
                if lo != 0.0 {
                    break;
                }
            }
            // Half-even rounding across partials: fsum([1e-16, 1, 1e16]) rounds up.
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                if y == x - hi {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

/// sqrt(sum(x*x)) of non-negative values, without overflow and almost always correctly
/// rounded: power-of-two scaling, Veltkamp-Dekker squaring, compensated summation and a
/// differential correction of the square root (`vector_norm`).
pub fn vector_norm(vec: &mut [f64]) -> f64 {
    const T27: f64 = 134_217_729.0; // 2**27 + 1
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in vec.iter() {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let max_e = crate::math::frexp(max).1;
    // Neumaier-style step: csum stays at least as large as the addend.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e >= -1023 {
        let scale = crate::math::ldexp(1.0, -max_e);
        for &v in vec.iter() {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Subnormal max: 2**-max_e would overflow, so divide by max instead.
    for &v in vec.iter() {
        let x = v / max;
        add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_matches_cpython() {
        assert_eq!(tgamma(0.5), Ok(1.772_453_850_905_515_9));
        assert_eq!(tgamma(5.5), Ok(52.342_777_784_553_52));
        assert_eq!(tgamma(-0.5), Ok(-3.544_907_701_811_032));
        assert_eq!(tgamma(-100.5), Ok(-3.353_690_819_807_678e-159));
        assert_eq!(tgamma(171.5), Ok(9.483_367_566_824_801e307));
        assert_eq!(tgamma(0.0), Err(MathError::Domain));
        assert_eq!(tgamma(172.0), Err(MathError::Range));
        assert_eq!(lgamma(-2.5), Ok(-0.056_243_716_497_674_57));
        assert_eq!(lgamma(100.2), Ok(360.054_438_608_918_1));
        assert_eq!(lgamma(-180.5), Ok(-759.701_941_104_301_5));
    }

    /// Random arguments, expected values from CPython 3.11.
    #[rustfmt::skip]
    const GAMMA_CASES: [(f64, f64, f64); 24] = [(-59.896859956724796, 1.8103260145261572e-81, -185.91588558493663), (-118.71128086566935, -2.8458421917496734e-196, -450.26081917784194), (51.31772083355028, 1.0584770016071726e+65, 149.72486212862648), (-145.37166253303548, 6.663513970083773e-253, -580.6573815589497), (12.199881464274313, 65154808.0330306, 17.992276658244634), (-45.66576824972091, 2.3721369534653828e-57, -130.3835590836432), (-150.28036557659968, -1.7476093629515746e-263, -605.0216306817475), (2.5281492844029003, 1.3561768886068855, 0.30466962983563306), (-157.25147612972515, 1.0561538844036973e-278, -640.0640219538102), (-22.5604675547888, -4.9361259896068395e-22, -49.060291234954946), (-146.24915598462957, -1.0941051744159204e-254, -584.7666767836171), (-139.1575754630859, 3.1582304212481764e-239, -549.1678253481087), (-0.4528848651449162, -3.5864890485361993, 1.2771737430556969), (1.9611127480322281, 0.984177244186371, -0.015949271944999843), (-2.2571882331021262, -1.6923225081601336, 0.5261018506803528), (-1.6605662123579128, 2.3964749690932354, 0.8739988947865506), (0.7645993344335356, 1.2064670326646414, 0.18769628093932786), (2.6862536547420337, 1.5279241289875576, 0.42391003570758334), (0.4626176917049918, 1.9143314800872886, 0.6493684651240574), (-0.6199171520953191, -3.7710363075641347, 1.3273498463296143), (2.85753063355752, 1.7607910354968914, 0.5657631600636401), (-2.7205039162934623, -0.9556834972134612, -0.045328490606856287), (2.1508107542920776, 1.073445597378324, 0.0708736592493906), (-1.2623442820099424, 3.7509439352614615, 1.3220075243768676)];

    #[test]
    fn gamma_random_cases() {
        for (x, g, lg) in GAMMA_CASES {
            assert_eq!(tgamma(x), Ok(g), "gamma({x})");
            assert_eq!(lgamma(x), Ok(lg), "lgamma({x})");
        }
    }

    #[test]
    fn fsum_is_exact() {
        let sum = |xs: &[f64]| {
            let mut f = Fsum::default();
            for &x in xs {
                assert!(f.add(x));
            }
            f.total()
        };
        assert_eq!(sum(&[0.1; 10]), Ok(1.0));
        assert_eq!(sum(&[1e-16, 1.0, 1e16]), Ok(1.000_000_000_000_000_2e16));
        assert_eq!(
            sum(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
            Ok(1e-100)
        );
        assert_eq!(sum(&[f64::INFINITY, f64::NEG_INFINITY]), Err(()));
        let mut f = Fsum::default();
        assert!(f.add(1e308));
        assert!(!f.add(1e308));
    }

    #[test]
    fn norm_matches_cpython() {
        assert_eq!(vector_norm(&mut [3.0, 4.0]), 5.0);
        assert_eq!(vector_norm(&mut [1.1, 2.2, 3.3]), 4.115_823_125_451_335);
        assert_eq!(vector_norm(&mut [1e-320, 3e-320]), 3.162e-320);
        assert_eq!(
            vector_norm(&mut [0.1, 0.2, 0.3, 0.4, 0.5]),
            0.741_619_848_709_566_3
        );
        assert_eq!(
            vector_norm(&mut [1e308, 1e308]),
            1.414_213_562_373_095_1e308
        );
    }
}
