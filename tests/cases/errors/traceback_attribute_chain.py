# AttributeError on None in an attribute chain, with carets under the failing part.
class Config:
    def __init__(self):
        self.database = None


cfg = Config()
print(cfg.database)
port = cfg.database.settings.port
