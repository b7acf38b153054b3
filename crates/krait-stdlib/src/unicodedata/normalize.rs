//! Unicode normalization (NFD, NFKD, NFC, NFKC): mirrors `nfd_nfkd` and `nfc_nfkc` of
//! `Modules/unicodedata.c`, including the `ucd_3_2_0` variant (code points unassigned in 3.2.0
//! do not decompose, and a few decompositions were corrected since).

use super::db::{self, hangul, Version};

/// Append the full decomposition of `cp` to `out`.
fn decompose(v: Version, cp: u32, compat: bool, out: &mut Vec<u32>) {
    if let Some((l, vv, t)) = hangul::decompose(cp) {
        out.push(l);
        out.push(vv);
        out.extend(t);
        return;
    }
    if v == Version::V320 {
        if let Some(c) = db::old_normalization(cp) {
            decompose(v, c, compat, out);
            return;
        }
        if db::unassigned_in(v, cp) {
            out.push(cp);
            return;
        }
    }
    let (prefix, codes) = db::decomposition_raw(cp);
    let start = out.len();
    if prefix == 0 || compat {
        for c in codes {
            decompose(v, c, compat, out);
        }
    }
    if out.len() == start {
        out.push(cp);
    }
}

/// NFD or NFKD: full decomposition, then the canonical ordering of combining marks.
pub fn nfd(v: Version, s: &str, compat: bool) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(v, c as u32, compat, &mut out);
    }
    // A stable insertion sort of each run of non-starters by combining class.
    for i in 1..out.len() {
        let cur = db::combining_class(out[i]);
        if cur == 0 {
            continue;
        }
        let mut j = i;
        while j > 0 {
            let prev = db::combining_class(out[j - 1]);
            if prev == 0 || prev <= cur {
                break;
            }
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// NFC or NFKC: NFD/NFKD, then canonical composition of unblocked pairs.
pub fn nfc(v: Version, s: &str, compat: bool) -> Vec<u32> {
    let mut d = nfd(v, s, compat);
    let n = d.len();
    let mut used = vec![false; n];
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if used[i] {
            i += 1;
            continue;
        }
        let c = d[i];
        // Hangul: L V [T]; the input is decomposed, so there are no LV syllables.
        let is_l = (hangul::LBASE..hangul::LBASE + hangul::LCOUNT).contains(&c);
        let next_v = d
            .get(i + 1)
            .is_some_and(|&x| (hangul::VBASE..hangul::VBASE + hangul::VCOUNT).contains(&x));
        if is_l && next_v && !used[i + 1] {
            let mut code = hangul::SBASE
                + ((c - hangul::LBASE) * hangul::VCOUNT + (d[i + 1] - hangul::VBASE))
                    * hangul::TCOUNT;
            i += 2;
            if let Some(&t) = d.get(i) {
                if hangul::TBASE < t && t < hangul::TBASE + hangul::TCOUNT {
                    code += t - hangul::TBASE;
                    i += 1;
                }
            }
            out.push(code);
            continue;
        }
        // Combine with every following character that is not blocked: a character is blocked
        // by a starter or by a mark of the same or a higher class in between.
        let mut last_class: Option<u8> = None;
        let mut j = i + 1;
        while j < n {
            if used[j] {
                j += 1;
                continue;
            }
            let class = db::combining_class(d[j]);
            let blocked = last_class.is_some_and(|last| last == 0 || last >= class);
            if !blocked {
                if let Some(composite) = db::compose(d[i], d[j]) {
                    d[i] = composite;
                    used[j] = true;
                    j += 1;
                    continue;
                }
            }
            if class == 0 {
                break;
            }
            last_class = Some(class);
            j += 1;
        }
        out.push(d[i]);
        i += 1;
    }
    out
}

/// The normal form `form` of `s`, or None for an unknown form.
pub fn normalize(v: Version, form: &str, s: &str) -> Option<String> {
    let codes = match form {
        "NFC" => nfc(v, s, false),
        "NFKC" => nfc(v, s, true),
        "NFD" => nfd(v, s, false),
        "NFKD" => nfd(v, s, true),
        _ => return None,
    };
    Some(codes.into_iter().filter_map(char::from_u32).collect())
}
