import sys
print("dir main", __name__, repr(__package__), __file__.rsplit("/", 2)[-2:], sys.path[0].rsplit("/", 1)[-1])
import helper_in_dir
print(helper_in_dir.X)
