import base64
import sys

for argv in (["b64", "-h"], ["b64", "-t"], ["b64", "-et"], ["b64", "-dh"], ["b64", "-x"],
             ["b64", "--long"], ["b64", "-ex"]):
    sys.argv = argv
    try:
        base64.main()
        print("returned")
    except SystemExit as e:
        print("exit", e.code)
    sys.stderr.flush()
    sys.stdout.flush()
