//! The methods of str (`Objects/unicodeobject.c`), `str.format` (`Objects/stringlib/
//! unicode_format.h`) and the codecs str/bytes conversion needs (utf-8, ascii, latin-1).

use krait_bytecode::opcode::CompareOp;

use crate::object::PyRef;
use crate::objects::str::PyStr;
use crate::objects::Payload;
use crate::protocols::{repr, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

fn s<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyStr> {
    o.as_pystr().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

fn arg_str<'a>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a str> {
    o.as_str()
        .ok_or_else(|| vm.type_error(format!("{} must be str, not {}", what, vm.type_name(o))))
}

/// Encode text with a codec name and error handler.
pub fn encode_str(vm: &Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = normalize_encoding(encoding);
    match enc.as_str() {
        "utf_8" | "utf8" => Ok(text.as_bytes().to_vec()),
        "ascii" | "us_ascii" | "latin_1" | "latin1" | "iso8859_1" | "iso_8859_1" => {
            let limit = if enc.contains("ascii") { 128u32 } else { 256 };
            let mut out = Vec::with_capacity(text.len());
            for (i, c) in text.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        "backslashreplace" => {
                            out.extend(format!("\\u{:04x}", c as u32).into_bytes())
                        }
                        "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).into_bytes()),
                        _ => {
                            let codec = if limit == 128 { "ascii" } else { "latin-1" };
                            let e = vm.new_exc(
                                &vm.t.unicode_encode_error,
                                format!(
                                    "'{}' codec can't encode character '\\u{:04x}' in position {}: ordinal not in range({})",
                                    codec, c as u32, i, limit
                                ),
                            );
                            return Err(e);
                        }
                    }
                }
            }
            Ok(out)
        }
        _ => Err(vm.new_exc(&vm.t.lookup_error, format!("unknown encoding: {encoding}"))),
    }
}

fn normalize_encoding(e: &str) -> String {
    e.trim().to_ascii_lowercase().replace(['-', ' '], "_")
}

/// Decode bytes with a codec name and error handler.
pub fn decode_bytes(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    let enc = normalize_encoding(encoding);
    match enc.as_str() {
        "utf_8" | "utf8" | "utf_8_sig" => {
            let data = if enc == "utf_8_sig" && data.starts_with(&[0xef, 0xbb, 0xbf]) {
                &data[3..]
            } else {
                data
            };
            match std::str::from_utf8(data) {
                Ok(t) => Ok(vm.str(t)),
                Err(e) => match errors {
                    "replace" => Ok(vm.string(String::from_utf8_lossy(data).into_owned())),
                    "ignore" => {
                        let mut out = String::new();
                        let mut rest = data;
                        loop {
                            match std::str::from_utf8(rest) {
                                Ok(t) => {
                                    out.push_str(t);
                                    break;
                                }
                                Err(e) => {
                                    let (good, bad) = rest.split_at(e.valid_up_to());
                                    out.push_str(std::str::from_utf8(good).unwrap_or(""));
                                    let skip = e.error_len().unwrap_or(bad.len());
                                    rest = &bad[skip..];
                                }
                            }
                        }
                        Ok(vm.string(out))
                    }
                    _ => {
                        let pos = e.valid_up_to();
                        let reason = match e.error_len() {
                            None => "unexpected end of data",
                            Some(_) => {
                                if data[pos] >= 0x80 && data[pos] < 0xc2 || data[pos] > 0xf4 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                }
                            }
                        };
                        Err(vm.new_exc(
                            &vm.t.unicode_decode_error,
                            format!(
                                "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                                data[pos], pos, reason
                            ),
                        ))
                    }
                },
            }
        }
        "ascii" | "us_ascii" => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(vm.new_exc(
                                &vm.t.unicode_decode_error,
                                format!("'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"),
                            ))
                        }
                    }
                }
            }
            Ok(vm.string(out))
        }
        "latin_1" | "latin1" | "iso8859_1" | "iso_8859_1" => {
            Ok(vm.string(data.iter().map(|&b| b as char).collect()))
        }
        _ => Err(vm.new_exc(&vm.t.lookup_error, format!("unknown encoding: {encoding}"))),
    }
}

