//! gc: mirrors the interface of `Modules/gcmodule.c`. Krait frees objects by reference
//! counting; until the cycle collector lands, `collect()` finds nothing (returns 0) but keeps
//! CPython's contract: generations are checked, `gc.callbacks` are called with "start" and
//! "stop", thresholds and debug flags are remembered, and `is_tracked` answers as CPython
//! does for atomic values and containers.

use std::cell::Cell;

use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

use crate::args::{c_int, parse, Spec};

const DEBUG_STATS: i64 = 1;
const DEBUG_COLLECTABLE: i64 = 2;
const DEBUG_UNCOLLECTABLE: i64 = 4;
const DEBUG_SAVEALL: i64 = 32;
const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static THRESHOLDS: Cell<[i64; 3]> = const { Cell::new([700, 10, 10]) };
    static DEBUG: Cell<i64> = const { Cell::new(0) };
    static COLLECTIONS: Cell<[i64; 3]> = const { Cell::new([0, 0, 0]) };
}

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.values.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "gc.{name}() takes no arguments ({} given)",
        args.values.len()
    )))
}

fn one<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match args.pos() {
        [x] if args.kwnames.is_empty() => Ok(x),
        _ => Err(vm.type_error(format!(
            "gc.{name}() takes exactly one argument ({} given)",
            args.values.len()
        ))),
    }
}

fn g_enable(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "enable")?;
    ENABLED.with(|e| e.set(true));
    Ok(vm.none())
}

fn g_disable(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "disable")?;
    ENABLED.with(|e| e.set(false));
    Ok(vm.none())
}

fn g_isenabled(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "isenabled")?;
    Ok(vm.bool(ENABLED.with(|e| e.get())))
}

/// Call each of `gc.callbacks` with `phase` and the collection's info dict.
fn run_callbacks(vm: &Vm, phase: &str, generation: i64) -> PyResult<()> {
    let m = krait_vm::import::import_module(vm, "gc")?;
    let cbs = krait_vm::protocols::attr::getattr_str(vm, &m, "callbacks")?;
    let Some(list) = cbs.as_list() else {
        return Ok(());
    };
    let cbs: Vec<PyRef> = list.borrow().clone();
    for cb in cbs {
        let info = vm.dict();
        let d = info.as_dict().expect("a new dict");
        d.set_str(vm, "generation", vm.int(generation));
        d.set_str(vm, "collected", vm.int(0));
        d.set_str(vm, "uncollectable", vm.int(0));
        krait_vm::protocols::call::call(vm, &cb, &[vm.str(phase), info])?;
    }
    Ok(())
}

fn g_collect(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "collect",
        names: &["generation"],
        positional: 1,
        required: 0,
    };
    let a = parse(vm, &args, &SPEC)?;
    let generation = match a[0] {
        Some(g) => c_int(vm, g)? as i64,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    run_callbacks(vm, "start", generation)?;
    COLLECTIONS.with(|c| {
        let mut v = c.get();
        v[generation as usize] += 1;
        c.set(v);
    });
    run_callbacks(vm, "stop", generation)?;
    Ok(vm.int(0))
}

fn g_get_threshold(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_threshold")?;
    let t = THRESHOLDS.with(|t| t.get());
    Ok(vm.tuple(t.iter().map(|&v| vm.int(v)).collect()))
}

fn g_set_threshold(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if p.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            p.len()
        )));
    }
    let mut t = THRESHOLDS.with(|t| t.get());
    for (slot, o) in t.iter_mut().zip(p.iter()) {
        *slot = c_int(vm, o)? as i64;
    }
    THRESHOLDS.with(|th| th.set(t));
    Ok(vm.none())
}

fn g_get_count(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_count")?;
    Ok(vm.tuple(vec![vm.int(0), vm.int(0), vm.int(0)]))
}

fn g_get_debug(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_debug")?;
    Ok(vm.int(DEBUG.with(|d| d.get())))
}

fn g_set_debug(vm: &Vm, args: Args) -> PyResult {
    let flags = c_int(vm, one(vm, &args, "set_debug")?)?;
    DEBUG.with(|d| d.set(flags as i64));
    Ok(vm.none())
}

