//! _random: mirrors `Modules/_randommodule.c`. The Mersenne Twister MT19937 with CPython's
//! seeding (`init_by_array` over the 32-bit words of |seed|, or of its hash for non-ints),
//! 53-bit `random()` and `getrandbits`, so sequences equal CPython's for equal seeds.
//! `Random` is subclassable: `random.Random` in `lib/random.py` derives from it.

use std::any::Any;
use std::cell::RefCell;

use krait_vm::objects::int::int_val;
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::NativeData;
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: 624 words and the position of the next one.
#[derive(Clone)]
pub struct Mt19937 {
    mt: [u32; N],
    index: usize,
}

impl Default for Mt19937 {
    fn default() -> Self {
        let mut m = Mt19937 {
            mt: [0; N],
            index: N,
        };
        m.init_genrand(5489);
        m
    }
}

impl Mt19937 {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seed from an array of 32-bit words (the reference `init_by_array`).
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[(kk + 1) % N] & LOWER_MASK);
            self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A non-negative int of `k` random bits, least significant word first.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }
}

/// The native state of a `_random.Random` instance.
pub struct RandomState {
    mt: RefCell<Mt19937>,
}

impl NativeData for RandomState {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a RandomState> {
    o.native::<RandomState>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

/// Seed `st` from `arg` (`random_seed`): None from urandom, ints by absolute value, anything
/// else by its hash.
fn seed_state(vm: &Vm, st: &RandomState, arg: Option<&PyRef>) -> PyResult<()> {
    let n: BigInt = match arg {
        None => {
            let mut key = [0u32; N];
            let mut bytes = [0u8; N * 4];
            crate::posix::fill_random(&mut bytes)
                .map_err(|e| krait_vm::objects::exceptions::os_error_from_errno(vm, e, None))?;
            for (k, c) in key.iter_mut().zip(bytes.chunks_exact(4)) {
                *k = u32::from_ne_bytes([c[0], c[1], c[2], c[3]]);
            }
            st.mt.borrow_mut().init_by_array(&key);
            return Ok(());
        }
        Some(a) if vm.is_none(a) => return seed_state(vm, st, None),
        Some(a) => match int_val(a) {
            Some(v) => v.to_big().abs(),
            None => {
                let h = krait_vm::protocols::compare::hash(vm, a)?;
                BigInt::from(h as u64)
            }
        },
    };
    let mut key = n.to_u32_digits().1;
    if key.is_empty() {
        key.push(0);
    }
    st.mt.borrow_mut().init_by_array(&key);
    Ok(())
}

fn r_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let st = RandomState {
        mt: RefCell::new(Mt19937::default()),
    };
    Ok(krait_vm::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Native(Box::new(st)),
    ))
}

fn r_init(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let st = state(vm, &p[0])?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if p.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_state(vm, st, p.get(1))?;
    Ok(vm.none())
}

fn r_seed(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let st = state(vm, &p[0])?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("Random.seed() takes no keyword arguments"));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "seed expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    seed_state(vm, st, p.get(1))?;
    Ok(vm.none())
}

fn no_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    let p = args.pos();
    if p.len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "Random.{name}() takes no arguments ({} given)",
            args.values.len() - 1
        )));
    }
    Ok(&p[0])
}

fn r_random(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, no_args(vm, &args, "random")?)?;
    let r = st.mt.borrow_mut().random();
    Ok(vm.float(r))
}

fn r_getrandbits(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let st = state(vm, &p[0])?;
    if p.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            args.values.len() - 1
        )));
    }
    let k = krait_vm::objects::int::to_i64(vm, &p[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if k == 0 {
        return Ok(vm.int(0));
    }
    let r = st.mt.borrow_mut().getrandbits(k as u64);
    Ok(vm.bigint(r))
}

fn r_getstate(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, no_args(vm, &args, "getstate")?)?;
    let mt = st.mt.borrow();
    let mut items: Vec<PyRef> = mt.mt.iter().map(|&w| vm.int(w as i64)).collect();
    items.push(vm.usize(mt.index));
    Ok(vm.tuple(items))
}

fn r_setstate(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let st = state(vm, &p[0])?;
    if p.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "Random.setstate() takes exactly one argument ({} given)",
            args.values.len() - 1
        )));
    }
    let Some(items) = p[1].as_tuple() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (w, o) in mt.iter_mut().zip(items.iter()) {
        *w = unsigned_long(vm, o)? as u32;
    }
    let index = krait_vm::objects::int::to_i64(vm, &items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let mut g = st.mt.borrow_mut();
    g.mt = mt;
    g.index = index as usize;
    Ok(vm.none())
}

/// `PyLong_AsUnsignedLong`: a non-negative int that fits 64 bits.
fn unsigned_long(vm: &Vm, o: &PyRef) -> PyResult<u64> {
    let Some(v) = int_val(o) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(o)
        )));
    };
    let b = v.to_big();
    if b.is_negative() {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    b.to_u64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long"))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", r_new),
    MethodDef::method("__init__", r_init),
    MethodDef::method("seed", r_seed),
    MethodDef::method("random", r_random),
    MethodDef::method("getrandbits", r_getrandbits),
    MethodDef::method("getstate", r_getstate),
    MethodDef::method("setstate", r_setstate),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_random");
    let ty = krait_vm::modules::builtins::new_native_type(vm, "Random", "_random", METHODS);
    krait_vm::objects::descr::add_attr(
        vm,
        &ty,
        "__doc__",
        vm.str("Random() -> create a random number generator with its own internal state."),
    );
    set_attr(vm, &m, "Random", ty);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(words: &[u32]) -> Mt19937 {
        let mut m = Mt19937::default();
        m.init_by_array(words);
        m
    }

    #[test]
    fn sequences_match_cpython() {
        // (seed words, random(), getrandbits(64), getrandbits(7)) from CPython 3.11.
        let cases: [(&[u32], f64, u64, u64); 5] = [
            (
                &[0],
                0.844_421_851_525_048_1,
                16_422_101_724_900_707_500,
                53,
            ),
            (
                &[1],
                0.134_364_244_112_401_22,
                14_799_178_230_035_213_023,
                97,
            ),
            (
                &[42],
                0.639_426_798_457_883_7,
                13_679_192_365_072_849_617,
                35,
            ),
            (
                &[0, 0, 0, 16],
                0.758_658_171_299_677_8,
                1_513_291_153_158_585_423,
                125,
            ),
            (
                &[5],
                0.622_901_694_889_701_9,
                6_613_812_840_851_947_673,
                101,
            ),
        ];
        for (words, r, b64, b7) in cases {
            let mut m = seeded(words);
            assert_eq!(m.random(), r);
            assert_eq!(m.getrandbits(64), BigInt::from(b64));
            assert_eq!(m.getrandbits(7), BigInt::from(b7));
        }
        let mut m = seeded(&[0]);
        m.random();
        m.getrandbits(64);
        m.getrandbits(7);
        assert_eq!(
            m.getrandbits(100).to_string(),
            "710317309215200623862088544052"
        );
    }

    #[test]
    fn state_after_seed() {
        let m = seeded(&[3]);
        assert_eq!(m.mt[0], 2_147_483_648);
        assert_eq!(m.mt[1], 507_801_126);
        assert_eq!(m.mt[623], 2_718_891_946);
        assert_eq!(m.index, 624);
    }
}
