//! _hashlib and _blake2: the hash objects behind `lib/hashlib.py`. Mirrors the interface of
//! CPython's `Modules/_hashopenssl.c` (`HASH`, `HASHXOF`, `new`, `openssl_*`) and
//! `Modules/_blake2/` (`blake2b`, `blake2s` with digest_size, key, salt and person); the
//! digests themselves come from the RustCrypto crates.

use std::any::Any;
use std::cell::RefCell;

use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::core_api::{CoreWrapper, VariableOutputCore};
use digest::{DynDigest, ExtendableOutput, Update};
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::{NativeData, Payload};
use krait_vm::{Args, MethodDef, PyRef, PyResult, Vm};

use crate::_struct::bind;

/// The running state of one hash object.
enum State {
    Fixed(Box<dyn DynDigest>),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(CoreWrapper<Blake2bVarCore>, usize),
    Blake2s(CoreWrapper<Blake2sVarCore>, usize),
}

impl Clone for State {
    fn clone(&self) -> Self {
        match self {
            State::Fixed(d) => State::Fixed(d.box_clone()),
            State::Shake128(s) => State::Shake128(s.clone()),
            State::Shake256(s) => State::Shake256(s.clone()),
            State::Blake2b(w, n) => State::Blake2b(w.clone(), *n),
            State::Blake2s(w, n) => State::Blake2s(w.clone(), *n),
        }
    }
}

/// A hash object: its algorithm name, block size and state.
struct Hasher {
    name: &'static str,
    block_size: usize,
    state: RefCell<State>,
}

impl NativeData for Hasher {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Hasher {
    fn digest_size(&self) -> usize {
        match &*self.state.borrow() {
            State::Fixed(d) => d.output_size(),
            State::Shake128(_) | State::Shake256(_) => 0,
            State::Blake2b(_, n) | State::Blake2s(_, n) => *n,
        }
    }

    fn feed(&self, data: &[u8]) {
        match &mut *self.state.borrow_mut() {
            State::Fixed(d) => d.update(data),
            State::Shake128(s) => s.update(data),
            State::Shake256(s) => s.update(data),
            State::Blake2b(w, _) => w.update(data),
            State::Blake2s(w, _) => w.update(data),
        }
    }

    /// The digest of the data so far (`xof_len` bytes for the SHAKE functions); the
    /// state itself is left untouched.
    fn finish(&self, xof_len: usize) -> Vec<u8> {
        match self.state.borrow().clone() {
            State::Fixed(d) => d.finalize().into_vec(),
            State::Shake128(s) => s.finalize_boxed(xof_len).into_vec(),
            State::Shake256(s) => s.finalize_boxed(xof_len).into_vec(),
            State::Blake2b(w, n) => {
                let (mut core, mut buf) = w.decompose();
                let mut out = digest::Output::<Blake2bVarCore>::default();
                core.finalize_variable_core(&mut buf, &mut out);
                out[..n].to_vec()
            }
            State::Blake2s(w, n) => {
                let (mut core, mut buf) = w.decompose();
                let mut out = digest::Output::<Blake2sVarCore>::default();
                core.finalize_variable_core(&mut buf, &mut out);
                out[..n].to_vec()
            }
        }
    }
}

/// The algorithms of `_hashlib.new`: name, block size, constructor.
const ALGORITHMS: &[(&str, usize, fn() -> State)] = &[
    ("md5", 64, || State::Fixed(Box::new(md5::Md5::default()))),
    ("sha1", 64, || State::Fixed(Box::new(sha1::Sha1::default()))),
    ("sha224", 64, || {
        State::Fixed(Box::new(sha2::Sha224::default()))
    }),
    ("sha256", 64, || {
        State::Fixed(Box::new(sha2::Sha256::default()))
    }),
    ("sha384", 128, || {
        State::Fixed(Box::new(sha2::Sha384::default()))
    }),
    ("sha512", 128, || {
        State::Fixed(Box::new(sha2::Sha512::default()))
    }),
    ("sha3_224", 144, || {
        State::Fixed(Box::new(sha3::Sha3_224::default()))
    }),
    ("sha3_256", 136, || {
        State::Fixed(Box::new(sha3::Sha3_256::default()))
    }),
    ("sha3_384", 104, || {
        State::Fixed(Box::new(sha3::Sha3_384::default()))
    }),
    ("sha3_512", 72, || {
        State::Fixed(Box::new(sha3::Sha3_512::default()))
    }),
    ("shake_128", 168, || {
        State::Shake128(sha3::Shake128::default())
    }),
    ("shake_256", 136, || {
        State::Shake256(sha3::Shake256::default())
    }),
];

static TYPES: krait_vm::object::GilStatic<RefCell<Option<[PyRef; 4]>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));

