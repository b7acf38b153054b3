//! Struct sequences (`time.struct_time`, `os.stat_result`, ...): tuple subclasses whose items
//! are also named attributes, with extra fields reachable only by name. Mirrors
//! `Objects/structseq.c`: the visible fields are the tuple's items; the hidden ones are kept
//! beside it, in the instance's dict slot (the type has no `__dict__` attribute).

use krait_vm::objects::descr::{add_attr, add_getset, add_methods, Getter};
use krait_vm::objects::type_::{TypeData, IMMUTABLE};
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

/// The shape of a struct sequence type.
pub struct StructSeqDesc {
    /// Dotted name, `module.Name`.
    pub name: &'static str,
    /// Every field in order; `""` marks an unnamed one (only reachable by index).
    pub fields: &'static [&'static str],
    /// How many leading fields are tuple items.
    pub n_sequence: usize,
    /// `(i, j)`: when field `i` is missing or None, it takes field `j`'s value
    /// (`os.stat_result` fills `st_atime` from the int at index 7).
    pub defaults: &'static [(usize, usize)],
}

/// Key of the hidden fields in the instance dict slot (not a valid identifier).
const HIDDEN: &str = "<hidden fields>";

/// A new struct sequence type for `desc`.
pub fn make_type(vm: &Vm, desc: &'static StructSeqDesc) -> PyRef {
    let (module, short) = desc
        .name
        .rsplit_once('.')
        .unwrap_or(("builtins", desc.name));
    let td = TypeData::new(desc.name, IMMUTABLE);
    *td.qualname.borrow_mut() = short.to_string();
    let ty = PyRef::new(&vm.t.type_, Payload::Type(Box::new(td)));
    ty.make_immortal();
    let tdr = ty.as_type().expect("just made a type");
    *tdr.bases.borrow_mut() = vec![vm.t.tuple.clone()];
    *tdr.base.borrow_mut() = Some(vm.t.tuple.clone());
    *tdr.mro.borrow_mut() = vec![ty.clone(), vm.t.tuple.clone(), vm.t.object.clone()];
    add_attr(vm, &ty, "__module__", vm.str(module));
    add_attr(vm, &ty, "__doc__", vm.none());
    let unnamed = desc.fields.iter().filter(|f| f.is_empty()).count();
    add_attr(vm, &ty, "n_sequence_fields", vm.usize(desc.n_sequence));
    add_attr(vm, &ty, "n_fields", vm.usize(desc.fields.len()));
    add_attr(vm, &ty, "n_unnamed_fields", vm.usize(unnamed));
    let match_args: Vec<PyRef> = desc.fields[..desc.n_sequence]
        .iter()
        .filter(|f| !f.is_empty())
        .map(|f| vm.str(f))
        .collect();
    add_attr(vm, &ty, "__match_args__", vm.tuple(match_args));
    DESCS.with(|d| d.borrow_mut().push((ty.id(), desc)));
    add_methods(vm, &ty, METHODS);
    for (i, f) in desc.fields.iter().enumerate() {
        if !f.is_empty() {
            add_getset(vm, &ty, f, GETTERS[i], Some(readonly));
        }
    }
    ty
}

/// A new instance of struct sequence type `ty` from all its field values (missing trailing
/// hidden ones are None).
pub fn new(vm: &Vm, ty: &PyRef, mut values: Vec<PyRef>) -> PyRef {
    let desc = desc_of(ty);
    values.resize(desc.fields.len(), vm.none());
    for &(i, j) in desc.defaults {
        if vm.is_none(&values[i]) {
            values[i] = values[j].clone();
        }
    }
    let hidden = values.split_off(desc.n_sequence);
    let obj = PyRef::new(ty, Payload::Tuple(values.into_boxed_slice()));
    if !hidden.is_empty() {
        let d = vm.dict();
        d.as_dict()
            .expect("a new dict")
            .set_str(vm, HIDDEN, vm.tuple(hidden));
        obj.set_dict(Some(d));
    }
    obj
}

/// The descriptor of every struct sequence type, by the type's id (types are immortal).
static DESCS: krait_vm::object::GilStatic<
    std::cell::RefCell<Vec<(usize, &'static StructSeqDesc)>>,
> = krait_vm::object::GilStatic::new(std::cell::RefCell::new(Vec::new()));

static EMPTY: StructSeqDesc = StructSeqDesc {
    name: "structseq",
    fields: &[],
    n_sequence: 0,
    defaults: &[],
};

/// The descriptor a struct sequence type was made from.
fn desc_of(ty: &PyRef) -> &'static StructSeqDesc {
    let id = ty.id();
    DESCS
        .with(|d| d.borrow().iter().find(|(t, _)| *t == id).map(|(_, d)| *d))
        .unwrap_or(&EMPTY)
}

