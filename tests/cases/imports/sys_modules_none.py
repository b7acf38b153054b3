# sys.modules[name] = None blocks an import (ModuleNotFoundError naming the module).
import sys

sys.modules["_json"] = None
try:
    import _json
except ImportError as e:
    print(type(e).__name__, e, e.name)
import json

print(json.dumps({"a": [1, 2.5, None]}), json.loads('{"b": "\\u00e9"}'))
del sys.modules["_json"]
import _json

print(_json.__name__)
