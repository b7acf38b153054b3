PKG_INIT = True
