LOADED_FROM = "a file loaded by path"


def hello():
    return "hello from loose_module"
