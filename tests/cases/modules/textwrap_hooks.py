# textwrap: TextWrapper subclasses overriding the documented-by-use hooks and class patterns.
import textwrap, re

class Trace(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        r = super()._munge_whitespace(text)
        print("munge", repr(text), "->", repr(r))
        return r
    def _split(self, text):
        r = super()._split(text)
        print("split", r)
        return r
    def _fix_sentence_endings(self, chunks):
        print("fix", chunks)
        super()._fix_sentence_endings(chunks)
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        print("long", reversed_chunks[-1], cur_line, cur_len, width)
        super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)
    def _wrap_chunks(self, chunks):
        print("chunks", chunks)
        return super()._wrap_chunks(chunks)
    def _split_chunks(self, text):
        r = super()._split_chunks(text)
        print("split_chunks", r)
        return r

w = Trace(width=8, fix_sentence_endings=True)
print(w.wrap("Hello there.  A veryveryverylongword\tand-a-hyphen."))
print(w.fill("x"))
print(textwrap.shorten.__doc__ is not None)

class Commas(textwrap.TextWrapper):
    wordsep_re = re.compile(r'(,\s*)')
    wordsep_simple_re = re.compile(r'(,)')
print(Commas(width=6).wrap("a,b,c,dddd,eeeeeee,f"))
print(Commas(width=6, break_on_hyphens=False).wrap("a,b,c,dddd,eeeeeee,f"))

class Ends(textwrap.TextWrapper):
    sentence_end_re = re.compile(r'[a-z][!]\Z')
print(Ends(width=40, fix_sentence_endings=True).wrap("Wow! Yes. ok! fine"))

class NoBreak(textwrap.TextWrapper):
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        cur_line.append(reversed_chunks.pop())
print(NoBreak(width=4).wrap("abcdefgh ij klmnopq"))

class Lines(textwrap.TextWrapper):
    def _wrap_chunks(self, chunks):
        return ["|".join(chunks)]
print(Lines(width=5).fill("one two  three"))
w = textwrap.TextWrapper()
w.width = 10
w.initial_indent = "> "
w.placeholder = "..."
w.max_lines = 2
print(w.wrap("the quick brown fox jumps over the lazy dog"))
w.replace_whitespace = False
print(w._munge_whitespace("a\tb\nc"), w.wrap("a\nb c\td"))
print(textwrap.TextWrapper.__init__.__defaults__)
