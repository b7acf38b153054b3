# An exception in an atexit handler is reported but the exit status stays 0.
import atexit


class Broken:
    def __call__(self):
        raise ValueError("atexit failure")

    def __repr__(self):
        return "<Broken handler>"


atexit.register(Broken())
print("main done")
