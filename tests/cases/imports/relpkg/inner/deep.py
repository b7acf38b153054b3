from .. import base
from ..base import VALUE
from . import sibling
from .sibling import helper


def describe():
    return f"deep sees {VALUE!r}, {base._PRIVATE!r}, {helper()!r}, package {__package__!r}"