fn str_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let obj = args.pos().get(1).or_else(|| args.kwarg("object"));
    let enc = args.pos().get(2).or_else(|| args.kwarg("encoding"));
    let errors = args.pos().get(3).or_else(|| args.kwarg("errors"));
    let v = match obj {
        None => vm.empty_str.clone(),
        Some(o) => {
            if enc.is_some() || errors.is_some() {
                let data = crate::objects::bytes::as_bytes(o).ok_or_else(|| {
                    vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(o)
                    ))
                })?;
                decode_bytes(
                    vm,
                    &data,
                    enc.and_then(|e| e.as_str()).unwrap_or("utf-8"),
                    errors.and_then(|e| e.as_str()).unwrap_or("strict"),
                )?
            } else {
                repr::str(vm, o)?
            }
        }
    };
    if cls.is(&vm.t.str) {
        return Ok(v);
    }
    let text = v.as_str().unwrap_or("").to_string();
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Str(PyStr::new(text.into_boxed_str())),
    ))
}

fn str_repr_m(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(crate::protocols::repr::str_repr(
        s(vm, &args.pos()[0])?.as_str(),
    )))
}

fn str_str(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if o.is_type(&vm.t.str) {
        return Ok(o.clone());
    }
    Ok(vm.str(s(vm, o)?.as_str()))
}

fn str_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.usize(s(vm, &args.pos()[0])?.char_len()))
}

fn str_hash_m(vm: &Vm, args: Args) -> PyResult {
    s(vm, &args.pos()[0])?;
    Ok(vm.int(crate::objects::str::str_hash(&args.pos()[0])))
}

pub fn str_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let st = s(vm, o)?;
    if let Payload::Slice(sl) = &key.payload {
        let (start, _, step, n) = crate::objects::slice::indices(vm, sl, st.char_len())?;
        if step == 1 {
            return Ok(vm.str(st.slice(start as usize, start as usize + n)));
        }
        let chars: Vec<char> = st.as_str().chars().collect();
        let out: String = (0..n)
            .map(|i| chars[(start + i as isize * step) as usize])
            .collect();
        return Ok(vm.string(out));
    }
    let i = sequence::normalize_index(vm, key, st.char_len(), "string index out of range", "str")?;
    let c = st.char_at(i);
    let mut buf = [0u8; 4];
    Ok(vm.str(c.encode_utf8(&mut buf)))
}

fn str_getitem_m(vm: &Vm, args: Args) -> PyResult {
    str_getitem(vm, &args.pos()[0], &args.pos()[1])
}

fn str_contains(vm: &Vm, args: Args) -> PyResult {
    let a = s(vm, &args.pos()[0])?.as_str();
    let b = args.pos()[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args.pos()[1])
        ))
    })?;
    Ok(vm.bool(a.contains(b)))
}

fn str_iter(vm: &Vm, args: Args) -> PyResult {
    let o = args.pos()[0].clone();
    let ty = if s(vm, &o)?.is_ascii() {
        &vm.t.str_ascii_iterator
    } else {
        &vm.t.str_iterator
    };
    Ok(crate::objects::iter::seq_iter(vm, ty, o))
}

fn str_add(vm: &Vm, args: Args) -> PyResult {
    let a = s(vm, &args.pos()[0])?.as_str();
    let Some(b) = args.pos()[1].as_str() else {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&args.pos()[1])
        )));
    };
    let mut r = String::with_capacity(a.len() + b.len());
    r.push_str(a);
    r.push_str(b);
    Ok(vm.string(r))
}

fn str_mul(vm: &Vm, args: Args) -> PyResult {
    let a = s(vm, &args.pos()[0])?.as_str();
    let Some(n) = sequence::repeat_count(vm, &args.pos()[1])? else {
        return Ok(vm.not_implemented());
    };
    if a.len().checked_mul(n).map_or(true, |t| t > (1 << 40)) {
        return Err(vm.memory_error());
    }
    Ok(vm.string(a.repeat(n)))
}

