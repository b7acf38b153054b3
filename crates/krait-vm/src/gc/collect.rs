//! One collection (CPython's `gc_collect_main`): take the candidates off their generation
//! lists, find which of them only the others reference (`update_refs`, `subtract_refs`,
//! `move_unreachable`), move the survivors one generation up, and dispose of the rest:
//! clear their weak references (calling the callbacks of live weak references), run their
//! finalizers once (PEP 442), set aside any that a finalizer resurrected, and clear the
//! others (`tp_clear`) so that reference counting frees them.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::gc::traverse::{clear, traverse};
use crate::object::gc_head::{
    self, is_candidate, may_be_tracked, state, NUM_GENERATIONS, PERMANENT, UNREACHABLE,
};
use crate::object::{PyObject, PyRef, FLAG_FINALIZED, FLAG_UNREACHABLE};
use crate::objects::Payload;
use crate::vm::Vm;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;

/// Per generation: collections, objects collected, objects found uncollectable
/// (`gc.get_stats`).
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: i64,
    pub collected: i64,
    pub uncollectable: i64,
}

const NO_STATS: GenStats = GenStats {
    collections: 0,
    collected: 0,
    uncollectable: 0,
};

static STATS: crate::object::GilStatic<Cell<[GenStats; NUM_GENERATIONS]>> =
    crate::object::GilStatic::new(Cell::new([NO_STATS; NUM_GENERATIONS]));

pub fn stats() -> [GenStats; NUM_GENERATIONS] {
    STATS.with(|s| s.get())
}

/// `gc.collect(generation)`: 0 when a collection is already running.
pub fn collect(vm: &Vm, generation: usize) -> usize {
    guarded(|| collect_with_callback(vm, generation))
}

/// A full collection without `gc.callbacks` (CPython's `_PyGC_CollectNoFail`, used at
/// interpreter exit once module globals are being cleared).
pub fn collect_no_callbacks(vm: &Vm) -> usize {
    guarded(|| {
        let (m, n) = collect_main(vm, NUM_GENERATIONS - 1);
        m + n
    })
}

/// Run one collection unless one is running already (then: 0).
fn guarded(run: impl FnOnce() -> usize) -> usize {
    let st = state();
    if st.collecting.get() {
        return 0;
    }
    st.collecting.set(true);
    let n = run();
    st.collecting.set(false);
    n
}

/// The automatic collection the allocation count asked for (CPython's
/// `collect_generations`): the oldest generation whose count passed its threshold, except
/// that a full collection also waits until the objects that survived middle collections
/// since the last one are a quarter of the old generation (the long-lived heuristic).
pub fn collect_generations(vm: &Vm) {
    let st = state();
    st.requested.set(false);
    if !st.enabled.get() || st.collecting.get() {
        return;
    }
    for i in (0..NUM_GENERATIONS).rev() {
        if st.counts[i].get() > st.thresholds[i].get() {
            if i == NUM_GENERATIONS - 1
                && st.long_lived_pending.get() < st.long_lived_total.get() / 4
            {
                continue;
            }
            collect(vm, i);
            break;
        }
    }
}

fn collect_with_callback(vm: &Vm, generation: usize) -> usize {
    invoke_callbacks(vm, "start", generation, 0, 0);
    let (collected, uncollectable) = collect_main(vm, generation);
    invoke_callbacks(vm, "stop", generation, collected, uncollectable);
    collected + uncollectable
}

/// Call each of `gc.callbacks` with the phase and an info dict; errors are unraisable.
fn invoke_callbacks(
    vm: &Vm,
    phase: &str,
    generation: usize,
    collected: usize,
    uncollectable: usize,
) {
    let cbs: Vec<PyRef> = match vm.gc_callbacks.as_list() {
        Some(l) => l.borrow().clone(),
        None => return,
    };
    if cbs.is_empty() {
        return;
    }
    let info = vm.dict();
    let d = info.as_dict().expect("a new dict");
    d.set_str(vm, "generation", vm.int(generation as i64));
    d.set_str(vm, "collected", vm.int(collected as i64));
    d.set_str(vm, "uncollectable", vm.int(uncollectable as i64));
    let phase = vm.str(phase);
    for cb in cbs {
        if let Err(e) = crate::protocols::call::call(vm, &cb, &[phase.clone(), info.clone()]) {
            crate::modules::sys::write_unraisable_in(vm, &e, &cb);
        }
    }
}

