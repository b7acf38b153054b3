//! What the cycle collector sees of each object: `traverse` (CPython's `tp_traverse`) names
//! every strong reference an object owns, `clear` (`tp_clear`) drops the ones that can close
//! a cycle.
//!
//! The collector subtracts one from an object's count per visit, so `traverse` names exactly
//! the counted references (`PyRef`, `ObjSlot`, `Option<PyRef>` fields), each as often as it
//! is held, and never an uncounted pointer (the lookup caches of `object/`, `PyCode`'s inline
//! caches): visiting one would let the collector free a live object. Omitting a reference only
//! makes its target look referenced from outside, which keeps it alive.
//!
//! A collection started by an allocation can find a container's `RefCell` mutably borrowed
//! (`list.borrow_mut().push(vm.int(n))` allocates under the borrow). `traverse` then reports
//! nothing from that cell, so those references count as external. The borrow cannot end
//! while the collection runs (it runs no Python code between its passes), so every pass of
//! one collection sees the same graph. `clear` only runs on unreachable objects, which
//! nothing is in the middle of mutating.

use crate::object::{ObjSlot, PyObject, FLAG_IMMORTAL};
use crate::objects::iter::IterState;
use crate::objects::Payload;

/// Whether builtin objects with this payload are containers the collector tracks (CPython's
/// Py_TPFLAGS_HAVE_GC): everything that can own references, except code objects, ranges and
/// the leaf payloads. `PyRef::new` decides with this, and also makes every instance of a
/// heap type a container, and an empty payload one when its builtin type gives instances a
/// `__dict__` (`types.SimpleNamespace`).
pub fn is_container(payload: &Payload) -> bool {
    match payload {
        Payload::Empty
        | Payload::Int(_)
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_)
        | Payload::Code(_) => false,
        Payload::Tuple(_)
        | Payload::Refs(_)
        | Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::Slice(_)
        | Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::MethodDescr(_)
        | Payload::GetSet(_)
        | Payload::Member(_)
        | Payload::BoundMethod(_)
        | Payload::Frame(_)
        | Payload::Cell(_)
        | Payload::Type(_)
        | Payload::Module(_)
        | Payload::Property(_)
        | Payload::ClassMethod(_)
        | Payload::StaticMethod(_)
        | Payload::Super(_)
        | Payload::Exception(_)
        | Payload::Traceback(_)
        | Payload::Generator(_)
        | Payload::Iter(_)
        | Payload::DictView(_)
        | Payload::MappingProxy(_)
        | Payload::Slots(_)
        | Payload::Instance(_)
        | Payload::InstanceWide(_)
        | Payload::WeakRef(_)
        | Payload::Native(_) => true,
    }
}

/// Call `visit` once for every strong reference `obj` owns (header type for instances of
/// heap types, instance dict, payload).
pub fn traverse(obj: &PyObject, visit: &mut impl FnMut(&PyObject)) {
    // CPython's order (`gc.get_referents` shows it): the dict or the inline attribute
    // values, the type (only for heap types: builtin types are immortal), then the payload.
    if let Some(d) = obj.dict_field() {
        visit(d);
    } else if let Some(attrs) = crate::objects::instance::slots(&obj.payload) {
        crate::objects::instance::traverse(attrs, visit);
    }
    if obj.has_heap_type() {
        visit(obj.ty());
    }
    traverse_payload(&obj.payload, visit);
}

fn visit_slot(slot: &ObjSlot, visit: &mut impl FnMut(&PyObject)) {
    if let Some(o) = slot.borrow_ref() {
        visit(o);
    }
}