fn str_cmp(vm: &Vm, args: Args, op: CompareOp) -> PyResult {
    let a = s(vm, &args.pos()[0])?.as_str();
    let Some(b) = args.pos()[1].as_str() else {
        return Ok(vm.not_implemented());
    };
    Ok(vm.bool(match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }))
}

fn str_lt(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, CompareOp::Lt)
}
fn str_le(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, CompareOp::Le)
}
fn str_eq(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, CompareOp::Eq)
}
fn str_ne(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, CompareOp::Ne)
}
fn str_gt(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, CompareOp::Gt)
}
fn str_ge(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, CompareOp::Ge)
}

fn str_join(vm: &Vm, args: Args) -> PyResult {
    let sep = s(vm, &args.pos()[0])?.as_str();
    let it = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("str.join() takes exactly one argument (0 given)"))?;
    let items = match &it.payload {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => sequence::collect(vm, it)?,
    };
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match x.as_str() {
            Some(t) => out.push_str(t),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(x)
                )))
            }
        }
    }
    Ok(vm.string(out))
}

fn opt_sep<'a>(vm: &Vm, args: &'a Args, pos: usize, kw: &str) -> PyResult<Option<&'a str>> {
    match args.pos().get(pos).or_else(|| args.kwarg(kw)) {
        None => Ok(None),
        Some(x) if vm.is_none(x) => Ok(None),
        Some(x) => {
            let t = x.as_str().ok_or_else(|| {
                vm.type_error(format!("must be str or None, not {}", vm.type_name(x)))
            })?;
            if t.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Ok(Some(t))
        }
    }
}

fn maxsplit(vm: &Vm, args: &Args) -> PyResult<i64> {
    match args.pos().get(2).or_else(|| args.kwarg("maxsplit")) {
        Some(m) => crate::objects::int::to_i64(vm, m),
        None => Ok(-1),
    }
}

fn is_py_space(c: char) -> bool {
    crate::format::strfuncs::is_space(c)
}

pub fn split_whitespace(t: &str, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = t.trim_start_matches(is_py_space);
    let mut n = 0;
    while !rest.is_empty() {
        if max >= 0 && n >= max {
            out.push(rest.to_string());
            return out;
        }
        let end = rest.find(is_py_space).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(is_py_space);
        n += 1;
    }
    out
}

fn str_split(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let sep = opt_sep(vm, &args, 1, "sep")?;
    let max = maxsplit(vm, &args)?;
    let parts: Vec<String> = match sep {
        None => split_whitespace(t, max),
        Some(sep) => {
            if max < 0 {
                t.split(sep).map(|x| x.to_string()).collect()
            } else {
                t.splitn(max as usize + 1, sep)
                    .map(|x| x.to_string())
                    .collect()
            }
        }
    };
    Ok(vm.list(parts.into_iter().map(|p| vm.string(p)).collect()))
}

fn str_rsplit(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let sep = opt_sep(vm, &args, 1, "sep")?;
    let max = maxsplit(vm, &args)?;
    let mut parts: Vec<String> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = t.trim_end_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(is_py_space)
                    .map(|i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8()))
                    .unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_py_space);
                n += 1;
            }
            out
        }
        Some(sep) => {
            if max < 0 {
                t.rsplit(sep).map(|x| x.to_string()).collect()
            } else {
                t.rsplitn(max as usize + 1, sep)
                    .map(|x| x.to_string())
                    .collect()
            }
        }
    };
    parts.reverse();
    Ok(vm.list(parts.into_iter().map(|p| vm.string(p)).collect()))
}

fn strip_chars<'a>(vm: &Vm, args: &'a Args) -> PyResult<Option<&'a str>> {
    match args.pos().get(1) {
        None => Ok(None),
        Some(x) if vm.is_none(x) => Ok(None),
        Some(x) => Ok(Some(x.as_str().ok_or_else(|| {
            vm.type_error(format!("strip arg must be None or str"))
        })?)),
    }
}

fn str_strip(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let r = match strip_chars(vm, &args)? {
        None => t.trim_matches(is_py_space),
        Some(cs) => t.trim_matches(|c| cs.contains(c)),
    };
    Ok(vm.str(r))
}