/// Whether CPython's collector would track `o`: atomic values never, tuples and dicts only
/// while they hold something tracked, other containers and instances always.
fn tracked(o: &PyRef, depth: u32) -> bool {
    if depth > 100 {
        return true;
    }
    let heap = o.has_heap_type();
    match &o.payload {
        Payload::Int(_)
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::Range(_)
        | Payload::Slice(_)
            if !heap =>
        {
            false
        }
        Payload::Empty => heap,
        Payload::Tuple(items) if !heap => items.iter().any(|i| tracked(i, depth + 1)),
        Payload::Dict(d) if !heap => d
            .items()
            .iter()
            .any(|(k, v)| tracked(k, depth + 1) || tracked(v, depth + 1)),
        _ => true,
    }
}

fn g_is_tracked(vm: &Vm, args: Args) -> PyResult {
    let o = one(vm, &args, "is_tracked")?;
    Ok(vm.bool(tracked(o, 0)))
}

fn g_is_finalized(vm: &Vm, args: Args) -> PyResult {
    let o = one(vm, &args, "is_finalized")?;
    Ok(vm.bool(o.flags() & krait_vm::object::FLAG_FINALIZED != 0))
}

fn g_get_objects(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "get_objects",
        names: &["generation"],
        positional: 1,
        required: 0,
    };
    let a = parse(vm, &args, &SPEC)?;
    if let Some(g) = a[0].filter(|g| !vm.is_none(g)) {
        let g = c_int(vm, g)?;
        if g >= 3 {
            return Err(vm.value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < 0 {
            return Err(vm.value_error("generation parameter cannot be negative"));
        }
    }
    Ok(vm.list(vec![]))
}

fn g_get_stats(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_stats")?;
    let counts = COLLECTIONS.with(|c| c.get());
    let stats = counts
        .iter()
        .map(|&n| {
            let d = vm.dict();
            let dd = d.as_dict().expect("a new dict");
            dd.set_str(vm, "collections", vm.int(n));
            dd.set_str(vm, "collected", vm.int(0));
            dd.set_str(vm, "uncollectable", vm.int(0));
            d
        })
        .collect();
    Ok(vm.list(stats))
}

fn g_get_referrers(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.list(vec![]))
}

/// The objects `o` refers to, in the order CPython's `tp_traverse` visits them.
fn g_get_referents(vm: &Vm, args: Args) -> PyResult {
    let mut out = Vec::new();
    for o in args.pos() {
        if !tracked(o, 0) {
            continue;
        }
        match &o.payload {
            Payload::List(l) => out.extend(l.borrow().iter().rev().cloned()),
            Payload::Tuple(t) => out.extend(t.iter().rev().cloned()),
            Payload::Dict(d) => {
                for (k, v) in d.items() {
                    out.push(v);
                    if k.as_str().is_none() {
                        out.push(k);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(vm.list(out))
}

fn g_freeze(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "freeze")?;
    Ok(vm.none())
}

fn g_unfreeze(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "unfreeze")?;
    Ok(vm.none())
}

fn g_get_freeze_count(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_freeze_count")?;
    Ok(vm.int(0))
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("enable", g_enable),
    MethodDef::method("disable", g_disable),
    MethodDef::method("isenabled", g_isenabled),
    MethodDef::method("collect", g_collect),
    MethodDef::method("get_threshold", g_get_threshold),
    MethodDef::method("set_threshold", g_set_threshold),
    MethodDef::method("get_count", g_get_count),
    MethodDef::method("get_debug", g_get_debug),
    MethodDef::method("set_debug", g_set_debug),
    MethodDef::method("is_tracked", g_is_tracked),
    MethodDef::method("is_finalized", g_is_finalized),
    MethodDef::method("get_objects", g_get_objects),
    MethodDef::method("get_stats", g_get_stats),
    MethodDef::method("get_referrers", g_get_referrers),
    MethodDef::method("get_referents", g_get_referents),
    MethodDef::method("freeze", g_freeze),
    MethodDef::method("unfreeze", g_unfreeze),
    MethodDef::method("get_freeze_count", g_get_freeze_count),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "gc");
    crate::add_functions(vm, &m, FUNCTIONS);
    let consts = [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ];
    for (name, v) in consts {
        set_attr(vm, &m, name, vm.int(v));
    }
    set_attr(vm, &m, "garbage", vm.list(vec![]));
    set_attr(vm, &m, "callbacks", vm.list(vec![]));
    Ok(m)
}
