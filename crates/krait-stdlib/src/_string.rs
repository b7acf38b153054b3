//! _string: mirrors `Modules/_stringmodule.c` and the markup parser of
//! `Objects/stringlib/unicode_format.h` that `string.Formatter` uses:
//! `formatter_parser(s)` iterates `(literal, field_name, format_spec, conversion)` tuples and
//! `formatter_field_name_split(name)` splits `a.b[0]` into `'a'` and `(is_attr, key)` pairs.
//! Both iterate lazily, so a malformed string raises on the `next()` that reaches it.

use std::any::Any;
use std::cell::{Cell, RefCell};

use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::NativeData;
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

/// One item of `formatter_parser`: literal text and, when markup follows, the field.
#[derive(Debug, PartialEq)]
pub struct Markup {
    pub literal: String,
    /// (field name, format spec, conversion) when a replacement field follows.
    pub field: Option<(String, String, Option<char>)>,
}

/// The next item of the markup in `s` starting at `*pos` (`MarkupIterator_next`); None at
/// the end.
pub fn next_markup(s: &[char], pos: &mut usize) -> Result<Option<Markup>, &'static str> {
    if *pos >= s.len() {
        return Ok(None);
    }
    let start = *pos;
    let mut c = '\0';
    let mut markup_follows = false;
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            markup_follows = true;
            break;
        }
    }
    let at_end = *pos >= s.len();
    let mut len = *pos - start;
    if c == '}' && markup_follows && (at_end || s[*pos] != c) {
        return Err("Single '}' encountered in format string");
    }
    if at_end && c == '{' && markup_follows {
        return Err("Single '{' encountered in format string");
    }
    if !at_end && markup_follows {
        if s[*pos] == c {
            // An escaped brace: literal text only.
            *pos += 1;
            markup_follows = false;
        } else {
            len -= 1;
        }
    }
    let literal: String = s[start..start + len].iter().collect();
    if !markup_follows {
        return Ok(Some(Markup {
            literal,
            field: None,
        }));
    }
    let field = parse_field(s, pos)?;
    Ok(Some(Markup {
        literal,
        field: Some(field),
    }))
}

/// A replacement field after its `{` (`parse_field`).
fn parse_field(
    s: &[char],
    pos: &mut usize,
) -> Result<(String, String, Option<char>), &'static str> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name: String = s[name_start..pos.saturating_sub(1).max(name_start)]
        .iter()
        .collect();
    if c != '!' && c != ':' {
        if c != '}' {
            return Err("expected '}' before end of string");
        }
        return Ok((name, String::new(), None));
    }
    let mut conversion = None;
    if c == '!' {
        if *pos >= s.len() {
            return Err("end of string while looking for conversion specifier");
        }
        conversion = Some(s[*pos]);
        *pos += 1;
        if *pos < s.len() {
            let next = s[*pos];
            *pos += 1;
            if next == '}' {
                return Ok((name, String::new(), conversion));
            }
            if next != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < s.len() {
        let ch = s[*pos];
        *pos += 1;
        match ch {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    let spec = s[spec_start..*pos - 1].iter().collect();
                    return Ok((name, spec, conversion));
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

/// `get_integer`: the value of an all-digit string, None otherwise.
fn get_integer(s: &[char]) -> Result<Option<i64>, &'static str> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut v: i64 = 0;
    for c in s {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(c.to_digit(10).unwrap_or(0) as i64))
            .ok_or("Too many decimal digits in format string")?;
    }
    Ok(Some(v))
}

/// One `.attr` or `[key]` step of a field name (`FieldNameIterator_next`).
fn next_field_part(s: &[char], pos: &mut usize) -> Result<Option<(bool, Vec<char>)>, &'static str> {
    if *pos >= s.len() {
        return Ok(None);
    }
    let c = s[*pos];
    *pos += 1;
    let (is_attr, name) = match c {
        '.' => {
            let start = *pos;
            while *pos < s.len() && s[*pos] != '.' && s[*pos] != '[' {
                *pos += 1;
            }
            (true, s[start..*pos].to_vec())
        }
        '[' => {
            let start = *pos;
            while *pos < s.len() && s[*pos] != ']' {
                *pos += 1;
            }
            if *pos >= s.len() {
                return Err("Missing ']' in format string");
            }
            *pos += 1;
            (false, s[start..*pos - 1].to_vec())
        }
        _ => return Err("Only '.' or '[' may follow ']' in format field specifier"),
    };
    if name.is_empty() {
        return Err("Empty attribute in format string");
    }
    Ok(Some((is_attr, name)))
}

/// Iterator state shared by both iterator types.
struct Scan {
    chars: Vec<char>,
    pos: Cell<usize>,
    failed: Cell<bool>,
}

struct FormatterIter(Scan);
struct FieldNameIter(Scan);

impl NativeData for FormatterIter {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeData for FieldNameIter {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static TYPES: krait_vm::object::GilStatic<RefCell<Option<(PyRef, PyRef)>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));

fn types(vm: &Vm) -> (PyRef, PyRef) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let mk = |name, methods| {
        krait_vm::modules::builtins::new_sealed_native_type(vm, name, "builtins", methods)
    };
    let t = (
        mk("formatteriterator", FORMATTER_METHODS),
        mk("fieldnameiterator", FIELDNAME_METHODS),
    );
    TYPES.with(|ts| *ts.borrow_mut() = Some(t.clone()));
    t
}

