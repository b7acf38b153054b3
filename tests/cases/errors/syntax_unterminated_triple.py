# An unterminated triple-quoted string is reported where it starts.
x = 1
s = """starts here
and never
ends
