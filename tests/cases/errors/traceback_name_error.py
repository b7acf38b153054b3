# NameError for a builtin typo: suggestion printed by the traceback.
numbers = [3, 1, 2]
print(sortd(numbers))