/// `[HASH, HASHXOF, blake2b, blake2s]`.
fn types(vm: &Vm) -> [PyRef; 4] {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let sealed = |name, module, methods| {
        krait_vm::modules::builtins::new_sealed_native_type(vm, name, module, methods)
    };
    let all = [
        sealed("HASH", "_hashlib", HASH_METHODS),
        sealed("HASHXOF", "_hashlib", XOF_METHODS),
        sealed("blake2b", "_blake2", BLAKE2B_METHODS),
        sealed("blake2s", "_blake2", BLAKE2S_METHODS),
    ];
    for t in &all {
        krait_vm::objects::descr::add_getset(vm, t, "name", get_name, None);
        krait_vm::objects::descr::add_getset(vm, t, "digest_size", get_digest_size, None);
        krait_vm::objects::descr::add_getset(vm, t, "block_size", get_block_size, None);
    }
    TYPES.with(|ts| *ts.borrow_mut() = Some(all.clone()));
    all
}

fn hasher<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Hasher> {
    o.native::<Hasher>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a hash object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

fn self_arg<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyRef> {
    args.pos()
        .first()
        .ok_or_else(|| vm.type_error("unbound method needs an argument"))
}

/// The bytes of data to hash: str is refused with CPython's message.
fn data_bytes(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    if o.as_str().is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    krait_vm::objects::bytes::as_buffer(o)
        .map(|b| b.into_owned())
        .ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

fn wrap(vm: &Vm, name: &'static str, block_size: usize, state: State) -> PyRef {
    let ty = if matches!(state, State::Shake128(_) | State::Shake256(_)) {
        types(vm)[1].clone()
    } else {
        types(vm)[0].clone()
    };
    PyRef::new(
        &ty,
        Payload::Native(Box::new(Hasher {
            name,
            block_size,
            state: RefCell::new(state),
        })),
    )
}

// ---------------------------------------------------------------------------------------------
// HASH and HASHXOF methods

fn h_update(vm: &Vm, args: Args) -> PyResult {
    let h = hasher(vm, self_arg(vm, &args)?)?;
    let p = args.pos();
    if p.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "HASH.update() takes exactly one argument ({} given)",
            args.values.len() - 1
        )));
    }
    h.feed(&data_bytes(vm, &p[1])?);
    Ok(vm.none())
}

fn no_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Hasher> {
    let h = hasher(vm, self_arg(vm, args)?)?;
    if args.values.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.values.len() - 1
        )));
    }
    Ok(h)
}

fn hex(data: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

fn h_digest(vm: &Vm, args: Args) -> PyResult {
    let h = no_args(vm, &args, "digest")?;
    Ok(vm.bytes_vec(h.finish(0)))
}

fn h_hexdigest(vm: &Vm, args: Args) -> PyResult {
    let h = no_args(vm, &args, "hexdigest")?;
    Ok(vm.str(&hex(&h.finish(0))))
}

fn h_copy(vm: &Vm, args: Args) -> PyResult {
    let me = self_arg(vm, &args)?;
    let h = no_args(vm, &args, "copy")?;
    let copy = Hasher {
        name: h.name,
        block_size: h.block_size,
        state: RefCell::new(h.state.borrow().clone()),
    };
    Ok(krait_vm::objects::object::alloc_instance(
        vm,
        &me.class(),
        Payload::Native(Box::new(copy)),
    ))
}

/// The `length` argument of `HASHXOF.digest(length)`.
fn xof_length(vm: &Vm, args: &Args, name: &str) -> PyResult<usize> {
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = bind(vm, &rest, name, &["length"], 0, 1)?;
    let Some(length) = a[0] else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'length' (pos 1)"
        )));
    };
    let n = krait_vm::objects::int::to_i64(vm, length)?;
    // CPython lets the negative size reach PyBytes_FromStringAndSize.
    usize::try_from(n)
        .map_err(|_| vm.system_error("Negative size passed to PyBytes_FromStringAndSize"))
}

