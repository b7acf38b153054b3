import sys

print("greet module, __name__ =", __name__, "argv[1:] =", sys.argv[1:])
print("argv[0] ends with greet.py:", sys.argv[0].endswith("greet.py"))
if __name__ == "__main__":
    print("running as __main__")