fn str_lstrip(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let r = match strip_chars(vm, &args)? {
        None => t.trim_start_matches(is_py_space),
        Some(cs) => t.trim_start_matches(|c| cs.contains(c)),
    };
    Ok(vm.str(r))
}

fn str_rstrip(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let r = match strip_chars(vm, &args)? {
        None => t.trim_end_matches(is_py_space),
        Some(cs) => t.trim_end_matches(|c| cs.contains(c)),
    };
    Ok(vm.str(r))
}

fn str_replace(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let p = args.pos();
    if p.len() < 3 {
        return Err(vm.type_error(format!(
            "replace expected at least 2 arguments, got {}",
            p.len() - 1
        )));
    }
    let old = arg_str(vm, &p[1], "replace() argument 1")?;
    let new = arg_str(vm, &p[2], "replace() argument 2")?;
    let count = match p.get(3) {
        Some(c) => crate::objects::int::to_i64(vm, c)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in t.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(vm.string(out));
        }
        return Ok(vm.string(t.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in t.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(vm.string(out));
    }
    Ok(vm.string(t.replacen(old, new, count as usize)))
}

/// Char-index window `[start:end]` of a str method's optional start/end arguments, as
/// byte offsets.
fn window(vm: &Vm, st: &PyStr, extra: &[PyRef]) -> PyResult<(usize, usize, usize)> {
    let n = st.char_len() as i64;
    let conv = |o: Option<&PyRef>, default: i64| -> PyResult<i64> {
        match o {
            None => Ok(default),
            Some(x) if vm.is_none(x) => Ok(default),
            Some(x) => {
                let mut v =
                    crate::objects::int::to_i64(vm, &crate::protocols::number::index(vm, x)?)
                        .unwrap_or(if default == 0 { 0 } else { n });
                if v < 0 {
                    v = (v + n).max(0);
                }
                Ok(v.min(n))
            }
        }
    };
    let a = conv(extra.first(), 0)?;
    let b = conv(extra.get(1), n)?;
    let ba = st.byte_offset(a as usize);
    let bb = if b < a {
        ba
    } else {
        st.byte_offset(b as usize)
    };
    Ok((ba, bb.max(ba), a as usize))
}

fn char_index(t: &str, byte: usize) -> usize {
    t[..byte].chars().count()
}

fn find_impl(vm: &Vm, args: &Args, rev: bool) -> PyResult<Option<usize>> {
    let o = &args.pos()[0];
    let st = s(vm, o)?;
    let sub = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("find() takes at least 1 argument (0 given)"))?;
    let sub = sub
        .as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(sub))))?;
    let (a, b, _) = window(vm, st, &args.pos()[2..])?;
    let t = st.as_str();
    if a > t.len() || (a > b) {
        return Ok(None);
    }
    let hay = &t[a..b];
    if (st.char_len() as i64) < 0 {
        return Ok(None);
    }
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    // An empty needle past the end only matches when start <= len.
    Ok(r.map(|off| char_index(t, a + off)))
}

fn str_find(vm: &Vm, args: Args) -> PyResult {
    Ok(match find_impl(vm, &args, false)? {
        Some(i) => vm.usize(i),
        None => vm.int(-1),
    })
}
fn str_rfind(vm: &Vm, args: Args) -> PyResult {
    Ok(match find_impl(vm, &args, true)? {
        Some(i) => vm.usize(i),
        None => vm.int(-1),
    })
}
fn str_index(vm: &Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, false)? {
        Some(i) => Ok(vm.usize(i)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn str_rindex(vm: &Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, true)? {
        Some(i) => Ok(vm.usize(i)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &Vm, args: Args) -> PyResult {
    let st = s(vm, &args.pos()[0])?;
    let sub = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("count() takes at least 1 argument (0 given)"))?;
    let sub = sub
        .as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(sub))))?;
    let (a, b, _) = window(vm, st, &args.pos()[2..])?;
    let hay = &st.as_str()[a..b];
    if sub.is_empty() {
        return Ok(vm.usize(hay.chars().count() + 1));
    }
    Ok(vm.usize(hay.matches(sub).count()))
}

