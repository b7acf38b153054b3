# An unclosed parenthesis is reported at its opening.
values = [1, 2,
          3
print(values)
