# An exception raised in finally replaces the one in flight; both show up in the chained traceback.
def cleanup():
    raise OSError("cleanup failed")


try:
    raise ValueError("original problem")
finally:
    cleanup()
