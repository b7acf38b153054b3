//! The `builtins` module: its namespace (types, constants, functions) and the helpers other
//! parts share (`isinstance`, `issubclass`, `dir`). Mirrors `Python/bltinmodule.c`; the
//! function bodies are in `builtins_funcs.rs`.

use crate::object::PyRef;
use crate::objects::type_::{is_subtype, TypeData, BASETYPE};
use crate::objects::Payload;
use crate::protocols::{attr, call, sequence};
use crate::vm::{MethodDef, PyResult, Vm};

/// A type for a native module's objects (payload `Native`), e.g. `_io.TextIOWrapper`.
pub fn new_native_type(vm: &Vm, name: &str, module: &str, methods: &'static [MethodDef]) -> PyRef {
    let td = TypeData::new(name, BASETYPE);
    let t = PyRef::new(&vm.t.type_, Payload::Type(Box::new(td)));
    t.make_immortal();
    let tdr = t.as_type().expect("type");
    *tdr.bases.borrow_mut() = vec![vm.t.object.clone()];
    *tdr.base.borrow_mut() = Some(vm.t.object.clone());
    *tdr.mro.borrow_mut() = vec![t.clone(), vm.t.object.clone()];
    tdr.dict.set_str(vm, "__module__", vm.str(module));
    crate::objects::descr::add_methods(vm, &t, methods);
    t
}

/// `new_native_type` for a type Python code cannot subclass (no `Py_TPFLAGS_BASETYPE`), as
/// most of CPython's extension types.
pub fn new_sealed_native_type(
    vm: &Vm,
    name: &str,
    module: &str,
    methods: &'static [MethodDef],
) -> PyRef {
    let t = new_native_type(vm, name, module, methods);
    let td = t.as_type().expect("type");
    td.flags.set(td.flags.get() & !BASETYPE);
    t
}

