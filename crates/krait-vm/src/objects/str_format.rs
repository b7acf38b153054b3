//! `str.format`/`str.format_map` (PEP 3101: the markup and field-name iterators of
//! `Objects/stringlib/unicode_format.h`) and printf-style `%` for str and bytes
//! (`PyUnicode_Format` in Objects/unicodeobject.c, `_PyBytes_FormatEx` in
//! Objects/bytesobject.c), which drive the pure helpers of `format::percent` over the
//! arguments as that module's header describes.

use crate::format::percent::{self, Count, Flags, Piece, Spec};
use crate::format::strfuncs::decimal_value;
use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{attr, call, repr, sequence};
use crate::vm::{PyResult, Vm};

// ---------------------------------------------------------------------------------------------
// str.format

/// Automatic (`{}`) or manual (`{0}`) field numbering, which one format string cannot mix.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct AutoNumber {
    state: Numbering,
    next: usize,
}

/// One replacement field: `{name!conversion:spec}`.
struct Field<'a> {
    name: &'a [char],
    conversion: Option<char>,
    spec: &'a [char],
    spec_needs_expanding: bool,
}

thread_local! {
    static TEMPLATES: crate::format::RecentFormats<[char]> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The chars of `template`, remembered for the last few templates (compared by content).
fn template_chars(template: &str) -> std::rc::Rc<[char]> {
    TEMPLATES.with(|cache| crate::format::recall(cache, template, |t| t.chars().collect()))
}

/// `template.format(*args, **kwargs)`, or `template.format_map(kwargs)` when `args` is
/// `None`; `kwargs` is any mapping (None: no keyword arguments).
pub fn format(
    vm: &Vm,
    template: &str,
    args: Option<&[PyRef]>,
    kwargs: Option<&PyRef>,
) -> PyResult<String> {
    let chars = template_chars(template);
    let mut numbering = AutoNumber {
        state: Numbering::Unset,
        next: 0,
    };
    build_string(vm, &chars, args, kwargs, 2, &mut numbering)
}

fn build_string(
    vm: &Vm,
    s: &[char],
    args: Option<&[PyRef]>,
    kwargs: Option<&PyRef>,
    depth: i32,
    numbering: &mut AutoNumber,
) -> PyResult<String> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    // Room for the literal text and a few characters per field.
    let mut out = String::with_capacity(s.len() * 2 + 16);
    let mut pos = 0;
    while pos < s.len() {
        let (literal, field) = next_markup(vm, s, &mut pos)?;
        out.extend(literal);
        if let Some(field) = field {
            let r = render_field(vm, &field, args, kwargs, depth, numbering)?;
            out.push_str(r.as_str().unwrap_or(""));
        }
    }
    Ok(out)
}

/// `MarkupIterator_next`: literal text up to the next field (or escaped brace), and the field.
fn next_markup<'a>(
    vm: &Vm,
    s: &'a [char],
    pos: &mut usize,
) -> PyResult<(&'a [char], Option<Field<'a>>)> {
    let start = *pos;
    let mut brace = None;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            brace = Some(c);
            break;
        }
    }
    let Some(c) = brace else {
        return Ok((&s[start..*pos], None));
    };
    let at_end = *pos >= s.len();
    if c == '}' && (at_end || s[*pos] != '}') {
        return Err(vm.value_error("Single '}' encountered in format string"));
    }
    if at_end {
        return Err(vm.value_error("Single '{' encountered in format string"));
    }
    if s[*pos] == c {
        // An escaped brace: the literal keeps one of the pair.
        *pos += 1;
        return Ok((&s[start..*pos - 1], None));
    }
    let literal = &s[start..*pos - 1];
    Ok((literal, Some(parse_field(vm, s, pos)?)))
}

