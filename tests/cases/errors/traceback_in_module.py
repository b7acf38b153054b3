# A traceback that passes through an imported helper module shows its relative path and qualified exception names.
import errmods.checker

print("checking")
errmods.checker.check([1, 2, -3])
