import difflib
def t(f, *a, **k):
    try: r = f(*a, **k); print(repr(list(r) if hasattr(r, '__next__') else r))
    except Exception as e: print(type(e).__name__, e)
t(difflib.get_close_matches, 'appel', ['ape', 'apple', 'peach', 'puppy'])
t(difflib.get_close_matches, 'wheel', ['while', 'wheal', 'heel', 'whale', 'wheels', 'wh'], n=2)
t(difflib.get_close_matches, 'ab', ['ba', 'ab', 'ab'], n=5, cutoff=0)
t(difflib.get_close_matches, 'x', [], n=0)
t(difflib.get_close_matches, 'x', [], cutoff=1.5)
t(difflib.get_close_matches, 'x', [], cutoff=-0.1)
t(difflib.restore, ['- a'], 3)
t(difflib.restore, ['- a', '+ b', '  c', '? ^'], '2')
t(difflib.unified_diff, ['a'], [b'b'])
t(difflib.unified_diff, [1], ['b'])
t(difflib.unified_diff, ['a'], ['b'], fromfile=3)
t(difflib.context_diff, ['a'], ['b'], lineterm=None)
t(difflib.unified_diff, ['a'], ['b'], lineterm='')
t(difflib.unified_diff, [], [])
t(difflib.unified_diff, ['a'], ['a'])
t(difflib.unified_diff, [], ['x\n'])
t(difflib.context_diff, ['x\n'], [])
t(difflib.diff_bytes, difflib.unified_diff, [b'a\n', b'c\n'], [b'b\n'], b'f1', b't2')
t(difflib.diff_bytes, difflib.context_diff, [b'a\n'], [b'b\n'], 'f1')
t(difflib.diff_bytes, difflib.unified_diff, ['a'], [b'b'])
print(difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_LINE_JUNK(''), difflib.IS_LINE_JUNK('# #'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
print(difflib.SequenceMatcher[int], difflib.Match(1, 2, 3), difflib.Match._fields)
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.bjunk, s.bpopular, sorted(s.b2j)[:5], s.b2j.get('a'))
for block in s.get_matching_blocks(): print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes(): print("%6s a[%d:%d] b[%d:%d]" % opcode)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
print(''.join(d.compare(text1, text2)))
print(''.join(difflib.ndiff(['\tabc x\n', 'one\n'], ['\tabd  x\n', 'ore\n', 'two\n'])))
print(''.join(difflib.ndiff(['abcdefgh\n'], ['xyz\n', 'zzz\n'])))
print(''.join(difflib.ndiff(['abcdefgh\n', 'q\n', 'same\n'], ['xyz\n', 'same\n', 'zzz\n', 'abcdefgh\n'])))
sm = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(sm.find_longest_match(0, 5, 0, 4), sm.find_longest_match(), list(sm.get_grouped_opcodes(0)))
sm.set_seq1('abcd'); print(sm.ratio(), sm.get_opcodes())
sm.set_seqs([1,2,3], [3,2,1]); print(sm.get_opcodes(), sm.quick_ratio())
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()), difflib.SequenceMatcher(None, '', '').ratio())
print(difflib.SequenceMatcher.__module__, difflib.Differ.compare.__qualname__, difflib.Match.__module__)
big = 'x' * 150 + 'y' * 100
sm = difflib.SequenceMatcher(None, 'xxy', big)
print(sorted(sm.bpopular), sm.get_opcodes())
sm = difflib.SequenceMatcher(None, 'xxy', big, autojunk=False)
print(sorted(sm.bpopular), sm.get_opcodes())