/// `parse_field`: the field after its `{`, through its closing `}`.
fn parse_field<'a>(vm: &Vm, s: &'a [char], pos: &mut usize) -> PyResult<Field<'a>> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let mut field = Field {
        name: &s[name_start..(*pos).saturating_sub(1).max(name_start)],
        conversion: None,
        spec: &[],
        spec_needs_expanding: false,
    };
    if c != '!' && c != ':' {
        if c != '}' {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if c == '!' {
        if *pos >= s.len() {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        }
        field.conversion = Some(s[*pos]);
        *pos += 1;
        if *pos < s.len() {
            let next = s[*pos];
            *pos += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut count = 1;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        match c {
            '{' => {
                field.spec_needs_expanding = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = &s[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// `get_integer`: the value of an all-decimal-digits name part, `None` otherwise.
fn get_integer(vm: &Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// `get_field_object`: the object a field name denotes, with its `.attr` and `[key]` parts.
fn field_object(
    vm: &Vm,
    name: &[char],
    args: Option<&[PyRef]>,
    kwargs: Option<&PyRef>,
    numbering: &mut AutoNumber,
) -> PyResult {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = get_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if numbering.state == Numbering::Unset {
            numbering.state = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if numbering.state == Numbering::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if numbering.state == Numbering::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(numbering.next);
            numbering.next += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key = vm.string(first.iter().collect());
            match kwargs {
                Some(kwargs) => sequence::getitem(vm, kwargs, &key)?,
                // No keyword arguments: the KeyError of an empty dict.
                None => sequence::getitem(vm, &vm.dict(), &key)?,
            }
        }
        Some(i) => {
            let Some(args) = args else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            args.get(i).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            })?
        }
    };
    let mut pos = first_end;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        match c {
            '.' => {
                let start = pos;
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                if start == pos {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let attr_name: String = name[start..pos].iter().collect();
                obj = attr::getattr_str(vm, &obj, &attr_name)?;
            }
            '[' => {
                let start = pos;
                while pos < name.len() && name[pos] != ']' {
                    pos += 1;
                }
                if pos >= name.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                let key = &name[start..pos];
                pos += 1;
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key = match get_integer(vm, key)? {
                    Some(i) => vm.usize(i),
                    None => vm.string(key.iter().collect()),
                };
                obj = sequence::getitem(vm, &obj, &key)?;
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        }
    }
    Ok(obj)
}

fn render_field(
    vm: &Vm,
    field: &Field,
    args: Option<&[PyRef]>,
    kwargs: Option<&PyRef>,
    depth: i32,
    numbering: &mut AutoNumber,
) -> PyResult {
    let mut obj = field_object(vm, field.name, args, kwargs, numbering)?;
    if let Some(conv) = field.conversion {
        obj = match conv {
            'r' => repr::repr(vm, &obj)?,
            's' => repr::str(vm, &obj)?,
            'a' => repr::ascii(vm, &obj)?,
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(vm.value_error(format!("Unknown conversion specifier {c}")))
            }
            c => {
                return Err(
                    vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                )
            }
        };
    }
    let spec = if field.spec_needs_expanding {
        vm.string(build_string(
            vm,
            field.spec,
            args,
            kwargs,
            depth - 1,
            numbering,
        )?)
    } else if field.spec.is_empty() {
        vm.empty_str.clone()
    } else {
        vm.string(field.spec.iter().collect())
    };
    repr::format(vm, &obj, &spec)
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting: the arguments

/// The arguments of a `%` format: a tuple's items, or the one non-tuple argument; a `(key)`
/// replaces them with the value it looks up.
struct PercentArgs<'a> {
    /// A tuple operand's items are borrowed, not copied.
    items: std::borrow::Cow<'a, [PyRef]>,
    next: usize,
    mapping: Option<PyRef>,
}

impl<'a> PercentArgs<'a> {
    /// `bytes`: the right operand of a bytes format (bytes and bytearray are no mapping
    /// there, str is none for a str format).
    fn new(vm: &Vm, args: &'a PyRef, bytes: bool) -> PercentArgs<'a> {
        if let Payload::Tuple(t) = &args.payload {
            return PercentArgs {
                items: std::borrow::Cow::Borrowed(&t[..]),
                next: 0,
                mapping: None,
            };
        }
        let excluded = match &args.payload {
            Payload::Str(_) => true,
            Payload::Bytes(_) | Payload::ByteArray(_) => bytes,
            _ => false,
        };
        let is_mapping = !excluded && args.type_data().lookup(&vm.names.__getitem__).is_some();
        PercentArgs {
            items: std::borrow::Cow::Owned(vec![args.clone()]),
            next: 0,
            mapping: is_mapping.then(|| args.clone()),
        }
    }

    fn take(&mut self, vm: &Vm) -> PyResult {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| vm.type_error(percent::NOT_ENOUGH_ARGUMENTS))?;
        self.next += 1;
        Ok(v)
    }

    /// Steps 1 and 2 of the protocol: the key lookup and the `*` arguments.
    fn prepare(
        &mut self,
        vm: &Vm,
        spec: &Spec,
        key: Option<PyRef>,
        lookup: bool,
    ) -> PyResult<(Flags, Option<usize>, Option<usize>)> {
        if let Some(key) = key {
            let Some(m) = &self.mapping else {
                return Err(vm.type_error(percent::REQUIRES_MAPPING));
            };
            if lookup {
                let v = sequence::getitem(vm, m, &key)?;
                self.items = std::borrow::Cow::Owned(vec![v]);
                self.next = 0;
            }
        }
        let mut flags = spec.flags;
        let width = match spec.width {
            Some(Count::Star) => {
                let v = self.take(vm)?;
                let n = star_int(vm, &v)?;
                let w = n.and_then(|n| isize::try_from(n).ok()).ok_or_else(|| {
                    vm.overflow_error("Python int too large to convert to C ssize_t")
                })?;
                Some(percent::resolve_star_width(w, &mut flags))
            }
            Some(Count::N(n)) => Some(n),
            None => None,
        };
        let precision = match spec.precision {
            Some(Count::Star) => {
                let v = self.take(vm)?;
                let n = star_int(vm, &v)?;
                let p = n
                    .and_then(|n| i32::try_from(n).ok())
                    .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
                Some(percent::resolve_star_precision(p))
            }
            Some(Count::N(n)) => Some(n),
            None => None,
        };
        Ok((flags, width, precision))
    }

    fn finish(&self, vm: &Vm, message: &str) -> PyResult<()> {
        if self.next < self.items.len() && self.mapping.is_none() {
            return Err(vm.type_error(message));
        }
        Ok(())
    }
}

/// A `*` argument: an int (`PyLong_Check`), else `* wants int`; `None` past `i64`.
fn star_int(vm: &Vm, v: &PyRef) -> PyResult<Option<i64>> {
    match &v.payload {
        Payload::Int(i) => Ok(Some(*i)),
        Payload::BigInt(_) => Ok(None),
        _ => Err(vm.type_error(percent::STAR_WANTS_INT)),
    }
}

/// `PyNumber_Check`: int, float, complex, or a type with `__index__`, `__int__` or
/// `__float__`.
fn is_number(vm: &Vm, v: &PyRef) -> bool {
    if matches!(
        v.payload,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..)
    ) {
        return true;
    }
    let td = v.type_data();
    td.lookup(&vm.names.__index__).is_some()
        || td.lookup(&vm.names.__int__).is_some()
        || td.lookup(&vm.names.__float__).is_some()
}

/// The integer of a `%d %i %u %o %x %X` argument (`mainformatlong`); `Ok(None)` when the
/// argument has the wrong type.
fn percent_integer(vm: &Vm, v: &PyRef, conv: char) -> PyResult<Option<PyRef>> {
    if crate::objects::int::int_val(v).is_some() {
        return Ok(Some(v.clone()));
    }
    if !is_number(vm, v) {
        return Ok(None);
    }
    let converted = if matches!(conv, 'o' | 'x' | 'X') {
        crate::protocols::number::index(vm, v)
    } else {
        crate::objects::int::to_int(vm, v)
    };
    match converted {
        Ok(i) => Ok(crate::objects::int::int_val(&i).is_some().then_some(i)),
        Err(e) if vm.exc_matches(&e, &vm.t.type_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `PyFloat_AsDouble`: `Ok(None)` when the argument is no real number.
fn as_double(vm: &Vm, v: &PyRef) -> PyResult<Option<f64>> {
    match &v.payload {
        Payload::Float(f) => return Ok(Some(*f)),
        Payload::Int(_) | Payload::BigInt(_) => {
            let big = crate::objects::int::int_val(v).map(|i| i.to_big());
            return big
                .map(|b| crate::format::spec::int_to_f64(&b).map_err(|e| vm.format_err(e)))
                .transpose();
        }
        _ => {}
    }
    if let Some(r) = call::call_special(vm, v, &vm.names.__float__, &[])? {
        return match &r.payload {
            Payload::Float(f) => Ok(Some(*f)),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if v.type_data().lookup(&vm.names.__index__).is_some() {
        let i = crate::protocols::number::index(vm, v)?;
        return as_double(vm, &i);
    }
    Ok(None)
}

/// The numeric conversions both formats share; `None` for the text and char conversions.
fn format_number(
    vm: &Vm,
    v: &PyRef,
    spec: &Spec,
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
    bytes: bool,
) -> PyResult<Option<String>> {
    let conv = spec.conv;
    let text = match conv {
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let Some(value) = percent_integer(vm, v, conv)? else {
                // The bytes format reports `%i` as `%d`.
                let shown = if bytes && conv == 'i' { 'd' } else { conv };
                let type_name = vm.type_name(v);
                return Err(vm.format_err(if matches!(conv, 'o' | 'x' | 'X') {
                    percent::integer_required(shown, &type_name)
                } else {
                    percent::real_number_required(shown, &type_name)
                }));
            };
            percent::format_percent_int(
                crate::objects::int::int_val(&value).expect("an int"),
                flags,
                width,
                precision,
                conv,
                vm.int_max_str_digits.get(),
            )
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = if bytes {
                // `formatfloat` of bytesobject.c replaces any conversion error.
                match as_double(vm, v) {
                    Ok(Some(x)) => x,
                    _ => {
                        return Err(
                            vm.format_err(percent::float_argument_required(&vm.type_name(v)))
                        )
                    }
                }
            } else {
                match as_double(vm, v)? {
                    Some(x) => x,
                    None => return Err(vm.format_err(percent::float_required(&vm.type_name(v)))),
                }
            };
            percent::format_percent_float(x, flags, width, precision, conv)
        }
        _ => return Ok(None),
    };
    text.map(Some).map_err(|e| vm.format_err(e))
}

// ---------------------------------------------------------------------------------------------
// str % args

/// `%c` of a str format (`formatchar`).
fn percent_char(vm: &Vm, v: &PyRef) -> PyResult<char> {
    if let Some(s) = v.as_str() {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error(percent::C_REQUIRES_INT_OR_CHAR)),
        };
    }
    let i = match crate::protocols::number::index(vm, v) {
        Ok(i) => i,
        Err(e) if vm.exc_matches(&e, &vm.t.type_error) => {
            return Err(vm.type_error(percent::C_REQUIRES_INT_OR_CHAR))
        }
        Err(e) => return Err(e),
    };
    // Lone surrogates cannot live in a Krait str: they are out of range here.
    match &i.payload {
        Payload::Int(n) => u32::try_from(*n)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| vm.overflow_error(percent::C_ARG_RANGE)),
        _ => Err(vm.overflow_error(percent::C_ARG_RANGE)),
    }
}

/// `fmt % args` for a str format.
pub fn percent_str(vm: &Vm, fmt: &str, args: &PyRef) -> PyResult<String> {
    let mut state = PercentArgs::new(vm, args, false);
    // Room for the literal text and a few characters per conversion.
    let mut out = String::with_capacity(fmt.len() * 2 + 16);
    for piece in percent::parse_cached(fmt).iter() {
        let (spec, broken) = match piece {
            Piece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            Piece::Spec(spec) => (spec, None),
            Piece::Broken(spec, e) => (spec, Some(e.clone())),
        };
        let key = spec.key.as_ref().map(|k| vm.str(k));
        let (flags, width, precision) = state.prepare(vm, spec, key, broken.is_none())?;
        if let Some(e) = broken {
            return Err(vm.format_err(e));
        }
        let v = state.take(vm)?;
        let text = match spec.conv {
            's' | 'r' | 'a' => {
                let converted = match spec.conv {
                    's' if v.is_type(&vm.t.str) => v.clone(),
                    's' => repr::str(vm, &v)?,
                    'r' => repr::repr(vm, &v)?,
                    _ => repr::ascii(vm, &v)?,
                };
                let s = converted.as_str().unwrap_or("");
                percent::pad_percent_str(s, flags, width, precision)
            }
            'c' => {
                let c = percent_char(vm, &v)?;
                percent::pad_percent_str(c.encode_utf8(&mut [0; 4]), flags, width, None)
            }
            conv => match format_number(vm, &v, spec, flags, width, precision, false)? {
                Some(text) => Ok(text),
                None => Err(percent::unsupported_char(conv, spec.index)),
            },
        }
        .map_err(|e| vm.format_err(e))?;
        out.push_str(&text);
    }
    state.finish(vm, percent::NOT_ALL_CONVERTED)?;
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// bytes % args

/// The bytes of a `%b`/`%s` argument: a bytes-like object or the result of `__bytes__`.
fn percent_bytes_arg(vm: &Vm, v: &PyRef) -> PyResult<Vec<u8>> {
    match &v.payload {
        Payload::Bytes(b) => return Ok(b.to_vec()),
        Payload::ByteArray(b) => return Ok(b.borrow().clone()),
        _ => {}
    }
    if crate::objects::memoryview::as_view(v).is_some() {
        return crate::objects::bytes::buffer(vm, v).map(|b| b.into_owned());
    }
    if let Some(r) = call::call_special(vm, v, &vm.names.__bytes__, &[])? {
        return match &r.payload {
            Payload::Bytes(b) => Ok(b.to_vec()),
            _ => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.format_err(percent::bytes_like_required(&vm.type_name(v))))
}

/// `%c` of a bytes format (`byte_converter`).
fn percent_byte(vm: &Vm, v: &PyRef) -> PyResult<u8> {
    match &v.payload {
        Payload::Bytes(b) if b.len() == 1 => return Ok(b[0]),
        Payload::ByteArray(b) if b.borrow().len() == 1 => return Ok(b.borrow()[0]),
        _ => {}
    }
    let i = match crate::protocols::number::index(vm, v) {
        Ok(i) => i,
        Err(e) if vm.exc_matches(&e, &vm.t.type_error) => {
            return Err(vm.type_error(percent::C_BYTES_REQUIRES))
        }
        Err(e) => return Err(e),
    };
    match &i.payload {
        Payload::Int(n) => u8::try_from(*n).map_err(|_| vm.overflow_error(percent::C_BYTES_RANGE)),
        _ => Err(vm.overflow_error(percent::C_BYTES_RANGE)),
    }
}

/// `fmt % args` for a bytes (or bytearray) format.
pub fn percent_bytes(vm: &Vm, fmt: &[u8], args: &PyRef) -> PyResult<Vec<u8>> {
    let mut state = PercentArgs::new(vm, args, true);
    let mut out = Vec::with_capacity(fmt.len());
    for piece in percent::parse_bytes(fmt) {
        let (spec, broken) = match piece {
            Piece::Literal(s) => {
                out.extend_from_slice(&percent::latin1_to_bytes(&s));
                continue;
            }
            Piece::Spec(spec) => (spec, None),
            Piece::Broken(spec, e) => (spec, Some(e)),
        };
        let key = spec
            .key
            .as_ref()
            .map(|k| vm.bytes_vec(percent::latin1_to_bytes(k)));
        let (flags, width, precision) = state.prepare(vm, &spec, key, broken.is_none())?;
        if let Some(e) = broken {
            return Err(vm.format_err(e));
        }
        let v = state.take(vm)?;
        let chunk = match spec.conv {
            's' | 'b' => {
                let b = percent_bytes_arg(vm, &v)?;
                percent::pad_percent_bytes(&b, flags, width, precision)
            }
            'r' | 'a' => {
                let text = repr::ascii(vm, &v)?;
                let b = text.as_str().unwrap_or("").as_bytes().to_vec();
                percent::pad_percent_bytes(&b, flags, width, precision)
            }
            'c' => {
                let b = percent_byte(vm, &v)?;
                percent::pad_percent_bytes(&[b], flags, width, None)
            }
            conv => match format_number(vm, &v, &spec, flags, width, precision, true)? {
                Some(text) => Ok(text.into_bytes()),
                None => Err(percent::unsupported_char_bytes(
                    conv as u32 as u8,
                    spec.index,
                )),
            },
        }
        .map_err(|e| vm.format_err(e))?;
        out.extend_from_slice(&chunk);
    }
    state.finish(vm, percent::NOT_ALL_CONVERTED_BYTES)?;
    Ok(out)
}
