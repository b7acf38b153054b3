"""collections.abc: the container ABCs, re-exported from _collections_abc as CPython does."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