/// Field `i` of a struct sequence: a tuple item or a hidden field.
fn field(vm: &Vm, o: &PyRef, i: usize) -> PyResult {
    let items = o
        .as_tuple()
        .ok_or_else(|| vm.type_error("expected a struct sequence"))?;
    if let Some(v) = items.get(i) {
        return Ok(v.clone());
    }
    let hidden = o
        .dict()
        .and_then(|d| d.as_dict().and_then(|dd| dd.get_str(HIDDEN)));
    Ok(hidden
        .and_then(|h| h.as_tuple().and_then(|t| t.get(i - items.len()).cloned()))
        .unwrap_or_else(|| vm.none()))
}

fn hidden_values(vm: &Vm, o: &PyRef) -> Vec<PyRef> {
    let desc = desc_of(&o.class());
    (desc.n_sequence..desc.fields.len())
        .map(|i| field(vm, o, i).unwrap_or_else(|_| vm.none()))
        .collect()
}

fn get_field<const I: usize>(vm: &Vm, o: &PyRef) -> PyResult {
    field(vm, o, I)
}

fn readonly(vm: &Vm, _o: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

const GETTERS: [Getter; 24] = [
    get_field::<0>,
    get_field::<1>,
    get_field::<2>,
    get_field::<3>,
    get_field::<4>,
    get_field::<5>,
    get_field::<6>,
    get_field::<7>,
    get_field::<8>,
    get_field::<9>,
    get_field::<10>,
    get_field::<11>,
    get_field::<12>,
    get_field::<13>,
    get_field::<14>,
    get_field::<15>,
    get_field::<16>,
    get_field::<17>,
    get_field::<18>,
    get_field::<19>,
    get_field::<20>,
    get_field::<21>,
    get_field::<22>,
    get_field::<23>,
];

/// `T(sequence, dict=None)` (`structseq_new`).
fn s_new(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let cls = &p[0];
    let desc = desc_of(cls);
    let mut seq = p.get(1).or_else(|| args.kwarg("sequence"));
    let mut dict = p.get(2).or_else(|| args.kwarg("dict"));
    if let Some(d) = dict {
        if vm.is_none(d) {
            dict = None;
        }
    }
    let Some(seq) = seq.take() else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'sequence' (pos 1)",
            desc.name
        )));
    };
    if !krait_vm::protocols::sequence::is_iterable(vm, seq) {
        return Err(vm.type_error("constructor requires a sequence"));
    }
    let mut values = krait_vm::protocols::sequence::collect(vm, seq)?;
    let (min, max, len) = (desc.n_sequence, desc.fields.len(), values.len());
    if len < min || len > max {
        let msg = if min == max {
            format!(
                "{}() takes a {min}-sequence ({len}-sequence given)",
                desc.name
            )
        } else if len < min {
            format!(
                "{}() takes an at least {min}-sequence ({len}-sequence given)",
                desc.name
            )
        } else {
            format!(
                "{}() takes an at most {max}-sequence ({len}-sequence given)",
                desc.name
            )
        };
        return Err(vm.type_error(msg));
    }
    if let Some(d) = dict {
        let Some(dd) = d.as_dict() else {
            return Err(vm.type_error(format!(
                "{}() takes a dict as second arg, if any",
                desc.name
            )));
        };
        for f in &desc.fields[len..] {
            values.push(dd.get_str(f).unwrap_or_else(|| vm.none()));
        }
    }
    Ok(new(vm, cls, values))
}

fn s_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let desc = desc_of(&o.class());
    let items = o.as_tuple().unwrap_or(&[]);
    // As CPython: the i-th visible item is labelled with the i-th *named* field.
    let names = desc.fields.iter().filter(|f| !f.is_empty());
    let mut parts = Vec::with_capacity(items.len());
    for (name, v) in names.zip(items.iter()) {
        let r = krait_vm::protocols::repr::repr(vm, v)?;
        parts.push(format!("{name}={}", r.as_str().unwrap_or("")));
    }
    Ok(vm.string(format!("{}({})", desc.name, parts.join(", "))))
}

fn s_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let desc = desc_of(&o.class());
    let visible = vm.tuple(o.as_tuple().unwrap_or(&[]).to_vec());
    let d = vm.dict();
    let dd = d.as_dict().expect("a new dict");
    for (f, v) in desc.fields[desc.n_sequence..]
        .iter()
        .zip(hidden_values(vm, o))
    {
        dd.set_str(vm, f, v);
    }
    Ok(vm.tuple(vec![o.class(), vm.tuple(vec![visible, d])]))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", s_new),
    MethodDef::method("__repr__", s_repr),
    MethodDef::method("__reduce__", s_reduce),
];