fn debug_cycle(vm: &Vm, msg: &str, obj: &PyObject) {
    let line = format!("gc: {msg} <{} {:#x}>\n", obj.type_data().name(), obj.id());
    crate::modules::stdio::write_stderr(vm, &line);
}

fn show_stats(vm: &Vm) {
    let mut line = String::from("gc: objects in each generation:");
    for i in 0..NUM_GENERATIONS {
        line.push_str(&format!(" {}", gc_head::list_len(i)));
    }
    line.push_str(&format!(
        "\ngc: objects in permanent generation: {}\n",
        gc_head::list_len(PERMANENT)
    ));
    crate::modules::stdio::write_stderr(vm, &line);
}

/// The object at a candidate pointer.
fn obj<'a>(p: NonNull<PyObject>) -> &'a PyObject {
    // SAFETY: the pointers are either candidates `drain` took off their lists (tracked
    // objects; during the analysis no Python code runs and no count changes, so each stays
    // alive) or the garbage the collector holds references to.
    unsafe { p.as_ref() }
}

/// Whether a reachable object can be untracked because it can never be part of a cycle:
/// an exact tuple of atoms (every collection, CPython's `untrack_tuples`) or an exact dict
/// of atoms (full collections, `untrack_dicts`).
fn atomic(o: &PyObject, full: bool) -> bool {
    match &o.payload {
        Payload::Tuple(items) if !o.has_heap_type() => items.iter().all(|x| !may_be_tracked(x)),
        Payload::Dict(d) if full && !o.has_heap_type() => !d.table.borrow().holds_container(),
        _ => false,
    }
}

/// Mark live (`gc_head::is_live`) the candidates of the analysis (`gc_head::begin_analysis`)
/// that something outside them references, directly or through other candidates; the
/// others are unreachable. Each head's `gc_refs` starts as its count (CPython's
/// `update_refs`), loses one per reference from a candidate (`subtract_refs`), and whatever
/// is left over is an outside reference that makes the object and everything it reaches
/// live (`move_unreachable`).
fn mark_reachable() {
    gc_head::for_each_candidate(|p| {
        traverse(obj(p), &mut |c| {
            if is_candidate(c) {
                debug_assert!(
                    gc_head::gc_refs(c) > 0,
                    "traverse visited an uncounted reference"
                );
                gc_head::dec_refs(c);
            }
        });
    });
    // One scan in list order. A candidate not yet reached that a live one references is
    // only marked: the scan traverses it when it gets there; one the scan has passed is
    // traversed from the stack at once.
    let mut stack: Vec<NonNull<PyObject>> = Vec::new();
    gc_head::for_each_candidate(|p| {
        let o = obj(p);
        gc_head::mark_passed(o);
        if gc_head::gc_refs(o) == 0 && !gc_head::is_live(o) {
            return;
        }
        gc_head::mark_live(o);
        stack.push(p);
        while let Some(x) = stack.pop() {
            traverse(obj(x), &mut |c| {
                if is_candidate(c) && gc_head::mark_live(c) && gc_head::is_passed(c) {
                    stack.push(NonNull::from(c));
                }
            });
        }
    });
}