fn x_digest(vm: &Vm, args: Args) -> PyResult {
    let h = hasher(vm, self_arg(vm, &args)?)?;
    let n = xof_length(vm, &args, "digest")?;
    Ok(vm.bytes_vec(h.finish(n)))
}

fn x_hexdigest(vm: &Vm, args: Args) -> PyResult {
    let h = hasher(vm, self_arg(vm, &args)?)?;
    let n = xof_length(vm, &args, "hexdigest")?;
    Ok(vm.str(&hex(&h.finish(n))))
}

fn no_instances(vm: &Vm, args: Args) -> PyResult {
    let name = args
        .pos()
        .first()
        .and_then(|t| t.as_type().map(|td| td.name()))
        .unwrap_or_default();
    Err(vm.type_error(format!("cannot create '_hashlib.{name}' instances")))
}

/// `<md5 _hashlib.HASH object @ 0x...>`, as OpenSSL-backed objects print.
fn h_repr(vm: &Vm, args: Args) -> PyResult {
    let me = self_arg(vm, &args)?;
    let h = hasher(vm, me)?;
    Ok(vm.string(format!(
        "<{} _hashlib.{} object @ {:#x}>",
        h.name,
        vm.type_name(me),
        me.id()
    )))
}

fn get_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.str(hasher(vm, o)?.name))
}

fn get_digest_size(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.usize(hasher(vm, o)?.digest_size()))
}

fn get_block_size(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.usize(hasher(vm, o)?.block_size))
}

const HASH_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", no_instances),
    MethodDef::method("__repr__", h_repr),
    MethodDef::method("update", h_update),
    MethodDef::method("digest", h_digest),
    MethodDef::method("hexdigest", h_hexdigest),
    MethodDef::method("copy", h_copy),
];

const XOF_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", no_instances),
    MethodDef::method("__repr__", h_repr),
    MethodDef::method("update", h_update),
    MethodDef::method("digest", x_digest),
    MethodDef::method("hexdigest", x_hexdigest),
    MethodDef::method("copy", h_copy),
];

// ---------------------------------------------------------------------------------------------
// _hashlib functions

/// `new(name, data=b'', *, usedforsecurity=True)` and the `openssl_<name>` constructors.
fn construct(vm: &Vm, args: &Args, fname: &str, name: Option<&str>) -> PyResult {
    let (algo, data) = match name {
        Some(n) => {
            let a = bind_data(vm, args, fname, &["string", "usedforsecurity"], 1)?;
            (n.to_owned(), a)
        }
        None => {
            let a = bind(
                vm,
                args,
                fname,
                &["name", "string", "usedforsecurity"],
                0,
                1,
            )?;
            let Some(n) = a[0].and_then(|o| o.as_str()) else {
                return Err(vm.type_error("name must be a string"));
            };
            (n.to_lowercase(), a[1].cloned())
        }
    };
    let Some(&(name, block, make)) = ALGORITHMS.iter().find(|(n, _, _)| *n == algo) else {
        return Err(vm.value_error(format!("unsupported hash type {algo}")));
    };
    let obj = wrap(vm, name, block, make());
    if let Some(d) = data {
        let bytes = data_bytes(vm, &d)?;
        hasher(vm, &obj)?.feed(&bytes);
    }
    Ok(obj)
}

/// Bind `(string=b'', /?, *, usedforsecurity)`-style arguments: at most `npos` positional.
fn bind_data(
    vm: &Vm,
    args: &Args,
    fname: &str,
    names: &[&str],
    npos: usize,
) -> PyResult<Option<PyRef>> {
    let given = args.pos().len();
    if given > npos {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {npos} positional argument ({given} given)"
        )));
    }
    let a = bind(vm, args, fname, names, 0, 0)?;
    Ok(a[0].cloned())
}

fn hl_new(vm: &Vm, args: Args) -> PyResult {
    construct(vm, &args, "new", None)
}

