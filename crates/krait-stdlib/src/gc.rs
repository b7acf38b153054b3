//! gc: the interface of `Modules/gcmodule.c` over Krait's cycle collector
//! (`krait_vm::gc`): collection, generations and thresholds, debug flags, `garbage`,
//! `callbacks`, and the introspection of tracked objects.

use krait_vm::gc::collect::{
    self, DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE,
};
use krait_vm::gc::traverse::traverse;
use krait_vm::object::gc_head::{self, state, NUM_GENERATIONS, PERMANENT};
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

use crate::args::{c_int, parse, Spec};

const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

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
    state().enabled.set(true);
    Ok(vm.none())
}

fn g_disable(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "disable")?;
    state().enabled.set(false);
    Ok(vm.none())
}

fn g_isenabled(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "isenabled")?;
    Ok(vm.bool(state().enabled.get()))
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
    let n = collect::collect(vm, generation as usize);
    Ok(vm.int(n as i64))
}

fn g_get_threshold(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_threshold")?;
    let t = &state().thresholds;
    Ok(vm.tuple(t.iter().map(|v| vm.int(v.get())).collect()))
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
    let mut t: Vec<i64> = state().thresholds.iter().map(|v| v.get()).collect();
    for (slot, o) in t.iter_mut().zip(p.iter()) {
        *slot = c_int(vm, o)? as i64;
    }
    for (cell, v) in state().thresholds.iter().zip(t) {
        cell.set(v);
    }
    Ok(vm.none())
}

fn g_get_count(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_count")?;
    let c = &state().counts;
    Ok(vm.tuple(c.iter().map(|v| vm.int(v.get())).collect()))
}

fn g_get_debug(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_debug")?;
    Ok(vm.int(state().debug.get()))
}

fn g_set_debug(vm: &Vm, args: Args) -> PyResult {
    let flags = c_int(vm, one(vm, &args, "set_debug")?)?;
    state().debug.set(flags as i64);
    Ok(vm.none())
}

fn g_is_tracked(vm: &Vm, args: Args) -> PyResult {
    let o = one(vm, &args, "is_tracked")?;
    Ok(vm.bool(gc_head::is_tracked(o)))
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
    let gens = match a[0].filter(|g| !vm.is_none(g)) {
        Some(g) => {
            let g = c_int(vm, g)?;
            if g >= 3 {
                return Err(vm.value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            g as usize..g as usize + 1
        }
        None => 0..NUM_GENERATIONS,
    };
    let mut out = Vec::new();
    for g in gens {
        out.extend(gc_head::list_objects(g));
    }
    Ok(vm.list(out))
}

fn g_get_stats(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_stats")?;
    let stats = collect::stats()
        .iter()
        .map(|s| {
            let d = vm.dict();
            let dd = d.as_dict().expect("a new dict");
            dd.set_str(vm, "collections", vm.int(s.collections));
            dd.set_str(vm, "collected", vm.int(s.collected));
            dd.set_str(vm, "uncollectable", vm.int(s.uncollectable));
            d
        })
        .collect();
    Ok(vm.list(stats))
}

/// The tracked objects that refer to any of the arguments.
fn g_get_referrers(vm: &Vm, args: Args) -> PyResult {
    let targets: std::collections::HashSet<usize> = args.pos().iter().map(|o| o.id()).collect();
    let mut out = Vec::new();
    for g in 0..NUM_GENERATIONS {
        for o in gc_head::list_objects(g) {
            let mut hit = false;
            traverse(&o, &mut |c| hit |= targets.contains(&c.id()));
            if hit {
                out.push(o);
            }
        }
    }
    Ok(vm.list(out))
}

/// The objects the container arguments refer to, in the order CPython's `tp_traverse`
/// visits them (a dict whose keys are all strings shows only its values, as CPython's
/// string-keyed tables do).
fn g_get_referents(vm: &Vm, args: Args) -> PyResult {
    let mut out: Vec<PyRef> = Vec::new();
    let dict_items = |d: &krait_vm::objects::dict::PyDict, out: &mut Vec<PyRef>| {
        let items = d.items();
        let str_keys = items.iter().all(|(k, _)| k.as_str().is_some());
        for (k, v) in items {
            out.push(v);
            if !str_keys {
                out.push(k);
            }
        }
    };
    for o in args.pos() {
        if !gc_head::is_gc(o) {
            continue;
        }
        match &o.payload {
            Payload::Dict(d) => dict_items(d, &mut out),
            _ => traverse(o, &mut |c| out.push(c.to_ref())),
        }
    }
    Ok(vm.list(out))
}

fn g_freeze(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "freeze")?;
    for g in 0..NUM_GENERATIONS {
        gc_head::merge(g, PERMANENT);
    }
    state().counts[0].set(0);
    Ok(vm.none())
}

fn g_unfreeze(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "unfreeze")?;
    gc_head::merge(PERMANENT, NUM_GENERATIONS - 1);
    Ok(vm.none())
}

fn g_get_freeze_count(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_freeze_count")?;
    Ok(vm.int(gc_head::list_len(PERMANENT) as i64))
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
    set_attr(vm, &m, "garbage", vm.gc_garbage.clone());
    set_attr(vm, &m, "callbacks", vm.gc_callbacks.clone());
    Ok(m)
}
