# Mismatched closing bracket.
items = (1, 2]