fn affix_impl(vm: &Vm, args: &Args, ends: bool) -> PyResult {
    let st = s(vm, &args.pos()[0])?;
    let what = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("startswith() takes at least 1 argument (0 given)"))?;
    let (a, b, _) = window(vm, st, &args.pos()[2..])?;
    let hay = &st.as_str()[a..b];
    let check = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let name = if ends { "endswith" } else { "startswith" };
    if let Some(t) = what.as_tuple() {
        for x in t {
            let p = x.as_str().ok_or_else(|| {
                vm.type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    vm.type_name(x)
                ))
            })?;
            if check(p) {
                return Ok(vm.true_.clone());
            }
        }
        return Ok(vm.false_.clone());
    }
    let p = what.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            vm.type_name(what)
        ))
    })?;
    Ok(vm.bool(check(p)))
}

fn str_startswith(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, &args, false)
}
fn str_endswith(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, &args, true)
}

fn str_upper(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(s(vm, &args.pos()[0])?.as_str().to_uppercase()))
}
fn str_lower(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(s(vm, &args.pos()[0])?.as_str().to_lowercase()))
}
fn str_casefold(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(
        s(vm, &args.pos()[0])?
            .as_str()
            .to_lowercase()
            .replace('ß', "ss"),
    ))
}
fn str_swapcase(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(vm.string(out))
}
fn str_capitalize(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let mut cs = t.chars();
    let mut out = String::with_capacity(t.len());
    if let Some(f) = cs.next() {
        out.extend(title_case(f));
        for c in cs {
            out.extend(c.to_lowercase());
        }
    }
    Ok(vm.string(out))
}

fn title_case(c: char) -> Vec<char> {
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => vec!['ǅ'],
        'ǉ' | 'ǈ' | 'Ǉ' => vec!['ǈ'],
        'ǌ' | 'ǋ' | 'Ǌ' => vec!['ǋ'],
        'ǳ' | 'ǲ' | 'Ǳ' => vec!['ǲ'],
        'ß' => vec!['S', 's'],
        _ => c.to_uppercase().collect(),
    }
}

fn str_title(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for c in t.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(title_case(c));
        }
        prev_cased = crate::format::strfuncs::is_cased(c)
            || (prev_cased && crate::format::strfuncs::is_case_ignorable(c));
    }
    Ok(vm.string(out))
}

macro_rules! pred {
    ($name:ident, $body:expr) => {
        fn $name(vm: &Vm, args: Args) -> PyResult {
            let t = s(vm, &args.pos()[0])?.as_str();
            let f: fn(&str) -> bool = $body;
            Ok(vm.bool(f(t)))
        }
    };
}

use crate::format::strfuncs as sf;

pred!(str_isdigit, |t| !t.is_empty()
    && t.chars().all(sf::is_digit));
pred!(str_isdecimal, |t| !t.is_empty()
    && t.chars().all(sf::is_decimal));
pred!(str_isnumeric, |t| !t.is_empty()
    && t.chars().all(sf::is_numeric));
pred!(str_isalpha, |t| !t.is_empty()
    && t.chars().all(sf::is_alpha));
pred!(str_isalnum, |t| !t.is_empty()
    && t.chars().all(sf::is_alnum));
pred!(str_isspace, |t| !t.is_empty()
    && t.chars().all(sf::is_space));
pred!(str_isascii, |t| t.is_ascii());
pred!(str_isprintable, |t| t.chars().all(sf::is_printable));
pred!(str_islower, |t| t.chars().any(sf::is_lower)
    && !t.chars().any(|c| sf::is_upper(c) || sf::is_titlecase(c)));
pred!(str_isupper, |t| t.chars().any(sf::is_upper)
    && !t.chars().any(|c| sf::is_lower(c) || sf::is_titlecase(c)));