fn traverse_payload(payload: &Payload, visit: &mut impl FnMut(&PyObject)) {
    match payload {
        // Visited before the type, by `traverse`.
        Payload::Instance(_) | Payload::InstanceWide(_) => {}
        Payload::Empty
        | Payload::Int(_)
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_) => {}
        // Sequences visit their items last to first, as CPython's `list_traverse` and
        // `tupletraverse` do.
        Payload::Tuple(items) | Payload::Refs(items) => {
            for item in items.iter().rev() {
                visit(item);
            }
        }
        Payload::List(list) => {
            if let Ok(items) = list.try_borrow() {
                for item in items.iter().rev() {
                    visit(item);
                }
            }
        }
        Payload::Dict(d) => d.traverse(visit),
        Payload::Set(s) => s.traverse(visit),
        Payload::Slice(s) => {
            visit(&s.start);
            visit(&s.stop);
            visit(&s.step);
        }
        Payload::Function(f) => {
            visit(&f.globals);
            visit(&f.builtins);
            for slot in [
                &f.code,
                &f.name,
                &f.qualname,
                &f.defaults,
                &f.kwdefaults,
                &f.closure,
                &f.doc,
                &f.module,
                &f.annotations,
            ] {
                visit_slot(slot, visit);
            }
        }
        Payload::Builtin(b) => {
            for r in [&b.self_, &b.module].into_iter().flatten() {
                visit(r);
            }
        }
        Payload::MethodDescr(d) => visit(&d.owner),
        Payload::GetSet(d) => visit(&d.owner),
        Payload::Member(m) => {
            visit(&m.name);
            visit(&m.owner);
        }
        Payload::BoundMethod(m) => {
            visit(&m.func);
            visit(&m.self_);
        }
        // `global_cache` and `attr_cache` hold uncounted pointers: never visited.
        Payload::Code(c) => {
            for r in c
                .consts
                .iter()
                .chain(c.names.iter())
                .chain(c.localsplus.iter())
            {
                visit(r);
            }
        }
        Payload::Frame(f) => {
            visit(&f.code);
            visit(&f.globals);
            visit(&f.builtins);
            if let Some(locals) = &f.locals {
                visit(locals);
            }
            for slot in &f.fast {
                visit_slot(slot, visit);
            }
            if let Ok(stack) = f.stack.try_borrow() {
                for v in stack.iter() {
                    visit(v);
                }
            }
            visit_slot(&f.back, visit);
            visit_slot(&f.locals_snapshot, visit);
            visit_slot(&f.init_self, visit);
        }
        Payload::Cell(slot) | Payload::ClassMethod(slot) | Payload::StaticMethod(slot) => {
            visit_slot(slot, visit)
        }
        Payload::Type(t) => t.traverse(visit),
        // A module's namespace is its header dict, visited above.
        Payload::Module(_) => {}
        Payload::Property(p) => {
            for slot in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
                visit_slot(slot, visit);
            }
        }
        Payload::Super(s) => {
            visit(&s.ty);
            visit(&s.obj);
            visit(&s.obj_type);
        }
        Payload::Exception(e) => {
            for slot in [&e.args, &e.traceback, &e.cause, &e.context] {
                visit_slot(slot, visit);
            }
            if let Ok(attrs) = e.attrs.try_borrow() {
                for (_, v) in attrs.iter() {
                    visit(v);
                }
            }
        }
        Payload::Traceback(tb) => {
            visit_slot(&tb.next, visit);
            visit(&tb.frame);
        }
        Payload::Generator(g) => {
            for slot in [&g.frame, &g.name, &g.qualname, &g.exc_state] {
                visit_slot(slot, visit);
            }
        }
        Payload::Iter(state) => {
            if let Ok(state) = state.try_borrow() {
                traverse_iter(&state, visit);
            }
        }
        Payload::DictView(v) => visit(&v.dict),
        Payload::MappingProxy(m) => visit(m),
        Payload::Slots(slots) => {
            for slot in slots.iter() {
                visit_slot(slot, visit);
            }
        }
        // The referent is not owned; only the callback is.
        Payload::WeakRef(w) => visit_slot(&w.callback, visit),
        Payload::Native(n) => n.traverse(visit),
    }
}

fn traverse_iter(state: &IterState, visit: &mut impl FnMut(&PyObject)) {
    match state {
        IterState::Seq { seq, .. } | IterState::Reverse { seq, .. } => {
            if let Some(s) = seq {
                visit(s);
            }
        }
        IterState::Range { .. } | IterState::BigRange { .. } => {}
        IterState::Dict { dict, .. } => {
            if let Some(d) = dict {
                visit(d);
            }
        }
        IterState::Set { set, .. } => {
            if let Some(s) = set {
                visit(s);
            }
        }
        IterState::Callable { func, sentinel } => {
            if let Some(f) = func {
                visit(f);
            }
            visit(sentinel);
        }
        IterState::Enumerate { it, count } => {
            visit(it);
            visit(count);
        }
        IterState::Zip { its, .. } => {
            for it in its {
                visit(it);
            }
        }
        IterState::Map { func, its } => {
            visit(func);
            for it in its {
                visit(it);
            }
        }
        IterState::Filter { func, it } => {
            visit(func);
            visit(it);
        }
    }
}

