//! The matcher: runs the code words of `compile.rs` over a subject with the semantics of
//! CPython 3.11's `_sre` (a backtracking machine with capture marks, repeat contexts and
//! zero-width protection), so every match, span and `lastindex` is CPython's.
//!
//! Backtracking never recurses on the Rust stack: a sub-match is a [`Frame`] pushed on
//! `Matcher::frames`, and the frame that asked for it resumes (by its [`Resume`] tag) when it
//! returns. Positions are indices into the subject, which is one byte per character (bytes,
//! or str text whose code points are all below 256) or one `u32` per code point.

use super::charset::{
    category, char_loc_ignore, in_set, is_loc_word, is_uni_word, is_word, lower_ascii,
    lower_locale, lower_unicode, upper_locale, SetTables,
};
use super::compile::*;
use super::program::{INFO_CHARSET, INFO_LITERAL, INFO_PREFIX};

/// Characters of a subject by index.
pub trait Text: Copy {
    fn at(&self, i: usize) -> u32;
    /// The number of characters.
    fn count(&self) -> usize;
    /// The first index in `from..end` holding `c`, or `end`.
    fn find(&self, c: u32, from: usize, end: usize) -> usize;
}

impl Text for &[u8] {
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }

    fn count(&self) -> usize {
        <[u8]>::len(self)
    }

    fn find(&self, c: u32, from: usize, end: usize) -> usize {
        if from >= end || c > 255 {
            return end.max(from);
        }
        memchr::memchr(c as u8, &self[from..end]).map_or(end, |i| from + i)
    }
}

impl Text for &[u32] {
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }

    fn count(&self) -> usize {
        <[u32]>::len(self)
    }

    fn find(&self, c: u32, from: usize, end: usize) -> usize {
        if from >= end {
            return end.max(from);
        }
        self[from..end]
            .iter()
            .position(|&x| x == c)
            .map_or(end, |i| from + i)
    }
}

/// Why matching stopped before an answer.
pub enum Interrupted {
    /// A signal handler raised (the caller holds the exception).
    Signal,
    /// The backtracking stack outgrew its limit (MemoryError, as CPython when its stack
    /// cannot grow).
    Memory,
}

/// The most frames the backtracking stack may hold (64 bytes each: 4 GiB).
const MAX_FRAMES: usize = 1 << 26;

type Outcome = Result<bool, Interrupted>;

/// A mark that was never set (CPython's NULL mark pointer).
const UNSET: usize = usize::MAX;

const AT_BEGINNING: u32 = 0;
const AT_BEGINNING_LINE: u32 = 1;
const AT_BEGINNING_STRING: u32 = 2;
const AT_BOUNDARY: u32 = 3;
const AT_NON_BOUNDARY: u32 = 4;
const AT_END: u32 = 5;
const AT_END_LINE: u32 = 6;
const AT_END_STRING: u32 = 7;
const AT_LOC_BOUNDARY: u32 = 8;
const AT_LOC_NON_BOUNDARY: u32 = 9;
const AT_UNI_BOUNDARY: u32 = 10;
const AT_UNI_NON_BOUNDARY: u32 = 11;

const MAXREPEAT: u32 = u32::MAX;

/// What a frame does when the sub-match it started returns.
#[derive(Clone, Copy)]
enum Resume {
    Branch,
    RepeatOneLiteral,
    RepeatOne,
    MinRepeatOne,
    Repeat,
    MaxUntilMin,
    MaxUntilMore,
    MaxUntilTail,
    MinUntilMin,
    MinUntilTail,
    MinUntilMore,
    PossessiveMin,
    PossessiveMore,
    Atomic,
    Assert,
    AssertNot,
}

/// One activation of the matcher: where it is in the code and the subject, and what it
/// keeps across the sub-match it waits for.
#[derive(Clone, Copy)]
struct Frame {
    /// The opcode being executed (while waiting: the opcode that started the sub-match).
    pc: usize,
    ptr: usize,
    count: usize,
    /// A literal (REPEAT_ONE with a literal tail), a repeat context index (UNTIL), or the
    /// start of the current alternative (BRANCH).
    aux: usize,
    /// The repeat context's `last_ptr` saved around a sub-match.
    saved_last: usize,
    lastmark: isize,
    lastindex: isize,
    toplevel: bool,
    resume: Resume,
}

impl Frame {
    fn new(pc: usize, ptr: usize, toplevel: bool) -> Frame {
        Frame {
            pc,
            ptr,
            count: 0,
            aux: 0,
            saved_last: UNSET,
            lastmark: -1,
            lastindex: -1,
            toplevel,
            resume: Resume::Branch,
        }
    }
}

/// What the first character of a match must be.
#[derive(Clone, Copy)]
enum First {
    Literal(u32),
    /// In the set whose code starts at this position.
    Set(usize),
    Category(u32),
}

/// A repeat context (`REPEAT ... MAX_UNTIL/MIN_UNTIL`).
struct Repeat {
    /// Iterations matched so far, minus one while the first is under way.
    count: isize,
    /// Index of the REPEAT opcode's first argument (its skip).
    args: usize,
    /// The enclosing context (an index + 1; 0 for none).
    prev: usize,
    /// Where the last iteration started, to stop empty iterations.
    last_ptr: usize,
}

