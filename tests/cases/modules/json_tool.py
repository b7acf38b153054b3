# json.tool: command-line options, output files, JSON Lines, errors and usage messages,
# driven through json.tool.main() with sys.argv set.
import io
import os
import sys
import tempfile
import json.tool

tmp = tempfile.mkdtemp()


def path(name):
    return os.path.join(tmp, name)


def write(name, text):
    with open(path(name), 'w', encoding='utf-8') as f:
        f.write(text)
    return path(name)


src = write('in.json', '{"b": [1, 2.5, {"z": null}], "a": "\u00e9\u65e5", "c": {}, "d": []}')
lines = write('lines.json', '1\n{"x": "\u00e9", "y": [true]}\n"s"\n')
bad = write('bad.json', '{"a": [1, 2,]}')
bad_lines = write('badlines.json', '1\n\n2\n')
extra = write('extra.json', '[1] [2]')
out = path('out.json')


def run(*argv, stdin_text=None):
    print('$', ' '.join(os.path.basename(a) if a.startswith(tmp) else a for a in argv))
    sys.argv = ['python -m json.tool', *argv]
    old_err, old_in = sys.stderr, sys.stdin
    sys.stderr = io.StringIO()
    if stdin_text is not None:
        sys.stdin = io.StringIO(stdin_text)
    try:
        json.tool.main()
        status = 'ok'
    except SystemExit as e:
        status = f'exit {e.code!r}' if not isinstance(e.code, BaseException) else f'exit {e.code}'
    finally:
        err = sys.stderr.getvalue()
        sys.stderr, sys.stdin = old_err, old_in
    print(status)
    if err:
        print('stderr:', err, end='' if err.endswith('\n') else '\n')
    if os.path.exists(out):
        with open(out, encoding='utf-8') as f:
            print(f.read(), end='')
        os.remove(out)


run(src, out)
run('--sort-keys', src, out)
run('--indent', '2', src, out)
run('--indent=1', src, out)
run('--indent', '0', src, out)
run('--indent', '-1', src, out)
run('--tab', src, out)
run('--no-indent', src, out)
run('--compact', src, out)
run('--compact', '--sort-keys', '--no-ensure-ascii', src, out)
run('--no-ensure-ascii', src, out)
run('--json-lines', lines, out)
run('--json-lines', '--compact', lines, out)
run('--json-lines', '--no-indent', '--no-ensure-ascii', lines, out)
run('--sort', '--comp', src, out)
run('--', src, out)
run('-', out, stdin_text='{"from": ["stdin"]}')
run(bad, out)
run('--json-lines', bad_lines, out)
run(extra, out)
run('--indent', '2', '--tab', src, out)
run('--compact', '--indent', '2', src, out)
run('--no-indent', '--compact', src)
run('--indent', 'x', src)
run('--indent')
run('--indent', '--sort-keys', src)
run('--bogus', src)
run(src, out, 'extra')
run('--no', src)
run('-x', src)
run('--tab', '--tab', src, out)
run('--no-ensure-ascii=1', src)
os.chdir(tmp)
run('missing.json')
run('-h', '--bogus')
run('--help')
run('--bogus', '--help')
print(sys.argv[0])
# Last: with no outfile, main() writes to sys.stdout and closes it.
sys.argv = ['python -m json.tool', '--compact', '--sort-keys', src]
json.tool.main()
