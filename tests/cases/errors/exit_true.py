# SystemExit(True) exits with status 1 and prints nothing.
print("exit with True")
raise SystemExit(True)
