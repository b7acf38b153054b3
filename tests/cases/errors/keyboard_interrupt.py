# An uncaught KeyboardInterrupt prints a traceback and ends the process by SIGINT.
print("before")
raise KeyboardInterrupt