/// Matching state over one subject.
pub struct Matcher<'a, T: Text> {
    code: &'a [u32],
    sets: &'a SetTables,
    text: T,
    /// `endpos`: the subject ends here for matching (lookbehind may see before `pos`).
    end: usize,
    pub match_all: bool,
    pub must_advance: bool,
    /// Where the current match started.
    pub start: usize,
    /// Where the last successful match ended.
    pub ptr: usize,
    marks: Vec<usize>,
    lastmark: isize,
    lastindex: isize,
    mark_stack: Vec<usize>,
    repeats: Vec<Repeat>,
    /// The innermost repeat context (index + 1; 0 for none).
    repeat: usize,
    frames: Vec<Frame>,
    steps: u32,
    /// Polled every 4096 steps: true stops the match (a signal handler raised).
    interrupt: &'a mut dyn FnMut() -> bool,
}

impl<'a, T: Text> Matcher<'a, T> {
    pub fn new(
        code: &'a [u32],
        sets: &'a SetTables,
        text: T,
        end: usize,
        interrupt: &'a mut dyn FnMut() -> bool,
    ) -> Self {
        Matcher {
            code,
            sets,
            text,
            end,
            match_all: false,
            must_advance: false,
            start: 0,
            ptr: 0,
            marks: Vec::new(),
            lastmark: -1,
            lastindex: -1,
            mark_stack: Vec::new(),
            repeats: Vec::new(),
            repeat: 0,
            frames: Vec::new(),
            steps: 0,
            interrupt,
        }
    }

