import sys

ORIGIN = "imported from a directory added to sys.path"
if __name__ == "__main__":
    print("never printed when imported")
else:
    print("pathmod imported as", __name__)