pred!(str_isidentifier, |t| {
    let mut cs = t.chars();
    match cs.next() {
        Some(c) if c == '_' || sf::is_xid_start(c) => cs.all(sf::is_xid_continue),
        _ => false,
    }
});
pred!(str_istitle, |t| {
    let mut cased = false;
    let mut prev_cased = false;
    for c in t.chars() {
        if sf::is_upper(c) || sf::is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if sf::is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
});

fn pad_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(usize, char)> {
    let p = args.pos();
    let w = p
        .get(1)
        .ok_or_else(|| vm.type_error(format!("{name} expected at least 1 argument, got 0")))?;
    let w = crate::objects::int::to_i64(vm, w)?.max(0) as usize;
    let fill = match p.get(2) {
        Some(f) => {
            let t = f.as_str().ok_or_else(|| {
                vm.type_error(format!(
                    "{}() argument 2 must be str, not {}",
                    name,
                    vm.type_name(f)
                ))
            })?;
            let mut cs = t.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    Ok((w, fill))
}

fn str_center(vm: &Vm, args: Args) -> PyResult {
    let st = s(vm, &args.pos()[0])?;
    let (w, fill) = pad_args(vm, &args, "center")?;
    let n = st.char_len();
    if w <= n {
        return Ok(args.pos()[0].clone());
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    let right = marg - left;
    let f = fill.to_string();
    Ok(vm.string(format!(
        "{}{}{}",
        f.repeat(left),
        st.as_str(),
        f.repeat(right)
    )))
}
fn str_ljust(vm: &Vm, args: Args) -> PyResult {
    let st = s(vm, &args.pos()[0])?;
    let (w, fill) = pad_args(vm, &args, "ljust")?;
    let n = st.char_len();
    if w <= n {
        return Ok(args.pos()[0].clone());
    }
    Ok(vm.string(format!("{}{}", st.as_str(), fill.to_string().repeat(w - n))))
}
fn str_rjust(vm: &Vm, args: Args) -> PyResult {
    let st = s(vm, &args.pos()[0])?;
    let (w, fill) = pad_args(vm, &args, "rjust")?;
    let n = st.char_len();
    if w <= n {
        return Ok(args.pos()[0].clone());
    }
    Ok(vm.string(format!("{}{}", fill.to_string().repeat(w - n), st.as_str())))
}
fn str_zfill(vm: &Vm, args: Args) -> PyResult {
    let st = s(vm, &args.pos()[0])?;
    let w = crate::objects::int::to_i64(vm, &args.pos()[1])?.max(0) as usize;
    let n = st.char_len();
    if w <= n {
        return Ok(args.pos()[0].clone());
    }
    let t = st.as_str();
    let pad = "0".repeat(w - n);
    if let Some(rest) = t.strip_prefix(['+', '-']) {
        return Ok(vm.string(format!("{}{}{}", &t[..1], pad, rest)));
    }
    Ok(vm.string(format!("{pad}{t}")))
}

fn partition_impl(vm: &Vm, args: &Args, rev: bool) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let sep = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("partition() takes exactly one argument (0 given)"))?;
    let sep = sep
        .as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(sep))))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { t.rfind(sep) } else { t.find(sep) };
    Ok(match found {
        Some(i) => vm.tuple(vec![
            vm.str(&t[..i]),
            vm.str(sep),
            vm.str(&t[i + sep.len()..]),
        ]),
        None if rev => vm.tuple(vec![vm.str(""), vm.str(""), vm.str(t)]),
        None => vm.tuple(vec![vm.str(t), vm.str(""), vm.str("")]),
    })
}

