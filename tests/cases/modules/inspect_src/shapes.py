#!/usr/bin/env python
# Module comment one.
# Module comment two.
"""Shapes module doc."""

import functools


def plain(a, b=(1,
                2)):
    """Plain doc.

        Indented line.
    Back.
    """
    s = '''not a
def fake():'''
    return a  # trailing comment

    # comment inside body


# Comment for Square,
# two lines.
class Square:
    """A square."""

    side = 2

    def area(self):
        return self.side ** 2

    @property
    def perim(self):
        return 4 * \
            self.side

    class Inner:
        def deep(self): return 1

# unrelated comment
def decorate(fn):
    return fn


@decorate
@functools.lru_cache(
    maxsize=None)
def decorated(x):
    return [x,
        x]


def outer():
    class Local:
        pass
    def inner():
        return 1
    return Local, inner


one_liner = lambda q: q + 1; other = 5

def tabbed():
	if True:
		return 1
	return 2
def after_tabbed(): pass

async def acoro():
    await something()

class Square2(Square): pass