    /// The span of group `g` (1-based) of the last match, if it took part.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let j = 2 * (g - 1);
        if (j + 1) as isize <= self.lastmark {
            let (a, b) = (self.marks[j], self.marks[j + 1]);
            if a != UNSET && b != UNSET && a <= b {
                return Some((a, b));
            }
        }
        None
    }

    /// The last group closed (`Match.lastindex`), or -1.
    pub fn lastindex(&self) -> isize {
        self.lastindex
    }

    fn reset_marks(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
    }

    /// Match anchored at `pos` (`Pattern.match`, `fullmatch` with `match_all`).
    pub fn match_at(&mut self, pos: usize) -> Outcome {
        self.reset_marks();
        self.start = pos;
        self.ptr = pos;
        self.run(0, pos, true)
    }

    /// The first match starting at `pos` or later (`Pattern.search`).
    pub fn search(&mut self, pos: usize) -> Outcome {
        self.reset_marks();
        let code = self.code;
        let mut ptr = pos;
        let mut end = self.end;
        self.start = ptr;
        self.ptr = ptr;
        if ptr > end {
            return Ok(false);
        }
        let mut pc = 0;
        let mut flags = 0;
        let mut prefix = 0..0;
        let mut prefix_skip = 0;
        let mut charset = None;
        if code[0] == INFO {
            flags = code[2];
            let min = code[3] as usize;
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
            if min > 1 {
                end = (end - (min - 1)).max(ptr);
            }
            if flags & INFO_PREFIX != 0 {
                let len = code[5] as usize;
                prefix_skip = code[6] as usize;
                prefix = 7..7 + len;
            } else if flags & INFO_CHARSET != 0 {
                charset = Some(5);
            }
            pc = 1 + code[1] as usize;
        }
        let text = self.text;
        if prefix.len() == 1 {
            let c = code[prefix.start];
            let end = self.end;
            self.must_advance = false;
            while ptr < end {
                ptr = text.find(c, ptr, end);
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr + prefix_skip;
                if flags & INFO_LITERAL != 0 {
                    return Ok(true);
                }
                if self.run(pc + 2 * prefix_skip, ptr + prefix_skip, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.reset_marks();
            }
            return Ok(false);
        }
        if prefix.len() > 1 {
            return self.search_prefix(pc, ptr, prefix, prefix_skip, flags);
        }
        if let Some(set) = charset {
            let end = self.end;
            self.must_advance = false;
            loop {
                while ptr < end && !self.in_set(set, text.at(ptr)) {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.run(pc, ptr, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.reset_marks();
            }
        }
        if let Some(first) = self.first_char(pc) {
            // Only positions whose character can start a match are tried (the others
            // fail at the first character anyway); every match is non-empty.
            if ptr >= self.end {
                return Ok(false);
            }
            let limit = end.min(self.end - 1);
            loop {
                if let First::Literal(c) = first {
                    ptr = text.find(c, ptr, limit + 1);
                }
                while ptr <= limit && ptr < self.end && !self.accepts(first, text.at(ptr)) {
                    ptr += 1;
                }
                if ptr > limit || ptr >= self.end {
                    return Ok(false);
                }
                self.reset_marks();
                self.start = ptr;
                self.ptr = ptr;
                if self.run(pc, ptr, false)? {
                    return Ok(true);
                }
                ptr += 1;
            }
        }
        let mut found = self.run(pc, ptr, true)?;
        self.must_advance = false;
        if !found
            && code[pc] == AT
            && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)
        {
            self.start = end;
            self.ptr = end;
            return Ok(false);
        }
        while !found && ptr < end {
            ptr += 1;
            self.reset_marks();
            self.start = ptr;
            self.ptr = ptr;
            found = self.run(pc, ptr, false)?;
        }
        Ok(found)
    }

    /// Search for a literal prefix of two or more characters, skipping with its overlap
    /// table (Knuth-Morris-Pratt), then match the rest of the pattern after it.
    fn search_prefix(
        &mut self,
        pc: usize,
        mut ptr: usize,
        prefix: std::ops::Range<usize>,
        prefix_skip: usize,
        flags: u32,
    ) -> Outcome {
        let code = self.code;
        let text = self.text;
        let len = prefix.len();
        let pre = &code[prefix.clone()];
        // overlap[i] for i >= 1 is the table entry after prefix[i - 1].
        let overlap = &code[prefix.end - 1..];
        let end = self.end;
        if len > end - ptr {
            return Ok(false);
        }
        while ptr < end {
            ptr = text.find(pre[0], ptr, end) + 1;
            if ptr >= end {
                return Ok(false);
            }
            let mut i = 1;
            self.must_advance = false;
            loop {
                if text.at(ptr) == pre[i] {
                    i += 1;
                    if i != len {
                        ptr += 1;
                        if ptr >= end {
                            return Ok(false);
                        }
                        continue;
                    }
                    self.start = ptr + 1 - len;
                    self.ptr = ptr + 1 - len + prefix_skip;
                    if flags & INFO_LITERAL != 0 {
                        return Ok(true);
                    }
                    if self.run(pc + 2 * prefix_skip, self.ptr, false)? {
                        return Ok(true);
                    }
                    ptr += 1;
                    if ptr >= end {
                        return Ok(false);
                    }
                    self.reset_marks();
                }
                i = overlap[i] as usize;
                if i == 0 {
                    break;
                }
            }
        }
        Ok(false)
    }

    #[inline]
    fn set_mark(&mut self, i: usize, ptr: usize) {
        if i & 1 != 0 {
            self.lastindex = (i / 2 + 1) as isize;
        }
        if i as isize > self.lastmark {
            if self.marks.len() <= i {
                self.marks.resize(i + 1, UNSET);
            }
            let from = (self.lastmark + 1) as usize;
            for m in &mut self.marks[from..i] {
                *m = UNSET;
            }
            self.lastmark = i as isize;
        }
        self.marks[i] = ptr;
    }

    #[inline]
    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.mark_stack.extend_from_slice(&self.marks[..n]);
        }
    }

    /// Restore the marks saved by the matching `mark_push`; `discard` drops the saved copy.
    fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let from = self.mark_stack.len() - n;
            self.marks[..n].copy_from_slice(&self.mark_stack[from..]);
            if discard {
                self.mark_stack.truncate(from);
            }
        }
    }

    /// Within a repeat, save the marks for backtracking (CPython's `LASTMARK_SAVE` +
    /// `MARK_PUSH` when `state->repeat`); the last mark and index to restore.
    fn save_marks_in_repeat(&mut self) -> (isize, isize) {
        if self.repeat != 0 {
            self.mark_push(self.lastmark);
        }
        (self.lastmark, self.lastindex)
    }

    /// Drop what `save_marks_in_repeat` saved.
    fn discard_marks_in_repeat(&mut self, lastmark: isize) {
        if self.repeat != 0 {
            self.mark_discard(lastmark);
        }
    }

    fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.mark_stack.truncate(self.mark_stack.len() - n);
        }
    }

    fn rep(&mut self, idx: usize) -> &mut Repeat {
        &mut self.repeats[idx]
    }

    /// `Py_ssize_t SRE(count)`: how many times (up to `max`) the one-character item at `pc`
    /// matches from `ptr`.
    fn count(&mut self, pc: usize, ptr: usize, max: u32) -> Result<usize, Interrupted> {
        let code = self.code;
        let text = self.text;
        let mut end = self.end;
        if max != MAXREPEAT && (max as usize) < end - ptr {
            end = ptr + max as usize;
        }
        let mut p = ptr;
        let arg = code[pc + 1];
        match code[pc] {
            IN => {
                while p < end && self.in_set(pc + 2, text.at(p)) {
                    p += 1;
                }
            }
            ANY => {
                while p < end && text.at(p) != '\n' as u32 {
                    p += 1;
                }
            }
            ANY_ALL => p = end,
            LITERAL => {
                while p < end && text.at(p) == arg {
                    p += 1;
                }
            }
            LITERAL_IGNORE => {
                while p < end && lower_ascii(text.at(p)) == arg {
                    p += 1;
                }
            }
            LITERAL_UNI_IGNORE => {
                while p < end && lower_unicode(text.at(p)) == arg {
                    p += 1;
                }
            }
            LITERAL_LOC_IGNORE => {
                while p < end && char_loc_ignore(arg, text.at(p)) {
                    p += 1;
                }
            }
            IN_IGNORE => {
                while p < end && self.in_set(pc + 2, lower_ascii(text.at(p))) {
                    p += 1;
                }
            }
            IN_UNI_IGNORE => {
                while p < end && self.in_set(pc + 2, lower_unicode(text.at(p))) {
                    p += 1;
                }
            }
            IN_LOC_IGNORE => {
                while p < end && self.in_set_loc_ignore(pc + 2, text.at(p)) {
                    p += 1;
                }
            }
            CATEGORY => {
                while p < end && category(arg, text.at(p)) {
                    p += 1;
                }
            }
            NOT_LITERAL => {
                while p < end && text.at(p) != arg {
                    p += 1;
                }
            }
            NOT_LITERAL_IGNORE => {
                while p < end && lower_ascii(text.at(p)) != arg {
                    p += 1;
                }
            }
            NOT_LITERAL_UNI_IGNORE => {
                while p < end && lower_unicode(text.at(p)) != arg {
                    p += 1;
                }
            }
            NOT_LITERAL_LOC_IGNORE => {
                while p < end && !char_loc_ignore(arg, text.at(p)) {
                    p += 1;
                }
            }
            _ => {
                // Any other one-character item: run it as a sub-match per character.
                while p < end {
                    self.ptr = p;
                    if !self.run(pc, p, false)? || self.ptr <= p {
                        break;
                    }
                    p = self.ptr;
                }
            }
        }
        Ok(p - ptr)
    }

    /// Whether the single-character opcode at `pc` accepts `c` (for the literal-tail and
    /// branch shortcuts and the per-character ops).
    fn at_code(&self, at: u32, ptr: usize) -> bool {
        let text = self.text;
        let end = self.end;
        let boundary = |word: fn(u32) -> bool| -> Option<(bool, bool)> {
            if end == 0 {
                return None;
            }
            let before = ptr > 0 && word(text.at(ptr - 1));
            let here = ptr < end && word(text.at(ptr));
            Some((before, here))
        };
        match at {
            AT_BEGINNING | AT_BEGINNING_STRING => ptr == 0,
            AT_BEGINNING_LINE => ptr == 0 || text.at(ptr - 1) == '\n' as u32,
            AT_END => ptr == end || (ptr + 1 == end && text.at(ptr) == '\n' as u32),
            AT_END_LINE => ptr == end || (ptr < text.count() && text.at(ptr) == '\n' as u32),
            AT_END_STRING => ptr == end,
            AT_BOUNDARY => boundary(is_word).is_some_and(|(a, b)| a != b),
            AT_NON_BOUNDARY => boundary(is_word).is_some_and(|(a, b)| a == b),
            AT_LOC_BOUNDARY => boundary(is_loc_word).is_some_and(|(a, b)| a != b),
            AT_LOC_NON_BOUNDARY => boundary(is_loc_word).is_some_and(|(a, b)| a == b),
            AT_UNI_BOUNDARY => boundary(is_uni_word).is_some_and(|(a, b)| a != b),
            AT_UNI_NON_BOUNDARY => boundary(is_uni_word).is_some_and(|(a, b)| a == b),
            _ => false,
        }
    }

    #[inline(always)]
    fn poll(&mut self) -> Result<(), Interrupted> {
        self.steps = self.steps.wrapping_add(1);
        if self.steps & 0xfff == 0 && (self.interrupt)() {
            return Err(Interrupted::Signal);
        }
        Ok(())
    }

    fn push_frame(&mut self, f: Frame) -> Result<(), Interrupted> {
        let n = self.frames.len();
        if n == self.frames.capacity()
            && (n >= MAX_FRAMES || self.frames.try_reserve(n.max(16)).is_err())
        {
            return Err(Interrupted::Memory);
        }
        self.frames.push(f);
        Ok(())
    }

    /// `SRE(match)`: match the code from `pc` at `ptr`; on success `self.ptr` is the end.
    fn run(&mut self, pc: usize, ptr: usize, toplevel: bool) -> Outcome {
        let code = self.code;
        let text = self.text;
        let end = self.end;
        let base = self.frames.len();
        let mut f = Frame::new(pc, ptr, toplevel);

        // Start the sub-match at ($pc, $ptr) after saving `f` to resume as $resume.
        macro_rules! call {
            ($label:lifetime, $resume:expr, $pc:expr, $ptr:expr, $toplevel:expr) => {{
                let (pc, ptr, toplevel) = ($pc, $ptr, $toplevel);
                f.resume = $resume;
                self.push_frame(f)?;
                f = Frame::new(pc, ptr, toplevel);
                continue $label;
            }};
        }

        'enter: loop {
            let mut ret = 'op: {
                if code[f.pc] == INFO {
                    let min = code[f.pc + 3] as usize;
                    // Unsigned, as in CPython: a start past the end is not rejected here.
                    if min != 0 && end.wrapping_sub(f.ptr) < min {
                        break 'op false;
                    }
                    f.pc += code[f.pc + 1] as usize + 1;
                }
                'dispatch: loop {
                    self.poll()?;
                    let b = f.pc + 1;
                    let ptr = f.ptr;
                    match code[f.pc] {
                        MARK => {
                            self.set_mark(code[b] as usize, ptr);
                            f.pc += 2;
                        }
                        LITERAL => {
                            if ptr >= end || text.at(ptr) != code[b] {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        NOT_LITERAL => {
                            if ptr >= end || text.at(ptr) == code[b] {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        SUCCESS => {
                            if f.toplevel
                                && ((self.match_all && ptr != end)
                                    || (self.must_advance && ptr == self.start))
                            {
                                break 'op false;
                            }
                            self.ptr = ptr;
                            break 'op true;
                        }
                        AT => {
                            if !self.at_code(code[b], ptr) {
                                break 'op false;
                            }
                            f.pc += 2;
                        }
                        CATEGORY => {
                            if ptr >= end || !category(code[b], text.at(ptr)) {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        ANY => {
                            if ptr >= end || text.at(ptr) == '\n' as u32 {
                                break 'op false;
                            }
                            f.pc += 1;
                            f.ptr += 1;
                        }
                        ANY_ALL => {
                            if ptr >= end {
                                break 'op false;
                            }
                            f.pc += 1;
                            f.ptr += 1;
                        }
                        IN => {
                            if ptr >= end || !self.in_set(b + 1, text.at(ptr)) {
                                break 'op false;
                            }
                            f.pc = b + code[b] as usize;
                            f.ptr += 1;
                        }
                        LITERAL_IGNORE => {
                            if ptr >= end || lower_ascii(text.at(ptr)) != code[b] {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        LITERAL_UNI_IGNORE => {
                            if ptr >= end || lower_unicode(text.at(ptr)) != code[b] {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        LITERAL_LOC_IGNORE => {
                            if ptr >= end || !char_loc_ignore(code[b], text.at(ptr)) {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        NOT_LITERAL_IGNORE => {
                            if ptr >= end || lower_ascii(text.at(ptr)) == code[b] {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        NOT_LITERAL_UNI_IGNORE => {
                            if ptr >= end || lower_unicode(text.at(ptr)) == code[b] {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        NOT_LITERAL_LOC_IGNORE => {
                            if ptr >= end || char_loc_ignore(code[b], text.at(ptr)) {
                                break 'op false;
                            }
                            f.pc += 2;
                            f.ptr += 1;
                        }
                        IN_IGNORE => {
                            if ptr >= end || !self.in_set(b + 1, lower_ascii(text.at(ptr))) {
                                break 'op false;
                            }
                            f.pc = b + code[b] as usize;
                            f.ptr += 1;
                        }
                        IN_UNI_IGNORE => {
                            if ptr >= end || !self.in_set(b + 1, lower_unicode(text.at(ptr))) {
                                break 'op false;
                            }
                            f.pc = b + code[b] as usize;
                            f.ptr += 1;
                        }
                        IN_LOC_IGNORE => {
                            if ptr >= end || !self.in_set_loc_ignore(b + 1, text.at(ptr)) {
                                break 'op false;
                            }
                            f.pc = b + code[b] as usize;
                            f.ptr += 1;
                        }
                        JUMP | INFO => f.pc = b + code[b] as usize,
                        BRANCH => {
                            (f.lastmark, f.lastindex) = self.save_marks_in_repeat();
                            f.aux = b;
                            if let Some(alt) = self.next_alternative(b, ptr) {
                                f.aux = alt;
                                self.ptr = ptr;
                                call!('enter, Resume::Branch, alt + 1, ptr, f.toplevel);
                            }
                            self.discard_marks_in_repeat(f.lastmark);
                            break 'op false;
                        }
                        REPEAT_ONE => {
                            let min = code[b + 1] as usize;
                            if ptr > end || min > end - ptr {
                                break 'op false;
                            }
                            self.ptr = ptr;
                            let n = self.count(b + 3, ptr, code[b + 2])?;
                            if n < min {
                                break 'op false;
                            }
                            f.count = n;
                            f.ptr = ptr + n;
                            let tail = b + code[b] as usize;
                            if code[tail] == SUCCESS
                                && f.ptr == end
                                && !(f.toplevel && self.must_advance && f.ptr == self.start)
                            {
                                self.ptr = f.ptr;
                                break 'op true;
                            }
                            (f.lastmark, f.lastindex) = self.save_marks_in_repeat();
                            if code[tail] == LITERAL {
                                f.aux = code[tail + 1] as usize;
                                if let Some((p, n)) =
                                    self.literal_tail(f.ptr, f.count, min, f.aux as u32)
                                {
                                    (f.ptr, f.count) = (p, n);
                                    self.ptr = f.ptr;
                                    call!('enter, Resume::RepeatOneLiteral, tail, f.ptr, f.toplevel);
                                }
                            } else {
                                self.ptr = f.ptr;
                                call!('enter, Resume::RepeatOne, tail, f.ptr, f.toplevel);
                            }
                            self.discard_marks_in_repeat(f.lastmark);
                            break 'op false;
                        }
                        MIN_REPEAT_ONE => {
                            let min = code[b + 1] as usize;
                            if ptr > end || min > end - ptr {
                                break 'op false;
                            }
                            self.ptr = ptr;
                            if min == 0 {
                                f.count = 0;
                            } else {
                                let n = self.count(b + 3, ptr, code[b + 1])?;
                                if n < min {
                                    break 'op false;
                                }
                                f.count = n;
                                f.ptr = ptr + n;
                            }
                            let tail = b + code[b] as usize;
                            if code[tail] == SUCCESS
                                && !(f.toplevel
                                    && ((self.match_all && f.ptr != end)
                                        || (self.must_advance && f.ptr == self.start)))
                            {
                                self.ptr = f.ptr;
                                break 'op true;
                            }
                            (f.lastmark, f.lastindex) = self.save_marks_in_repeat();
                            let max = code[b + 2];
                            if max == MAXREPEAT || f.count <= max as usize {
                                self.ptr = f.ptr;
                                call!('enter, Resume::MinRepeatOne, tail, f.ptr, f.toplevel);
                            }
                            self.discard_marks_in_repeat(f.lastmark);
                            break 'op false;
                        }
                        POSSESSIVE_REPEAT_ONE => {
                            let min = code[b + 1] as usize;
                            if ptr + min > end {
                                break 'op false;
                            }
                            self.ptr = ptr;
                            let n = self.count(b + 3, ptr, code[b + 2])?;
                            if n < min {
                                break 'op false;
                            }
                            f.ptr = ptr + n;
                            f.pc = b + code[b] as usize;
                            if code[f.pc] == SUCCESS
                                && f.ptr == end
                                && !(f.toplevel && self.must_advance && f.ptr == self.start)
                            {
                                self.ptr = f.ptr;
                                break 'op true;
                            }
                        }
                        REPEAT => {
                            self.repeats.push(Repeat {
                                count: -1,
                                args: b,
                                prev: self.repeat,
                                last_ptr: UNSET,
                            });
                            self.repeat = self.repeats.len();
                            f.aux = self.repeats.len() - 1;
                            self.ptr = ptr;
                            call!('enter, Resume::Repeat, b + code[b] as usize, ptr, f.toplevel);
                        }
                        MAX_UNTIL => {
                            if self.repeat == 0 {
                                break 'op false;
                            }
                            let r = self.repeat - 1;
                            f.aux = r;
                            self.ptr = ptr;
                            f.count = (self.repeats[r].count + 1) as usize;
                            let args = self.repeats[r].args;
                            let (min, max) = (code[args + 1] as usize, code[args + 2]);
                            if f.count < min {
                                self.rep(r).count = f.count as isize;
                                call!('enter, Resume::MaxUntilMin, args + 3, ptr, f.toplevel);
                            }
                            if (max == MAXREPEAT || f.count < max as usize)
                                && ptr != self.repeats[r].last_ptr
                            {
                                self.rep(r).count = f.count as isize;
                                (f.lastmark, f.lastindex) = (self.lastmark, self.lastindex);
                                self.mark_push(f.lastmark);
                                f.saved_last = self.repeats[r].last_ptr;
                                self.rep(r).last_ptr = ptr;
                                call!('enter, Resume::MaxUntilMore, args + 3, ptr, f.toplevel);
                            }
                            self.repeat = self.repeats[r].prev;
                            call!('enter, Resume::MaxUntilTail, b, ptr, f.toplevel);
                        }
                        MIN_UNTIL => {
                            if self.repeat == 0 {
                                break 'op false;
                            }
                            let r = self.repeat - 1;
                            f.aux = r;
                            self.ptr = ptr;
                            f.count = (self.repeats[r].count + 1) as usize;
                            let args = self.repeats[r].args;
                            if f.count < code[args + 1] as usize {
                                self.rep(r).count = f.count as isize;
                                call!('enter, Resume::MinUntilMin, args + 3, ptr, f.toplevel);
                            }
                            self.repeat = self.repeats[r].prev;
                            (f.lastmark, f.lastindex) = self.save_marks_in_repeat();
                            call!('enter, Resume::MinUntilTail, b, ptr, f.toplevel);
                        }
                        POSSESSIVE_REPEAT => {
                            self.ptr = ptr;
                            f.count = 0;
                            if code[b + 1] > 0 {
                                call!('enter, Resume::PossessiveMin, b + 3, ptr, false);
                            }
                            f.ptr = UNSET;
                            if self.possessive_more(b, f.count, f.ptr) {
                                (f.lastmark, f.lastindex) = (self.lastmark, self.lastindex);
                                self.mark_push(f.lastmark);
                                f.ptr = self.ptr;
                                call!('enter, Resume::PossessiveMore, b + 3, self.ptr, false);
                            }
                            f.pc = b + code[b] as usize + 1;
                            f.ptr = self.ptr;
                        }
                        ATOMIC_GROUP => {
                            self.ptr = ptr;
                            call!('enter, Resume::Atomic, b + 1, ptr, false);
                        }
                        GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                            let g = code[b] as usize * 2;
                            if g as isize >= self.lastmark {
                                break 'op false;
                            }
                            let (mut p, e) = (self.marks[g], self.marks[g + 1]);
                            if p == UNSET || e == UNSET || e < p {
                                break 'op false;
                            }
                            let fold: fn(u32) -> u32 = match code[f.pc] {
                                GROUPREF => |c| c,
                                GROUPREF_IGNORE => lower_ascii,
                                GROUPREF_UNI_IGNORE => lower_unicode,
                                _ => lower_locale,
                            };
                            let mut q = ptr;
                            while p < e {
                                if q >= end || fold(text.at(q)) != fold(text.at(p)) {
                                    break 'op false;
                                }
                                p += 1;
                                q += 1;
                            }
                            f.ptr = q;
                            f.pc += 2;
                        }
                        GROUPREF_EXISTS => {
                            let g = code[b] as usize * 2;
                            let exists = (g as isize) < self.lastmark && {
                                let (p, e) = (self.marks[g], self.marks[g + 1]);
                                p != UNSET && e != UNSET && e >= p
                            };
                            f.pc = if exists {
                                b + 2
                            } else {
                                b + code[b + 1] as usize
                            };
                        }
                        ASSERT => {
                            let back = code[b + 1] as usize;
                            if ptr < back {
                                break 'op false;
                            }
                            self.ptr = ptr - back;
                            call!('enter, Resume::Assert, b + 2, ptr - back, false);
                        }
                        ASSERT_NOT => {
                            let back = code[b + 1] as usize;
                            if ptr >= back {
                                self.ptr = ptr - back;
                                (f.lastmark, f.lastindex) = self.save_marks_in_repeat();
                                call!('enter, Resume::AssertNot, b + 2, ptr - back, false);
                            }
                            f.pc = b + code[b] as usize;
                        }
                        _ => break 'op false,
                    }
                    continue 'dispatch;
                }
            };

            // A frame returned `ret`: resume the frame that waited for it.
            loop {
                if self.frames.len() == base {
                    return Ok(ret);
                }
                f = self.frames.pop().expect("frame stack");
                let b = f.pc + 1;
                match f.resume {
                    Resume::Branch => {
                        if ret {
                            self.discard_marks_in_repeat(f.lastmark);
                            continue;
                        }
                        if self.repeat != 0 {
                            self.mark_pop(f.lastmark, false);
                        }
                        (self.lastmark, self.lastindex) = (f.lastmark, f.lastindex);
                        let from = f.aux + code[f.aux] as usize;
                        if let Some(alt) = self.next_alternative(from, f.ptr) {
                            f.aux = alt;
                            self.ptr = f.ptr;
                            call!('enter, Resume::Branch, alt + 1, f.ptr, f.toplevel);
                        }
                        self.discard_marks_in_repeat(f.lastmark);
                        ret = false;
                    }
                    Resume::RepeatOneLiteral | Resume::RepeatOne => {
                        if ret {
                            self.discard_marks_in_repeat(f.lastmark);
                            continue;
                        }
                        if self.repeat != 0 {
                            self.mark_pop(f.lastmark, false);
                        }
                        (self.lastmark, self.lastindex) = (f.lastmark, f.lastindex);
                        let min = code[b + 1] as usize;
                        let tail = b + code[b] as usize;
                        // Give back one character and try the tail again.
                        if f.count > min {
                            f.count -= 1;
                            f.ptr -= 1;
                            let again = match f.resume {
                                Resume::RepeatOne => true,
                                _ => match self.literal_tail(f.ptr, f.count, min, f.aux as u32) {
                                    Some((p, n)) => {
                                        (f.ptr, f.count) = (p, n);
                                        true
                                    }
                                    None => false,
                                },
                            };
                            if again {
                                self.ptr = f.ptr;
                                call!('enter, f.resume, tail, f.ptr, f.toplevel);
                            }
                        }
                        self.discard_marks_in_repeat(f.lastmark);
                        ret = false;
                    }
                    Resume::MinRepeatOne => {
                        if ret {
                            self.discard_marks_in_repeat(f.lastmark);
                            continue;
                        }
                        if self.repeat != 0 {
                            self.mark_pop(f.lastmark, false);
                        }
                        (self.lastmark, self.lastindex) = (f.lastmark, f.lastindex);
                        // Take one more character and try the tail again.
                        let max = code[b + 2];
                        self.ptr = f.ptr;
                        if self.count(b + 3, f.ptr, 1)? == 1 {
                            f.ptr += 1;
                            f.count += 1;
                            if max == MAXREPEAT || f.count <= max as usize {
                                let tail = b + code[b] as usize;
                                self.ptr = f.ptr;
                                call!('enter, Resume::MinRepeatOne, tail, f.ptr, f.toplevel);
                            }
                        }
                        self.discard_marks_in_repeat(f.lastmark);
                        ret = false;
                    }
                    Resume::Repeat => {
                        self.repeat = self.repeats[f.aux].prev;
                        self.repeats.truncate(f.aux);
                    }
                    Resume::MaxUntilMin | Resume::MinUntilMin => {
                        if !ret {
                            self.rep(f.aux).count = f.count as isize - 1;
                            self.ptr = f.ptr;
                        }
                    }
                    Resume::MaxUntilMore => {
                        let r = f.aux;
                        self.rep(r).last_ptr = f.saved_last;
                        if ret {
                            self.mark_discard(f.lastmark);
                            continue;
                        }
                        self.mark_pop(f.lastmark, true);
                        (self.lastmark, self.lastindex) = (f.lastmark, f.lastindex);
                        self.rep(r).count = f.count as isize - 1;
                        self.ptr = f.ptr;
                        self.repeat = self.repeats[r].prev;
                        call!('enter, Resume::MaxUntilTail, b, f.ptr, f.toplevel);
                    }
                    Resume::MaxUntilTail => {
                        self.repeat = f.aux + 1;
                        if !ret {
                            self.ptr = f.ptr;
                        }
                    }
                    Resume::MinUntilTail => {
                        let r = f.aux;
                        let tail_repeat = self.repeat;
                        self.repeat = r + 1;
                        if ret {
                            if tail_repeat != 0 {
                                self.mark_discard(f.lastmark);
                            }
                            continue;
                        }
                        if tail_repeat != 0 {
                            self.mark_pop(f.lastmark, true);
                        }
                        (self.lastmark, self.lastindex) = (f.lastmark, f.lastindex);
                        self.ptr = f.ptr;
                        let max = code[self.repeats[r].args + 2];
                        if (max != MAXREPEAT && f.count >= max as usize)
                            || f.ptr == self.repeats[r].last_ptr
                        {
                            ret = false;
                            continue;
                        }
                        self.rep(r).count = f.count as isize;
                        f.saved_last = self.repeats[r].last_ptr;
                        self.rep(r).last_ptr = f.ptr;
                        let item = self.repeats[r].args + 3;
                        call!('enter, Resume::MinUntilMore, item, f.ptr, f.toplevel);
                    }
                    Resume::MinUntilMore => {
                        let r = f.aux;
                        self.rep(r).last_ptr = f.saved_last;
                        if !ret {
                            self.rep(r).count = f.count as isize - 1;
                            self.ptr = f.ptr;
                        }
                    }
                    Resume::PossessiveMin => {
                        if !ret {
                            self.ptr = f.ptr;
                            continue;
                        }
                        f.count += 1;
                        if f.count < code[b + 1] as usize {
                            call!('enter, Resume::PossessiveMin, b + 3, self.ptr, false);
                        }
                        f.ptr = UNSET;
                        if self.possessive_more(b, f.count, f.ptr) {
                            (f.lastmark, f.lastindex) = (self.lastmark, self.lastindex);
                            self.mark_push(f.lastmark);
                            f.ptr = self.ptr;
                            call!('enter, Resume::PossessiveMore, b + 3, self.ptr, false);
                        }
                        f.pc = b + code[b] as usize + 1;
                        f.ptr = self.ptr;
                        continue 'enter;
                    }
                    Resume::PossessiveMore => {
                        if ret {
                            self.mark_discard(f.lastmark);
                            f.count += 1;
                            if self.possessive_more(b, f.count, f.ptr) {
                                (f.lastmark, f.lastindex) = (self.lastmark, self.lastindex);
                                self.mark_push(f.lastmark);
                                f.ptr = self.ptr;
                                call!('enter, Resume::PossessiveMore, b + 3, self.ptr, false);
                            }
                        } else {
                            // CPython 3.11.2 leaves the input position where the failed
                            // iteration left it (gh-100061, fixed in 3.11.5), and the tail
                            // continues from there.
                            self.mark_pop(f.lastmark, true);
                            (self.lastmark, self.lastindex) = (f.lastmark, f.lastindex);
                        }
                        f.pc = b + code[b] as usize + 1;
                        f.ptr = self.ptr;
                        continue 'enter;
                    }
                    Resume::Atomic => {
                        if !ret {
                            self.ptr = f.ptr;
                            continue;
                        }
                        f.pc = b + code[b] as usize;
                        f.ptr = self.ptr;
                        continue 'enter;
                    }
                    Resume::Assert => {
                        if !ret {
                            continue;
                        }
                        f.pc = b + code[b] as usize;
                        continue 'enter;
                    }
                    Resume::AssertNot => {
                        if ret {
                            self.discard_marks_in_repeat(f.lastmark);
                            ret = false;
                            continue;
                        }
                        if self.repeat != 0 {
                            self.mark_pop(f.lastmark, true);
                        }
                        (self.lastmark, self.lastindex) = (f.lastmark, f.lastindex);
                        f.pc = b + code[b] as usize;
                        continue 'enter;
                    }
                }
            }
        }
    }
}

impl<T: Text> Matcher<'_, T> {
    /// The first alternative of a BRANCH from the one at `from` (its skip word) that can
    /// start at `ptr`: a leading literal or set that cannot match skips the alternative.
    fn next_alternative(&self, mut from: usize, ptr: usize) -> Option<usize> {
        let code = self.code;
        while code[from] != 0 {
            let skip = match code[from + 1] {
                LITERAL => ptr >= self.end || self.text.at(ptr) != code[from + 2],
                IN => ptr >= self.end || !self.in_set(from + 3, self.text.at(ptr)),
                _ => false,
            };
            if !skip {
                return Some(from);
            }
            from += code[from] as usize;
        }
        None
    }

    #[inline(always)]
    fn in_set(&self, at: usize, ch: u32) -> bool {
        match self.sets.lookup(at, ch) {
            Some(hit) => hit,
            None => in_set(self.code, at, ch),
        }
    }

    /// A set under LOCALE and IGNORECASE: the lower or upper case form is in it.
    fn in_set_loc_ignore(&self, at: usize, ch: u32) -> bool {
        let lo = lower_locale(ch);
        if self.in_set(at, lo) {
            return true;
        }
        let up = upper_locale(ch);
        up != lo && self.in_set(at, up)
    }

    /// The character every match of the code at `pc` starts with, when the code begins
    /// (after marks and zero-width position checks) with one character from a known set.
    fn first_char(&self, mut pc: usize) -> Option<First> {
        let code = self.code;
        let item = |pc: usize| match code[pc] {
            LITERAL => Some(First::Literal(code[pc + 1])),
            IN => Some(First::Set(pc + 2)),
            CATEGORY => Some(First::Category(code[pc + 1])),
            _ => None,
        };
        loop {
            match code[pc] {
                MARK | AT => pc += 2,
                REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE if code[pc + 2] >= 1 => {
                    return item(pc + 4);
                }
                _ => return item(pc),
            }
        }
    }

    #[inline(always)]
    fn accepts(&self, first: First, ch: u32) -> bool {
        match first {
            First::Literal(c) => ch == c,
            First::Set(at) => self.in_set(at, ch),
            First::Category(cat) => category(cat, ch),
        }
    }

    /// REPEAT_ONE with a literal tail: give back characters until the tail's literal
    /// `chr` is next, keeping at least `min`; the position and count there, or None when
    /// none is left to try.
    fn literal_tail(
        &self,
        mut ptr: usize,
        mut count: usize,
        min: usize,
        chr: u32,
    ) -> Option<(usize, usize)> {
        loop {
            if ptr < self.end && self.text.at(ptr) == chr {
                return Some((ptr, count));
            }
            if count == min {
                return None;
            }
            count -= 1;
            ptr -= 1;
        }
    }

    /// POSSESSIVE_REPEAT (arguments at `b`): whether to try one more iteration after
    /// `count` (not at the maximum, and the last one, from `last`, was not empty).
    fn possessive_more(&self, b: usize, count: usize, last: usize) -> bool {
        let max = self.code[b + 2];
        (max == MAXREPEAT || count < max as usize) && self.ptr != last
    }
}