/// Drop the references `obj` owns that can be part of a reference cycle.
///
/// The caller holds a strong reference to `obj` across the call, as CPython's
/// `delete_garbage` does: what `obj` drops may be all that kept `obj` itself alive (a type's
/// MRO names the type). References are taken out of their cells before they are dropped, as
/// dropping one may free other objects.
pub fn clear(obj: &PyObject) {
    // Singletons, small ints and builtin types are never garbage.
    if obj.flags() & FLAG_IMMORTAL != 0 {
        return;
    }
    // `module::dict_of` relies on a module's namespace staying; the dict is a container of
    // its own and is cleared as one when it is garbage.
    if !matches!(obj.payload, Payload::Module(_)) {
        drop(obj.clear_dict_field());
    }
    match &obj.payload {
        Payload::List(list) => {
            let items = std::mem::take(&mut *list.borrow_mut());
            drop(items);
        }
        Payload::Dict(d) => d.clear(),
        Payload::Set(s) => s.clear(),
        // CPython's `func_clear`; the code stays (a function always has one), and the name
        // and qualname are strings, which close no cycle. `globals` and `builtins` are
        // immutable fields.
        Payload::Function(f) => {
            for slot in [
                &f.defaults,
                &f.kwdefaults,
                &f.closure,
                &f.doc,
                &f.module,
                &f.annotations,
            ] {
                drop(slot.take());
            }
        }
        // CPython's `frame_tp_clear`: the locals and the saved value stack. `code`, `globals`,
        // `builtins` and `locals` are immutable fields.
        Payload::Frame(f) => {
            for slot in &f.fast {
                drop(slot.take());
            }
            let stack = std::mem::take(&mut *f.stack.borrow_mut());
            drop(stack);
            for slot in [&f.back, &f.locals_snapshot, &f.init_self] {
                drop(slot.take());
            }
        }
        Payload::Cell(slot) | Payload::ClassMethod(slot) | Payload::StaticMethod(slot) => {
            drop(slot.take())
        }
        Payload::Type(t) => t.clear(),
        Payload::Property(p) => {
            for slot in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
                drop(slot.take());
            }
        }
        // CPython's `BaseException_clear`.
        Payload::Exception(e) => {
            for slot in [&e.args, &e.traceback, &e.cause, &e.context] {
                drop(slot.take());
            }
            let attrs = std::mem::take(&mut *e.attrs.borrow_mut());
            drop(attrs);
        }
        Payload::Traceback(tb) => drop(tb.next.take()),
        // Marked finished first, so a resumption raises StopIteration instead of running a
        // frame without its locals (as `generator::finish`). A running generator is on the
        // VM's stack, so never garbage; it is left alone regardless.
        Payload::Generator(g) => {
            if !g.running.get() {
                g.finished.set(true);
                drop(g.frame.take());
                drop(g.exc_state.take());
            }
        }
        // An exhausted iterator holds nothing.
        Payload::Iter(state) => {
            let old = std::mem::replace(
                &mut *state.borrow_mut(),
                IterState::Seq {
                    seq: None,
                    index: 0,
                    byte: 0,
                },
            );
            drop(old);
        }
        Payload::Slots(slots) => {
            for slot in slots.iter() {
                drop(slot.take());
            }
        }
        Payload::Instance(a) => crate::objects::instance::clear(&a.0),
        Payload::InstanceWide(a) => crate::objects::instance::clear(a),
        Payload::Native(n) => n.clear(),
        Payload::WeakRef(w) => drop(w.callback.take()),
        // Leaves own nothing; tuples, slices, bound methods, builtin functions, descriptors,
        // super objects, views and mapping proxies hold immutable references (CPython gives
        // them no `tp_clear` either: a cycle through one also passes a clearable container);
        // a module's references are its header dict; code objects are not containers.
        Payload::Empty
        | Payload::Int(_)
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_)
        | Payload::Tuple(_)
        | Payload::Refs(_)
        | Payload::Slice(_)
        | Payload::Builtin(_)
        | Payload::MethodDescr(_)
        | Payload::GetSet(_)
        | Payload::Member(_)
        | Payload::BoundMethod(_)
        | Payload::Code(_)
        | Payload::Module(_)
        | Payload::Super(_)
        | Payload::DictView(_)
        | Payload::MappingProxy(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::object::PyRef;
    use crate::{Config, Interpreter};

    const SOURCE: &str = r#"
import sys

class Node:
    def __init__(self, v):
        self.v = v
        self.next = self
    @property
    def val(self):
        return self.v
    @classmethod
    def make(cls):
        return cls(0)
    @staticmethod
    def helper():
        return 1

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = self
        self.b = [self, self]

class Child(Node):
    def __init__(self):
        super().__init__(1)
        self.sup = super()

class Big(int):
    pass

def outer():
    x = []
    def inner(a=x, *, b=x):
        return x
    x.append(inner)
    return inner

def gen(n):
    local = [n]
    for i in range(n):
        yield i

x = object()
pair = [x, x]
looped = []
looped.append(looped)
d = {'k': looped, 1: x}
d['self'] = d
s = {1, 2, 'a', (x,)}
fs = frozenset(s)
node = Node(5)
sl = Slotted()
child = Child()
big = Big(7)
big.attr = big
closure = outer()
g = gen(3)
next(g)
try:
    raise ValueError(node)
except ValueError as e:
    err = e
its = [iter(pair), reversed(pair), enumerate(pair), zip(pair, pair), map(str, pair),
       filter(None, pair), iter(d), iter(s), iter(range(3)), iter(sys.getrecursionlimit, 0)]
views = [d.keys(), d.values(), d.items()]
bound = child.__init__
slc = slice(1, x, None)
proxy = Node.__dict__
frame = sys._getframe()
"#;

    /// Everything reachable from `roots` through `traverse`, each with how many times the
    /// others visit it.
    fn reachable(roots: &[PyRef]) -> HashMap<usize, (PyRef, usize)> {
        let mut seen: HashMap<usize, (PyRef, usize)> = HashMap::new();
        let mut todo: Vec<PyRef> = roots.to_vec();
        for r in roots {
            seen.insert(r.id(), (r.clone(), 0));
        }
        while let Some(o) = todo.pop() {
            traverse(&o, &mut |child| {
                let entry = seen.entry(child.id()).or_insert_with(|| {
                    todo.push(child.to_ref());
                    (child.to_ref(), 0)
                });
                entry.1 += 1;
            });
        }
        seen
    }

    fn visits_of(obj: &PyObject, target: &PyObject) -> usize {
        let mut n = 0;
        traverse(obj, &mut |o| n += usize::from(o.is(target)));
        n
    }

    #[test]
    fn visits_only_counted_references() {
        let interp = Interpreter::new(Config::default()).expect("boot");
        let vm = &interp.vm;
        let m = interp.main_module(None);
        let globals = m.dict().expect("dict");
        Interpreter::exec_in(vm, SOURCE, "<test>", &globals).expect("source runs");
        let g = |name: &str| globals.as_dict().expect("dict").get_str(name).expect(name);

        let seen = reachable(&[vm.sys_modules.clone(), globals.clone()]);
        for (obj, incoming) in seen.values() {
            // Each visit stands for a counted reference, and `seen` holds one more.
            assert!(
                *incoming < obj.refcount(),
                "{} visited {incoming} times with count {}",
                vm.type_name(obj),
                obj.refcount()
            );
        }

        let (x, pair, looped) = (g("x"), g("pair"), g("looped"));
        assert_eq!(visits_of(&pair, &x), 2);
        assert_eq!(visits_of(&looped, &looped), 1);
        let node = g("node");
        assert_eq!(visits_of(&node, node.ty()), 1);
        assert_eq!(visits_of(&x, x.ty()), 0);
        let big = g("big");
        assert!(crate::object::gc_head::is_gc(&big) && !is_container(&big.payload));
    }

    #[test]
    fn clear_breaks_cycles() {
        let interp = Interpreter::new(Config::default()).expect("boot");
        let vm = &interp.vm;
        let m = interp.main_module(None);
        let globals = m.dict().expect("dict");
        Interpreter::exec_in(vm, SOURCE, "<test>", &globals).expect("source runs");
        let g = |name: &str| globals.as_dict().expect("dict").get_str(name).expect(name);

        let looped = g("looped");
        let before = looped.refcount();
        clear(&looped);
        assert_eq!(looped.refcount(), before - 1);
        assert!(looped.as_list().expect("list").borrow().is_empty());

        let node = g("node");
        clear(&node);
        assert!(!node.has_dict());

        let d = g("d");
        clear(&d);
        assert!(d.as_dict().expect("dict").is_empty());

        clear(&g("g"));
        clear(&g("err"));
        for it in g("its").as_list().expect("list").borrow().iter() {
            clear(it);
            assert_eq!(
                reachable(&[it.clone()]).len(),
                1 + usize::from(it.has_heap_type())
            );
        }
        Interpreter::exec_in(vm, "after = next(g, 'done')", "<test>", &globals).expect("runs");
        assert_eq!(g("after").as_str(), Some("done"));

        let node_type = g("Node");
        clear(&node_type);
        let t = node_type.as_type().expect("type");
        assert!(t.dict.is_empty() && t.mro.borrow().is_empty());
    }
}
