# An unterminated string literal.
s = "no end
print(s)
