import sys
print("mod running as", __name__, "package", repr(__package__), "argv0", sys.argv[0].rsplit("/", 1)[-1])
print("in sys.modules:", __name__ in sys.modules, "given:", globals().get("GIVEN"))
VALUE = 42