macro_rules! openssl_ctor {
    ($($fn_name:ident => $algo:literal),* $(,)?) => {
        $(fn $fn_name(vm: &Vm, args: Args) -> PyResult {
            construct(vm, &args, stringify!($fn_name), Some($algo))
        })*
        const FUNCTIONS: &[MethodDef] = &[
            MethodDef::method("new", hl_new),
            $(MethodDef::method(stringify!($fn_name), $fn_name),)*
        ];
    };
}

openssl_ctor! {
    openssl_md5 => "md5",
    openssl_sha1 => "sha1",
    openssl_sha224 => "sha224",
    openssl_sha256 => "sha256",
    openssl_sha384 => "sha384",
    openssl_sha512 => "sha512",
    openssl_sha3_224 => "sha3_224",
    openssl_sha3_256 => "sha3_256",
    openssl_sha3_384 => "sha3_384",
    openssl_sha3_512 => "sha3_512",
    openssl_shake_128 => "shake_128",
    openssl_shake_256 => "shake_256",
}

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_hashlib");
    crate::add_functions(vm, &m, FUNCTIONS);
    let [hash, xof, _, _] = types(vm);
    set_attr(vm, &m, "HASH", hash);
    set_attr(vm, &m, "HASHXOF", xof);
    Ok(m)
}

// ---------------------------------------------------------------------------------------------
// _blake2

/// Limits of one BLAKE2 flavour: name, block size, max digest/key size, salt/person size.
struct Flavour {
    name: &'static str,
    block: usize,
    max_out: usize,
    max_salt: usize,
}

const B2B: Flavour = Flavour {
    name: "blake2b",
    block: 128,
    max_out: 64,
    max_salt: 16,
};
const B2S: Flavour = Flavour {
    name: "blake2s",
    block: 64,
    max_out: 32,
    max_salt: 8,
};

const BLAKE2_PARAMS: &[&str] = &[
    "data",
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

/// The tree-hashing parameters (index into `BLAKE2_PARAMS`, default value): only the
/// sequential-mode defaults are supported.
const TREE_DEFAULTS: &[(usize, i64)] = &[(5, 1), (6, 1), (7, 0), (8, 0), (9, 0), (10, 0)];

/// A C `int` argument (`digest_size` and the tree parameters).
fn c_int(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let v = krait_vm::objects::int::to_i64(vm, o).map_err(|_| {
        if krait_vm::objects::int::int_val(o).is_some() {
            vm.overflow_error("Python int too large to convert to C int")
        } else {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(o)
            ))
        }
    })?;
    if i32::try_from(v).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(v)
}

fn opt_bytes(vm: &Vm, o: Option<&PyRef>) -> PyResult<Vec<u8>> {
    match o {
        None => Ok(Vec::new()),
        Some(v) => krait_vm::objects::bytes::buffer(vm, v).map(|b| b.into_owned()),
    }
}