/// `isinstance(obj, cls)` with `__instancecheck__` and tuples.
pub fn isinstance(vm: &Vm, obj: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if let Payload::Type(_) = &cls.payload {
        if is_subtype(obj.ty(), cls) {
            return Ok(true);
        }
        if cls.is_type(&vm.t.type_) {
            return recursive_isinstance(vm, obj, cls);
        }
    }
    if cls.is_type(&vm.t.union_type) {
        return union_check(vm, obj, cls, "isinstance", isinstance);
    }
    if let Some(items) = cls.as_tuple() {
        for c in items {
            vm.enter_recursion()?;
            let r = isinstance(vm, obj, c);
            vm.leave_recursion();
            if r? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(m) = cls.type_data().lookup(&vm.names.__instancecheck__) {
        vm.enter_recursion()?;
        let r = call::call_method_obj(vm, &m, cls, &[obj.clone()]);
        vm.leave_recursion();
        return crate::protocols::compare::is_true(vm, &r?);
    }
    recursive_isinstance(vm, obj, cls)
}

/// `isinstance`/`issubclass` against `X | Y`: against each member, as with a tuple; a
/// parameterized generic member is an error.
fn union_check(
    vm: &Vm,
    obj: &PyRef,
    union: &PyRef,
    what: &str,
    check: fn(&Vm, &PyRef, &PyRef) -> PyResult<bool>,
) -> PyResult<bool> {
    let members = union.as_refs().unwrap_or(&[]).to_vec();
    if members.iter().any(|m| m.is_type(&vm.t.generic_alias)) {
        return Err(vm.type_error(format!(
            "{what}() argument 2 cannot be a parameterized generic"
        )));
    }
    for m in members {
        if check(vm, obj, &m)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn abstract_bases(vm: &Vm, cls: &PyRef) -> PyResult<Option<Vec<PyRef>>> {
    match attr::getattr_opt(vm, cls, &vm.intern("__bases__"))? {
        Some(b) => Ok(b.as_tuple().map(|t| t.to_vec())),
        None => Ok(None),
    }
}

pub fn recursive_isinstance(vm: &Vm, obj: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if let Payload::Type(_) = &cls.payload {
        if is_subtype(obj.ty(), cls) {
            return Ok(true);
        }
        if let Some(c) = attr::getattr_opt(vm, obj, &vm.names.__class__)? {
            if !c.is(&obj.class()) && matches!(c.payload, Payload::Type(_)) {
                return Ok(is_subtype(&c, cls));
            }
        }
        return Ok(false);
    }
    if abstract_bases(vm, cls)?.is_none() {
        return Err(
            vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    }
    match attr::getattr_opt(vm, obj, &vm.names.__class__)? {
        Some(c) => abstract_issubclass(vm, &c, cls),
        None => Ok(false),
    }
}

fn abstract_issubclass(vm: &Vm, derived: &PyRef, cls: &PyRef) -> PyResult<bool> {
    let mut d = derived.clone();
    loop {
        if d.is(cls) {
            return Ok(true);
        }
        let Some(bases) = abstract_bases(vm, &d)? else {
            return Ok(false);
        };
        match bases.len() {
            0 => return Ok(false),
            1 => d = bases[0].clone(),
            _ => {
                for b in bases {
                    vm.enter_recursion()?;
                    let r = abstract_issubclass(vm, &b, cls);
                    vm.leave_recursion();
                    if r? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

/// `issubclass(derived, cls)`.
pub fn issubclass(vm: &Vm, derived: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if let (Payload::Type(_), Payload::Type(_)) = (&derived.payload, &cls.payload) {
        if cls.is_type(&vm.t.type_) {
            return Ok(is_subtype(derived, cls));
        }
    }
    if cls.is_type(&vm.t.union_type) {
        return union_check(vm, derived, cls, "issubclass", issubclass);
    }
    if let Some(items) = cls.as_tuple() {
        for c in items {
            if issubclass(vm, derived, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(m) = cls.type_data().lookup(&vm.names.__subclasscheck__) {
        vm.enter_recursion()?;
        let r = call::call_method_obj(vm, &m, cls, &[derived.clone()]);
        vm.leave_recursion();
        return crate::protocols::compare::is_true(vm, &r?);
    }
    recursive_issubclass(vm, derived, cls)
}

pub fn recursive_issubclass(vm: &Vm, derived: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if let (Payload::Type(_), Payload::Type(_)) = (&derived.payload, &cls.payload) {
        return Ok(is_subtype(derived, cls));
    }
    if abstract_bases(vm, derived)?.is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if abstract_bases(vm, cls)?.is_none() {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    abstract_issubclass(vm, derived, cls)
}

fn sorted_names(vm: &Vm, mut names: Vec<String>) -> PyRef {
    names.sort();
    names.dedup();
    vm.list(names.into_iter().map(|n| vm.string(n)).collect())
}

fn collect_type_names(vm: &Vm, cls: &PyRef, out: &mut Vec<String>) {
    if let Some(td) = cls.as_type() {
        for t in td.mro.borrow().iter() {
            if let Some(ttd) = t.as_type() {
                for k in ttd.dict.keys() {
                    if let Some(s) = k.as_str() {
                        out.push(s.to_string());
                    }
                }
            }
        }
    }
    let _ = vm;
}

/// `object.__dir__`: instance dict keys plus the class's attributes.
pub fn object_dir(vm: &Vm, obj: &PyRef) -> PyResult {
    let mut names = Vec::new();
    if let Some(d) = crate::objects::instance::materialize(vm, obj) {
        if let Some(dd) = d.as_dict() {
            for k in dd.keys() {
                if let Some(s) = k.as_str() {
                    names.push(s.to_string());
                }
            }
        }
    }
    collect_type_names(vm, &obj.class(), &mut names);
    Ok(sorted_names(vm, names))
}

/// `type.__dir__`: the attributes of the class and its bases.
pub fn type_dir(vm: &Vm, cls: &PyRef) -> PyResult {
    let mut names = Vec::new();
    collect_type_names(vm, cls, &mut names);
    Ok(sorted_names(vm, names))
}

/// `list[int]` and friends: a `types.GenericAlias`.
pub fn generic_alias(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyResult {
    Ok(crate::objects::generic_alias::new_alias(vm, origin, args))
}

/// `dir(obj)`.
pub fn dir(vm: &Vm, obj: Option<&PyRef>) -> PyResult {
    match obj {
        None => {
            let frame = vm.current_frame();
            let locals = match frame {
                Some(f) => crate::objects::frame::frame_locals(vm, &f)?,
                None => vm.builtins_dict.clone(),
            };
            let keys = crate::protocols::call::call_method(vm, &locals, "keys", &[])?;
            let mut names: Vec<String> = sequence::collect(vm, &keys)?
                .iter()
                .filter_map(|k| k.as_str().map(|s| s.to_string()))
                .collect();
            names.sort();
            Ok(vm.list(names.into_iter().map(|n| vm.string(n)).collect()))
        }
        Some(o) => {
            let m = o
                .type_data()
                .lookup(&vm.names.__dir__)
                .ok_or_else(|| vm.type_error("object does not provide __dir__"))?;
            let r = call::call_method_obj(vm, &m, o, &[])?;
            let mut items = sequence::collect(vm, &r)?;
            let mut err = None;
            crate::objects::list::sort_items(vm, &mut items, None, false)
                .unwrap_or_else(|e| err = Some(e));
            if let Some(e) = err {
                return Err(e);
            }
            Ok(vm.list(items))
        }
    }
}

/// Fill the builtins namespace.
pub fn init(vm: &Vm) {
    let d = vm.builtins_dict.as_dict().expect("dict");
    let t = &vm.t;
    let named: &[(&str, &PyRef)] = &[
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("memoryview", &t.memoryview),
    ];
    for (n, ty) in named {
        d.set_str(vm, n, (*ty).clone());
    }
    for e in t.exceptions() {
        let name = e.as_type().expect("type").name();
        d.set_str(vm, &name, e.clone());
    }
    d.set_str(vm, "EnvironmentError", t.os_error.clone());
    d.set_str(vm, "IOError", t.os_error.clone());
    d.set_str(vm, "None", vm.none());
    d.set_str(vm, "True", vm.true_.clone());
    d.set_str(vm, "False", vm.false_.clone());
    d.set_str(vm, "Ellipsis", vm.ellipsis.clone());
    d.set_str(vm, "NotImplemented", vm.not_implemented());
    d.set_str(vm, "__debug__", vm.true_.clone());
    d.set_str(vm, "__name__", vm.str("builtins"));
    d.set_str(vm, "__doc__", vm.none());
    d.set_str(vm, "__package__", vm.str(""));
    for def in crate::modules::builtins_funcs::FUNCTIONS {
        let f = crate::objects::builtin_func::new_function(vm, def, Some(vm.builtins.clone()));
        d.set_str(vm, def.name, f);
    }
}
