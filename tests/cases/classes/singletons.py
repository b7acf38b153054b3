# Singletons four ways: module-level instance, __new__, decorator, metaclass (with a lock).
import threading


class _Settings:
    def __init__(self):
        self.values = {}


settings = _Settings()  # the module-level way: import and share this one object


class ViaNew:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.initialised = 0
        return cls._instance

    def __init__(self):
        self.initialised += 1  # __init__ still runs every time


a, b = ViaNew(), ViaNew()
print(a is b, a.initialised)


def singleton(cls):
    instances = {}

    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]

    return get_instance


@singleton
class Logger:
    def __init__(self, name):
        self.name = name


print(Logger("first") is Logger("second"), Logger("third").name)


class ThreadSafeSingleton(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Database(metaclass=ThreadSafeSingleton):
    created = 0

    def __init__(self):
        Database.created += 1


results = []
threads = [threading.Thread(target=lambda: results.append(Database())) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), all(r is results[0] for r in results), Database.created)
settings.values["debug"] = True
print(settings.values)