fn collect_main(vm: &Vm, generation: usize) -> (usize, usize) {
    let st = state();
    let debug = st.debug.get();
    let t0 = std::time::Instant::now();
    if debug & DEBUG_STATS != 0 {
        crate::modules::stdio::write_stderr(
            vm,
            &format!("gc: collecting generation {generation}...\n"),
        );
        show_stats(vm);
    }
    if generation + 1 < NUM_GENERATIONS {
        let c = &st.counts[generation + 1];
        c.set(c.get() + 1);
    }
    for i in 0..=generation {
        st.counts[i].set(0);
    }
    let old = (generation + 1).min(NUM_GENERATIONS - 1);
    let full = generation == NUM_GENERATIONS - 1;

    let lists: Vec<usize> = (0..=generation).collect();
    gc_head::begin_analysis(&lists, 0);
    mark_reachable();

    // Survivors move one generation up; atomic tuples (and dicts, when full) leave the
    // lists. The unreachable objects go to the collector's own list (so untracking or
    // freeing one while finalizers run unlinks it as usual), and the collector holds a
    // reference to each until it is done with them.
    let mut moved = 0i64;
    gc_head::relink_candidates(|o, live| {
        if !live {
            gc_head::hold(o);
            Some(UNREACHABLE)
        } else if atomic(o, full) {
            None
        } else {
            moved += 1;
            Some(old)
        }
    });
    if generation == NUM_GENERATIONS - 2 {
        st.long_lived_pending
            .set(st.long_lived_pending.get() + moved);
    } else if full {
        st.long_lived_pending.set(0);
        st.long_lived_total.set(moved);
    }

    if debug & DEBUG_COLLECTABLE != 0 {
        gc_head::for_each_unreachable(|o| debug_cycle(vm, "collectable", o));
    }
    let mut collected = handle_weakrefs(vm);
    finalize_garbage(vm, old);
    collected += gc_head::list_len(UNREACHABLE);
    let garbage_list = vm.gc_garbage.clone();
    gc_head::for_each_unreachable(|o| {
        if debug & DEBUG_SAVEALL != 0 {
            if let Some(l) = garbage_list.as_list() {
                l.borrow_mut().push(o.to_ref());
            }
        } else {
            clear(o);
        }
    });
    // Freed one by one as the collector lets go; whatever clearing did not free (a cycle
    // held by something `clear` leaves alone, or saved) survives into the older generation.
    gc_head::release_unreachable(old);

    if debug & DEBUG_STATS != 0 {
        crate::modules::stdio::write_stderr(
            vm,
            &format!(
                "gc: done, {collected} unreachable, 0 uncollectable, {:.4}s elapsed\n",
                t0.elapsed().as_secs_f64()
            ),
        );
    }
    STATS.with(|s| {
        let mut all = s.get();
        all[generation].collections += 1;
        all[generation].collected += collected as i64;
        s.set(all);
    });
    if full && collected >= RELEASE_AFTER {
        crate::gc::release_memory();
    }
    (collected, 0)
}

/// A full collection that frees at least this many objects hands memory back to the OS
/// (`gc::release_memory`); smaller ones leave it to the allocator to reuse.
const RELEASE_AFTER: usize = 10_000;

/// Clear the weak references to the garbage; call the callbacks of those that are not
/// garbage themselves (a weak reference dying with its referent calls nothing). Returns
/// how many of those weak references the callbacks' completion freed.
fn handle_weakrefs(vm: &Vm) -> usize {
    let mut calls = Vec::new();
    gc_head::for_each_unreachable(|o| {
        for (wr, cb) in crate::object::weakref::clear_all(o) {
            if wr.flags() & FLAG_UNREACHABLE == 0 {
                calls.push((wr, cb));
            }
        }
    });
    let mut freed = 0;
    for (wr, cb) in calls {
        if let Err(e) = crate::protocols::call::call(vm, &cb, &[wr.clone()]) {
            crate::modules::sys::write_unraisable_in(vm, &e, &cb);
        }
        if wr.refcount() == 1 {
            freed += 1;
        }
    }
    freed
}

/// Run the finalizers of the garbage that has one and has not run it (PEP 442), then
/// leave out whatever they resurrected (it moves to the old generation).
fn finalize_garbage(vm: &Vm, old: usize) {
    let mut ran = false;
    gc_head::for_each_unreachable(|o| {
        if o.flags() & FLAG_FINALIZED == 0 && crate::objects::has_finalizer(o) {
            o.set_flag(FLAG_FINALIZED);
            crate::objects::object::finalize(vm, &o.to_ref());
            ran = true;
        }
    });
    if !ran {
        return;
    }
    // The garbage is still on the collector's list, held once each; analyse it again.
    gc_head::begin_analysis(&[UNREACHABLE], 1);
    mark_reachable();
    gc_head::relink_candidates(|o, live| {
        if live {
            gc_head::unhold(o);
            Some(old)
        } else {
            Some(UNREACHABLE)
        }
    });
}
