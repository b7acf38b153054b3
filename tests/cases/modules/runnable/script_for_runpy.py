import sys

RESULT = f"ran as {__name__} with argv0 ending {sys.argv[0].split('/')[-1]}"
print("script_for_runpy body:", __name__)
