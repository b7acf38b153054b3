VALUE = "base value"
_PRIVATE = "private"
