r"""Command-line tool to validate and pretty-print JSON.

Usage::

    $ echo '{"json":"obj"}' | python -m json.tool
    {
        "json": "obj"
    }
    $ echo '{ 1.2:3.4}' | python -m json.tool
    Expecting property name enclosed in double quotes: line 1 column 3 (char 2)

"""
import sys
import json

_PROG = 'python -m json.tool'

_USAGE = f"""\
usage: {_PROG} [-h] [--sort-keys] [--no-ensure-ascii]
                           [--json-lines]
                           [--indent INDENT | --tab | --no-indent | --compact]
                           [infile] [outfile]
"""

_HELP = _USAGE + """
A simple command line interface for json module to validate and pretty-print
JSON objects.

positional arguments:
  infile             a JSON file to be validated or pretty-printed
  outfile            write the output of infile to outfile

options:
  -h, --help         show this help message and exit
  --sort-keys        sort the output of dictionaries alphabetically by key
  --no-ensure-ascii  disable escaping of non-ASCII characters
  --json-lines       parse input using the JSON Lines format. Use with --no-
                     indent or --compact to produce valid JSON Lines output.
  --indent INDENT    separate items with newlines and use this number of
                     spaces for indentation
  --tab              separate items with newlines and use tabs for indentation
  --no-indent        separate items with spaces rather than newlines
  --compact          suppress all whitespace separation (most compact)
"""

# Long options: name -> takes a value.  The last four exclude one another.
_OPTIONS = {
    '--help': False, '--sort-keys': False, '--no-ensure-ascii': False,
    '--json-lines': False, '--indent': True, '--tab': False, '--no-indent': False,
    '--compact': False,
}
_LAYOUT = ('--indent', '--tab', '--no-indent', '--compact')


class _Usage(Exception):
    pass


def _fail(message):
    sys.stderr.write(_USAGE)
    sys.stderr.write(f'{_PROG}: error: {message}\n')
    sys.exit(2)


def _resolve(word):
    if word in _OPTIONS:
        return word
    matches = [name for name in _OPTIONS if name.startswith(word)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise _Usage(f'ambiguous option: {word} could match {", ".join(matches)}')
    return None


def _looks_negative(word):
    body = word[1:]
    if not body:
        return False
    try:
        float(body)
    except ValueError:
        return False
    return True


def _parse(argv):
    opts = {'sort_keys': False, 'ensure_ascii': True, 'json_lines': False,
            'indent': 4, 'compact': False}
    positionals = []
    extras = []
    layout_seen = None
    i = 0
    only_positional = False
    while i < len(argv):
        word = argv[i]
        i += 1
        if only_positional or word == '-' or not word.startswith('-') or _looks_negative(word):
            positionals.append(word)
            continue
        if word == '--':
            only_positional = True
            continue
        if word == '-h':
            name, inline = '--help', None
        elif word.startswith('--'):
            head, eq, tail = word.partition('=')
            name = _resolve(head)
            inline = tail if eq else None
            if name is None:
                extras.append(word)
                continue
        else:
            extras.append(word)
            continue
        if _OPTIONS[name]:
            if inline is None:
                if i >= len(argv) or (argv[i].startswith('-') and argv[i] != '-'
                                      and not _looks_negative(argv[i])):
                    raise _Usage(f'argument {name}: expected one argument')
                inline = argv[i]
                i += 1
        elif inline is not None:
            raise _Usage(f"argument {name}: ignored explicit argument '{inline}'")
        if name in _LAYOUT:
            if layout_seen is not None and layout_seen != name:
                raise _Usage(f'argument {name}: not allowed with argument {layout_seen}')
            layout_seen = name
        if name == '--help':
            sys.stdout.write(_HELP)
            sys.exit(0)
        elif name == '--sort-keys':
            opts['sort_keys'] = True
        elif name == '--no-ensure-ascii':
            opts['ensure_ascii'] = False
        elif name == '--json-lines':
            opts['json_lines'] = True
        elif name == '--indent':
            try:
                opts['indent'] = int(inline)
            except ValueError:
                raise _Usage(f"argument --indent: invalid int value: '{inline}'") from None
        elif name == '--tab':
            opts['indent'] = '\t'
        elif name == '--no-indent':
            opts['indent'] = None
        elif name == '--compact':
            opts['compact'] = True
    extras.extend(positionals[2:])
    positionals = positionals[:2]
    infile = None
    if positionals:
        path = positionals[0]
        if path == '-':
            infile = sys.stdin
        else:
            try:
                infile = open(path, encoding='utf-8')
            except OSError as exc:
                raise _Usage(f"argument infile: can't open '{path}': {exc}") from None
    if extras:
        if infile is not None and infile is not sys.stdin:
            infile.close()
        raise _Usage('unrecognized arguments: ' + ' '.join(extras))
    opts['infile'] = infile
    opts['outfile'] = positionals[1] if len(positionals) > 1 else None
    return opts


def main():
    try:
        opts = _parse(sys.argv[1:])
    except _Usage as exc:
        _fail(str(exc))
    dump_args = {'sort_keys': opts['sort_keys'], 'indent': opts['indent'],
                 'ensure_ascii': opts['ensure_ascii']}
    if opts['compact']:
        dump_args['indent'] = None
        dump_args['separators'] = (',', ':')
    infile = opts['infile'] if opts['infile'] is not None else sys.stdin
    with infile:
        try:
            if opts['json_lines']:
                documents = (json.loads(line) for line in infile)
            else:
                documents = (json.load(infile),)
            if opts['outfile'] is None:
                out = sys.stdout
            else:
                out = open(opts['outfile'], 'w', encoding='utf-8')
            with out:
                for doc in documents:
                    json.dump(doc, out, **dump_args)
                    out.write('\n')
        except ValueError as exc:
            raise SystemExit(exc)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
