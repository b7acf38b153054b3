import os as _os_alias
import json

visible = "visible"
_hidden = "hidden"


def func():
    return "func"
