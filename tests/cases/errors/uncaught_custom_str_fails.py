# An exception whose __str__ itself raises: the traceback shows the placeholder.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str failed")


raise Broken("x")
