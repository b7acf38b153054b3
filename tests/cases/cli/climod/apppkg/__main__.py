import sys

print("apppkg.__main__ with", sys.argv[1:], "__name__ =", __name__, "__package__ =", __package__)