fn str_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<char>> {
    let p = args.pos();
    if p.len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.values.len()
        )));
    }
    match p[0].as_str() {
        Some(s) => Ok(s.chars().collect()),
        None => Err(vm.type_error(format!("expected str, got {}", vm.type_name(&p[0])))),
    }
}

fn scan(chars: Vec<char>, pos: usize) -> Scan {
    Scan {
        chars,
        pos: Cell::new(pos),
        failed: Cell::new(false),
    }
}

fn s_formatter_parser(vm: &Vm, args: Args) -> PyResult {
    let chars = str_arg(vm, &args, "formatter_parser")?;
    let it = FormatterIter(scan(chars, 0));
    Ok(PyRef::new(&types(vm).0, Payload::Native(Box::new(it))))
}

fn s_formatter_field_name_split(vm: &Vm, args: Args) -> PyResult {
    let chars = str_arg(vm, &args, "formatter_field_name_split")?;
    let end = chars
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(chars.len());
    let first = match get_integer(&chars[..end]).map_err(|m| vm.value_error(m))? {
        Some(i) => vm.int(i),
        None => vm.string(chars[..end].iter().collect()),
    };
    let it = FieldNameIter(scan(chars, end));
    let it = PyRef::new(&types(vm).1, Payload::Native(Box::new(it)));
    Ok(vm.tuple(vec![first, it]))
}

fn it_self(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn formatter_next(vm: &Vm, args: Args) -> PyResult {
    let Some(FormatterIter(st)) = args.pos()[0].native::<FormatterIter>() else {
        return Err(vm.type_error("expected a formatteriterator"));
    };
    if st.failed.get() {
        return Err(vm.stop_iteration(None));
    }
    let mut pos = st.pos.get();
    let r = next_markup(&st.chars, &mut pos);
    st.pos.set(pos);
    match r {
        Err(m) => {
            st.failed.set(true);
            Err(vm.value_error(m))
        }
        Ok(None) => Err(vm.stop_iteration(None)),
        Ok(Some(mk)) => {
            let literal = vm.string(mk.literal);
            let item = match mk.field {
                None => vec![literal, vm.none(), vm.none(), vm.none()],
                Some((name, spec, conv)) => vec![
                    literal,
                    vm.string(name),
                    vm.string(spec),
                    conv.map_or_else(|| vm.none(), |c| vm.string(c.to_string())),
                ],
            };
            Ok(vm.tuple(item))
        }
    }
}

fn fieldname_next(vm: &Vm, args: Args) -> PyResult {
    let Some(FieldNameIter(st)) = args.pos()[0].native::<FieldNameIter>() else {
        return Err(vm.type_error("expected a fieldnameiterator"));
    };
    if st.failed.get() {
        return Err(vm.stop_iteration(None));
    }
    let mut pos = st.pos.get();
    let r = next_field_part(&st.chars, &mut pos);
    st.pos.set(pos);
    let fail = |m: &'static str| {
        st.failed.set(true);
        vm.value_error(m)
    };
    match r {
        Err(m) => Err(fail(m)),
        Ok(None) => Err(vm.stop_iteration(None)),
        Ok(Some((is_attr, name))) => {
            let key = if is_attr {
                vm.string(name.iter().collect())
            } else {
                match get_integer(&name).map_err(fail)? {
                    Some(i) => vm.int(i),
                    None => vm.string(name.iter().collect()),
                }
            };
            Ok(vm.tuple(vec![vm.bool(is_attr), key]))
        }
    }
}

const FORMATTER_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", it_self),
    MethodDef::method("__next__", formatter_next),
];

const FIELDNAME_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", it_self),
    MethodDef::method("__next__", fieldname_next),
];

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("formatter_parser", s_formatter_parser),
    MethodDef::method("formatter_field_name_split", s_formatter_field_name_split),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_string");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(vm, &m, "__doc__", vm.str("string helper module"));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(s: &str) -> Result<Vec<Markup>, &'static str> {
        let chars: Vec<char> = s.chars().collect();
        let mut pos = 0;
        let mut out = Vec::new();
        while let Some(m) = next_markup(&chars, &mut pos)? {
            out.push(m);
        }
        Ok(out)
    }

    #[test]
    fn markup() {
        let r = parse_all("a{0}b{1:>3}c{x!r}d{{e}}f").unwrap();
        assert_eq!(r.len(), 6);
        assert_eq!(r[1].field, Some(("1".into(), ">3".into(), None)));
        assert_eq!(r[2].field, Some(("x".into(), "".into(), Some('r'))));
        assert_eq!(r[3].literal, "d{");
        assert_eq!(r[4].literal, "e}");
        assert_eq!(
            parse_all("{").unwrap_err(),
            "Single '{' encountered in format string"
        );
        assert_eq!(
            parse_all("}").unwrap_err(),
            "Single '}' encountered in format string"
        );
        assert_eq!(
            parse_all("{!}").unwrap_err(),
            "unmatched '{' in format spec"
        );
        assert_eq!(
            parse_all("{0[}").unwrap_err(),
            "expected '}' before end of string"
        );
        let r = parse_all("{:{:{}}}").unwrap();
        assert_eq!(r[0].field, Some(("".into(), "{:{}}".into(), None)));
    }
}
