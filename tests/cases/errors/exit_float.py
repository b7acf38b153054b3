# SystemExit with a non-integer code prints it to stderr and exits with status 1.
raise SystemExit(2.5)
