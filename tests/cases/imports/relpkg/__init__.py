from .base import VALUE
from .inner.deep import describe
