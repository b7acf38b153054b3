print("rp_pkg.__main__ running as", __name__, __package__, __spec__.name)
