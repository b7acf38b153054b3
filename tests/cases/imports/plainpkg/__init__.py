__all__ = ["api", "VERSION"]
VERSION = "1.0"
_internal = "hidden"