fn blake2_new(vm: &Vm, args: Args, fl: &Flavour) -> PyResult {
    let cls = args
        .pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("blake2 __new__ needs a type"))?;
    let given = args.pos().len() - 1;
    if given > 1 {
        return Err(vm.type_error(format!(
            "{}() takes at most 1 positional argument ({given} given)",
            fl.name
        )));
    }
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    if let Some(k) = args.kwargs().map(|(k, _)| k).find(|k| *k == "data") {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for {}()",
            fl.name
        )));
    }
    let a = bind(vm, &rest, fl.name, BLAKE2_PARAMS, 0, 0)?;
    let size = match a[1] {
        None => fl.max_out,
        Some(o) => c_int(vm, o)?.max(0) as usize,
    };
    for &(index, default) in TREE_DEFAULTS {
        if let Some(o) = a[index] {
            if c_int(vm, o)? != default {
                return Err(vm.value_error(format!(
                    "{}: tree hashing parameters are not supported by Krait",
                    fl.name
                )));
            }
        }
    }
    if let Some(o) = a[11] {
        if krait_vm::protocols::compare::is_true(vm, o)? {
            return Err(vm.value_error(format!(
                "{}: tree hashing parameters are not supported by Krait",
                fl.name
            )));
        }
    }
    if size == 0 || size > fl.max_out {
        return Err(vm.value_error(format!(
            "digest_size must be between 1 and {} bytes",
            fl.max_out
        )));
    }
    let key = opt_bytes(vm, a[2])?;
    if key.len() > fl.max_out {
        return Err(vm.value_error(format!("maximum key length is {} bytes", fl.max_out)));
    }
    let salt = opt_bytes(vm, a[3])?;
    if salt.len() > fl.max_salt {
        return Err(vm.value_error(format!("maximum salt length is {} bytes", fl.max_salt)));
    }
    let person = opt_bytes(vm, a[4])?;
    if person.len() > fl.max_salt {
        return Err(vm.value_error(format!("maximum person length is {} bytes", fl.max_salt)));
    }
    // Keyed BLAKE2: the key, zero-padded to a whole block, is hashed first.
    let mut padded_key = key.clone();
    if !key.is_empty() {
        padded_key.resize(fl.block, 0);
    }
    let state = if fl.block == 128 {
        let core = Blake2bVarCore::new_with_params(&salt, &person, key.len(), size);
        let mut w = CoreWrapper::from_core(core);
        w.update(&padded_key);
        State::Blake2b(w, size)
    } else {
        let core = Blake2sVarCore::new_with_params(&salt, &person, key.len(), size);
        let mut w = CoreWrapper::from_core(core);
        w.update(&padded_key);
        State::Blake2s(w, size)
    };
    let hasher = Hasher {
        name: fl.name,
        block_size: fl.block,
        state: RefCell::new(state),
    };
    if let Some(d) = a[0] {
        hasher.feed(&data_bytes(vm, d)?);
    }
    Ok(krait_vm::objects::object::alloc_instance(
        vm,
        &cls,
        Payload::Native(Box::new(hasher)),
    ))
}

fn b2b_new(vm: &Vm, args: Args) -> PyResult {
    blake2_new(vm, args, &B2B)
}

fn b2s_new(vm: &Vm, args: Args) -> PyResult {
    blake2_new(vm, args, &B2S)
}

const BLAKE2B_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", b2b_new),
    MethodDef::method("update", h_update),
    MethodDef::method("digest", h_digest),
    MethodDef::method("hexdigest", h_hexdigest),
    MethodDef::method("copy", h_copy),
];

const BLAKE2S_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", b2s_new),
    MethodDef::method("update", h_update),
    MethodDef::method("digest", h_digest),
    MethodDef::method("hexdigest", h_hexdigest),
    MethodDef::method("copy", h_copy),
];

pub fn init_blake2(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_blake2");
    let [_, _, b2b, b2s] = types(vm);
    for (name, v) in [
        ("BLAKE2B_MAX_DIGEST_SIZE", 64),
        ("BLAKE2B_MAX_KEY_SIZE", 64),
        ("BLAKE2B_PERSON_SIZE", 16),
        ("BLAKE2B_SALT_SIZE", 16),
        ("BLAKE2S_MAX_DIGEST_SIZE", 32),
        ("BLAKE2S_MAX_KEY_SIZE", 32),
        ("BLAKE2S_PERSON_SIZE", 8),
        ("BLAKE2S_SALT_SIZE", 8),
    ] {
        set_attr(vm, &m, name, vm.int(v));
    }
    set_attr(vm, &m, "blake2b", b2b);
    set_attr(vm, &m, "blake2s", b2s);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(state: State, data: &[u8], n: usize) -> String {
        let h = Hasher {
            name: "t",
            block_size: 0,
            state: RefCell::new(state),
        };
        h.feed(data);
        hex(&h.finish(n))
    }

    #[test]
    fn digests_match_cpython() {
        assert_eq!(
            run((ALGORITHMS[0].2)(), b"hello", 0),
            "5d41402abc4b2a76b9719d911017c592"
        );
        assert_eq!(
            run(State::Shake128(sha3::Shake128::default()), b"x", 5),
            "e472c5e394"
        );
        let core = Blake2sVarCore::new_with_params(b"s", b"p", 1, 20);
        let mut w = CoreWrapper::from_core(core);
        let mut key = b"k".to_vec();
        key.resize(64, 0);
        w.update(&key);
        assert_eq!(
            run(State::Blake2s(w, 20), b"abc", 0),
            "5627c6bd9d46169384f5a5d096204f4c4b2676a3"
        );
    }
}
