from urllib import parse as P
for nl in ['[::1]x:5', 'x[::1]', 'u@x[::1]:5', '[::1]:5', '[::1]', '[::1]:', '[::1]5', '[u@::1]', '[::1]@h', 'a[@[::1]]', '[::1]]', '[[::1]', 'u[x]@[::1]', 'u[x]@h', '[::1]:x]', ']::1[', '[::1]:80[']:
    try: print(repr(nl), P.urlsplit('//' + nl))
    except ValueError as e: print(repr(nl), e)