fn str_partition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, &args, false)
}
fn str_rpartition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, &args, true)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let keep = match args.pos().get(1).or_else(|| args.kwarg("keepends")) {
        Some(k) => crate::protocols::compare::is_true(vm, k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let b: Vec<(usize, char)> = t.char_indices().collect();
    let mut i = 0;
    while i < b.len() {
        let (pos, c) = b[i];
        if is_line_break(c) {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < b.len() && b[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(vm.str(if keep { &t[start..end] } else { &t[start..pos] }));
            start = end;
        }
        i += 1;
    }
    if start < t.len() {
        out.push(vm.str(&t[start..]));
    }
    Ok(vm.list(out))
}

fn str_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let ts = match args.pos().get(1).or_else(|| args.kwarg("tabsize")) {
        Some(x) => crate::objects::int::to_i64(vm, x)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in t.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.string(out))
}

fn str_removeprefix(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let p = arg_str(vm, &args.pos()[1], "removeprefix() argument")?;
    Ok(vm.str(t.strip_prefix(p).unwrap_or(t)))
}
fn str_removesuffix(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let p = arg_str(vm, &args.pos()[1], "removesuffix() argument")?;
    Ok(vm.str(if p.is_empty() {
        t
    } else {
        t.strip_suffix(p).unwrap_or(t)
    }))
}

fn str_encode(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let enc = args
        .pos()
        .get(1)
        .or_else(|| args.kwarg("encoding"))
        .and_then(|e| e.as_str())
        .unwrap_or("utf-8");
    let errors = args
        .pos()
        .get(2)
        .or_else(|| args.kwarg("errors"))
        .and_then(|e| e.as_str())
        .unwrap_or("strict");
    Ok(vm.bytes_vec(encode_str(vm, t, enc, errors)?))
}

fn str_translate(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str();
    let table = &args.pos()[1];
    let mut out = String::new();
    for c in t.chars() {
        match sequence::getitem(vm, table, &vm.int(c as i64)) {
            Ok(v) => {
                if vm.is_none(&v) {
                    continue;
                }
                match &v.payload {
                    Payload::Str(x) => out.push_str(x.as_str()),
                    Payload::Int(i) => out.push(char::from_u32(*i as u32).unwrap_or('\u{fffd}')),
                    _ => {
                        return Err(
                            vm.type_error("character mapping must return integer, None or str")
                        )
                    }
                }
            }
            Err(e) if vm.exc_matches(&e, &vm.t.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.string(out))
}

fn str_maketrans(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let d = vm.dict();
    let dd = d.as_dict().expect("dict");
    match p.len() {
        1 => {
            let Some(src) = p[0].as_dict() else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            for (k, v) in src.items() {
                let key = match k.as_str() {
                    Some(ks) if ks.chars().count() == 1 => {
                        vm.int(ks.chars().next().map_or(0, |c| c as i64))
                    }
                    Some(_) => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                    None => k,
                };
                dd.set(vm, key, v)?;
            }
        }
        2 | 3 => {
            let a: Vec<char> = arg_str(vm, &p[0], "maketrans() argument 1")?
                .chars()
                .collect();
            let b: Vec<char> = arg_str(vm, &p[1], "maketrans() argument 2")?
                .chars()
                .collect();
            if a.len() != b.len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (x, y) in a.iter().zip(b.iter()) {
                dd.set(vm, vm.int(*x as i64), vm.int(*y as i64))?;
            }
            if let Some(z) = p.get(2) {
                for c in arg_str(vm, z, "maketrans() argument 3")?.chars() {
                    dd.set(vm, vm.int(c as i64), vm.none())?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(d)
}

fn str_format_m(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.values[0])?.as_str().to_string();
    let rest = args.skip_self();
    let kw = vm.dict();
    for (k, v) in rest.kwargs() {
        kw.as_dict().expect("dict").set_str(vm, k, v.clone());
    }
    Ok(vm.string(crate::objects::str_format::format(vm, &t, rest.pos(), &kw)?))
}

fn str_format_map(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str().to_string();
    Ok(vm.string(crate::objects::str_format::format(
        vm,
        &t,
        &[],
        &args.pos()[1],
    )?))
}

fn str_format_spec(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let t = s(vm, o)?.as_str();
    let spec = args.pos().get(1).and_then(|x| x.as_str()).unwrap_or("");
    if spec.is_empty() {
        return str_str(vm, Args::new(&[o.clone()]));
    }
    let tn = vm.type_name(o);
    let parsed = crate::format::spec::parse(spec, &tn).map_err(|e| vm.format_err(e))?;
    crate::format::spec::format_str_spec(t, &parsed, &tn)
        .map(|r| vm.string(r))
        .map_err(|e| vm.format_err(e))
}

fn str_mod(vm: &Vm, args: Args) -> PyResult {
    let t = s(vm, &args.pos()[0])?.as_str().to_string();
    crate::objects::str_format::percent_format(vm, &t, &args.pos()[1]).map(|r| vm.string(r))
}

fn str_rmod(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented())
}

fn str_getnewargs(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.tuple(vec![vm.str(s(vm, &args.pos()[0])?.as_str())]))
}

fn str_sizeof(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.usize(crate::modules::sys::str_size(
        s(vm, &args.pos()[0])?.as_str(),
    )))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", str_new),
    MethodDef::method("__repr__", str_repr_m),
    MethodDef::method("__str__", str_str),
    MethodDef::method("__len__", str_len),
    MethodDef::method("__hash__", str_hash_m),
    MethodDef::method("__getitem__", str_getitem_m),
    MethodDef::method("__contains__", str_contains),
    MethodDef::method("__iter__", str_iter),
    MethodDef::method("__add__", str_add),
    MethodDef::method("__mul__", str_mul),
    MethodDef::method("__rmul__", str_mul),
    MethodDef::method("__mod__", str_mod),
    MethodDef::method("__rmod__", str_rmod),
    MethodDef::method("__lt__", str_lt),
    MethodDef::method("__le__", str_le),
    MethodDef::method("__eq__", str_eq),
    MethodDef::method("__ne__", str_ne),
    MethodDef::method("__gt__", str_gt),
    MethodDef::method("__ge__", str_ge),
    MethodDef::method("__format__", str_format_spec),
    MethodDef::method("__getnewargs__", str_getnewargs),
    MethodDef::method("__sizeof__", str_sizeof),
    MethodDef::method("join", str_join),
    MethodDef::method("split", str_split),
    MethodDef::method("rsplit", str_rsplit),
    MethodDef::method("strip", str_strip),
    MethodDef::method("lstrip", str_lstrip),
    MethodDef::method("rstrip", str_rstrip),
    MethodDef::method("replace", str_replace),
    MethodDef::method("find", str_find),
    MethodDef::method("rfind", str_rfind),
    MethodDef::method("index", str_index),
    MethodDef::method("rindex", str_rindex),
    MethodDef::method("count", str_count),
    MethodDef::method("startswith", str_startswith),
    MethodDef::method("endswith", str_endswith),
    MethodDef::method("upper", str_upper),
    MethodDef::method("lower", str_lower),
    MethodDef::method("casefold", str_casefold),
    MethodDef::method("swapcase", str_swapcase),
    MethodDef::method("capitalize", str_capitalize),
    MethodDef::method("title", str_title),
    MethodDef::method("isdigit", str_isdigit),
    MethodDef::method("isdecimal", str_isdecimal),
    MethodDef::method("isnumeric", str_isnumeric),
    MethodDef::method("isalpha", str_isalpha),
    MethodDef::method("isalnum", str_isalnum),
    MethodDef::method("isspace", str_isspace),
    MethodDef::method("isascii", str_isascii),
    MethodDef::method("isprintable", str_isprintable),
    MethodDef::method("islower", str_islower),
    MethodDef::method("isupper", str_isupper),
    MethodDef::method("isidentifier", str_isidentifier),
    MethodDef::method("istitle", str_istitle),
    MethodDef::method("center", str_center),
    MethodDef::method("ljust", str_ljust),
    MethodDef::method("rjust", str_rjust),
    MethodDef::method("zfill", str_zfill),
    MethodDef::method("partition", str_partition),
    MethodDef::method("rpartition", str_rpartition),
    MethodDef::method("splitlines", str_splitlines),
    MethodDef::method("expandtabs", str_expandtabs),
    MethodDef::method("removeprefix", str_removeprefix),
    MethodDef::method("removesuffix", str_removesuffix),
    MethodDef::method("encode", str_encode),
    MethodDef::method("translate", str_translate),
    MethodDef::static_("maketrans", str_maketrans),
    MethodDef::method("format", str_format_m),
    MethodDef::method("format_map", str_format_map),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.str, METHODS);
}
