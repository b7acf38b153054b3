# A bare raise keeps the original traceback; raise e again adds the re-raise line.
def fail():
    raise LookupError("lost")


def handler():
    try:
        fail()
    except LookupError as e:
        print("logging", repr(e))
        raise


try:
    handler()
except LookupError as e:
    err = e
print("re-raising the saved exception")
raise err
