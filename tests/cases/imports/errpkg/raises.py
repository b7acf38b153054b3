value = 1
raise RuntimeError("error while importing errpkg.raises")
