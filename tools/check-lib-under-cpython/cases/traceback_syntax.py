import traceback, sys, glob, os
sys.stderr = sys.stdout
root = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'tests', 'cases', 'errors')
for path in sorted(glob.glob(os.path.join(root, 'syntax_*.py'))):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        compile(source, os.path.basename(path), 'exec')
    except SyntaxError as e:
        traceback.print_exception(e)
for src in ['x = (1,\n', 'def f(:\n  pass', 'a = 1 +\n', 'if x\n  y', '\tx = 1\n        y = 2\n', 'x = "abc', "f'{'", 'print "x"', 'a b c', '1 = x', 'return 5']:
    try:
        compile(src, '<src>', 'exec')
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(e)), end='')
        print(''.join(traceback.format_exception(e)), end='')
