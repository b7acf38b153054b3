//! `str.format` (PEP 3101 field parsing, `Objects/stringlib/unicode_format.h`) and
//! printf-style `%` formatting (`PyUnicode_Format` in `Objects/unicodeobject.c`).

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{attr, repr, sequence};
use crate::vm::{PyResult, Vm};

struct Auto {
    next: usize,
    manual: bool,
    auto: bool,
}

/// `template.format(*args, **kwargs)`; `kwargs` is any mapping.
pub fn format(vm: &Vm, template: &str, args: &[PyRef], kwargs: &PyRef) -> PyResult<String> {
    let mut auto = Auto {
        next: 0,
        manual: false,
        auto: false,
    };
    format_inner(vm, template, args, kwargs, &mut auto, 2)
}

fn format_inner(
    vm: &Vm,
    template: &str,
    args: &[PyRef],
    kwargs: &PyRef,
    auto: &mut Auto,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, honouring nested braces in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error(if level > 1 {
                    "expected '}' before end of string"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(vm, &field, args, kwargs, auto, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(
    vm: &Vm,
    field: &str,
    args: &[PyRef],
    kwargs: &PyRef,
    auto: &mut Auto,
    depth: u32,
) -> PyResult<String> {
    // field_name [! conversion] [: spec]
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (idx, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = idx;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let cv = cs.next();
        let after: String = cs.collect();
        if !(after.is_empty() || after.starts_with(':')) {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
        (cv, after.strip_prefix(':').unwrap_or("").to_string())
    } else if let Some(r) = rest.strip_prefix(':') {
        (None, r.to_string())
    } else {
        (None, String::new())
    };
    let obj = lookup_field(vm, name, args, kwargs, auto)?;
    let obj = match conv {
        None => obj,
        Some('r') => repr::repr(vm, &obj)?,
        Some('s') => repr::str(vm, &obj)?,
        Some('a') => repr::ascii(vm, &obj)?,
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') {
        format_inner(vm, &spec, args, kwargs, auto, depth - 1)?
    } else {
        spec
    };
    let r = repr::format(vm, &obj, &vm.string(spec))?;
    Ok(r.as_str().unwrap_or("").to_string())
}

fn lookup_field(vm: &Vm, name: &str, args: &[PyRef], kwargs: &PyRef, auto: &mut Auto) -> PyResult {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        if auto.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        auto.auto = true;
        let i = auto.next;
        auto.next += 1;
        args.get(i).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })?
    } else if let Ok(i) = first.parse::<usize>() {
        if auto.auto {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        auto.manual = true;
        args.get(i).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })?
    } else {
        let k = vm.str(first);
        match sequence::getitem(vm, kwargs, &k) {
            Ok(v) => v,
            Err(e) if vm.exc_matches(&e, &vm.t.key_error) => return Err(vm.key_error(k)),
            Err(e) => return Err(e),
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr_name = &r[..end];
            if attr_name.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            obj = attr::getattr_str(vm, &obj, attr_name)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) if !key.starts_with('-') && !key.starts_with('+') => vm.int(i),
                _ => vm.str(key),
            };
            obj = sequence::getitem(vm, &obj, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &str, args: &PyRef) -> PyResult<String> {
    let (items, mapping): (Vec<PyRef>, Option<PyRef>) = match &args.payload {
        Payload::Tuple(t)
            if args.is_type(&vm.t.tuple)
                || crate::objects::type_::is_subtype(args.ty(), &vm.t.tuple) =>
        {
            (t.to_vec(), None)
        }
        _ => {
            let is_mapping = !matches!(args.payload, Payload::Str(_) | Payload::Tuple(_))
                && args.type_data().lookup(&vm.names.__getitem__).is_some();
            (
                vec![args.clone()],
                if is_mapping { Some(args.clone()) } else { None },
            )
        }
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut argi = 0usize;
    let mut i = 0;
    let mut used_mapping = false;
    let next_arg = |argi: &mut usize| -> PyResult {
        let v = items
            .get(*argi)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        *argi += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key_obj: Option<PyRef> = None;
        if chars[i] == '(' {
            let Some(m) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                if chars[j] == '(' {
                    depth += 1;
                } else if chars[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..j - 1].iter().collect();
            key_obj = Some(sequence::getitem(vm, m, &vm.string(key))?);
            used_mapping = true;
            i = j;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width: Option<usize> = None;
        let mut left = flags.contains('-');
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(&mut argi)?;
            let wv =
                crate::objects::int::to_i64(vm, &w).map_err(|_| vm.type_error("* wants int"))?;
            if wv < 0 {
                left = true;
            }
            width = Some(wv.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                width = w.parse().ok();
            }
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(&mut argi)?;
                prec = Some(
                    crate::objects::int::to_i64(vm, &p)
                        .map_err(|_| vm.type_error("* wants int"))?
                        .max(0) as usize,
                );
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                prec = Some(p.parse().unwrap_or(0));
            }
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match key_obj.take() {
            Some(v) => v,
            None => next_arg(&mut argi)?,
        };
        let zero = flags.contains('0') && !left;
        let sign = if flags.contains('+') {
            Some('+')
        } else if flags.contains(' ') {
            Some(' ')
        } else {
            None
        };
        let body: String = match conv {
            's' => {
                let s = repr::str(vm, &arg)?.as_str().unwrap_or("").to_string();
                match prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            'r' | 'a' => {
                let s = if conv == 'r' {
                    repr::repr(vm, &arg)?
                } else {
                    repr::ascii(vm, &arg)?
                };
                let s = s.as_str().unwrap_or("").to_string();
                match prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            'c' => match &arg.payload {
                Payload::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                Payload::Int(v) => char::from_u32(*v as u32)
                    .map(|c| c.to_string())
                    .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?,
                _ => return Err(vm.type_error("%c requires int or char")),
            },
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let iv = match &arg.payload {
                    Payload::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                        crate::objects::float::float_to_int(vm, *f)?
                    }
                    Payload::Int(_) | Payload::BigInt(_) => arg.clone(),
                    _ => {
                        if matches!(conv, 'd' | 'i' | 'u') {
                            match crate::protocols::call::call_special(
                                vm,
                                &arg,
                                &vm.names.__int__,
                                &[],
                            )? {
                                Some(v) => v,
                                None => {
                                    return Err(vm.type_error(format!(
                                        "%{} format: a real number is required, not {}",
                                        conv,
                                        vm.type_name(&arg)
                                    )))
                                }
                            }
                        } else {
                            crate::protocols::number::index(vm, &arg).map_err(|_| {
                                vm.type_error(format!(
                                    "%{} format: an integer is required, not {}",
                                    conv,
                                    vm.type_name(&arg)
                                ))
                            })?
                        }
                    }
                };
                let big = crate::objects::int::int_val(&iv)
                    .map(|v| v.to_big())
                    .unwrap_or_default();
                let neg = big.sign() == num_bigint::Sign::Minus;
                let mag = if neg { -big.clone() } else { big.clone() };
                let mut digits = match conv {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    'o' => mag.to_str_radix(8),
                    _ => mag.to_string(),
                };
                if let Some(p) = prec {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let prefix = if flags.contains('#') {
                    match conv {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    }
                } else {
                    ""
                };
                let sgn = if neg {
                    "-".to_string()
                } else {
                    sign.map(|c| c.to_string()).unwrap_or_default()
                };
                pad_number(&sgn, prefix, &digits, width, left, zero)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::objects::float::to_float(vm, &arg).map_err(|_| {
                    vm.type_error(format!("must be real number, not {}", vm.type_name(&arg)))
                })?;
                let body = crate::format::float_repr::format_float(
                    f.abs(),
                    conv,
                    prec.unwrap_or(6),
                    flags.contains('#'),
                );
                let neg = f.is_sign_negative() && !f.is_nan();
                let sgn = if neg {
                    "-".to_string()
                } else {
                    sign.map(|c| c.to_string()).unwrap_or_default()
                };
                let zero = zero && f.is_finite();
                pad_number(&sgn, "", &body, width, left, zero)
            }
            _ => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    conv,
                    conv as u32,
                    i - 1
                )))
            }
        };
        let n = body.chars().count();
        match width {
            Some(w) if w > n => {
                if left {
                    out.push_str(&body);
                    out.push_str(&" ".repeat(w - n));
                } else {
                    out.push_str(&" ".repeat(w - n));
                    out.push_str(&body);
                }
            }
            _ => out.push_str(&body),
        }
    }
    if argi < items.len() && mapping.is_none() && !used_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn pad_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    width: Option<usize>,
    left: bool,
    zero: bool,
) -> String {
    let body_len = sign.len() + prefix.len() + digits.chars().count();
    match width {
        Some(w) if zero && !left && w > body_len => {
            format!("{}{}{}{}", sign, prefix, "0".repeat(w - body_len), digits)
        }
        _ => format!("{sign}{prefix}{digits}"),
    }
}
