# "The above exception was the direct cause of the following exception" and `from None` suppression.
class ConfigError(Exception):
    pass


def load(cfg):
    try:
        return cfg["path"]
    except KeyError as e:
        raise ConfigError("missing path") from e


try:
    load({})
except ConfigError as e:
    print("caught once:", e, "| cause:", repr(e.__cause__))


def quiet():
    try:
        [][1]
    except IndexError:
        raise ConfigError("no context shown") from None


try:
    quiet()
except ConfigError as e:
    print("suppressed:", e.__suppress_context__)
load({"other": 1})
