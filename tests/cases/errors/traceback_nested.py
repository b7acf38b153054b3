# An uncaught exception through nested calls: the full 3.11 traceback with carets, stdout flushed first.
def level3(data):
    return data["key"] + 1


def level2(data):
    result = level3(data)
    return result


def level1():
    print("about to fail")
    return level2({"key": "text"})


level1()
