# keyword lists, warnings printed to stderr (filters, once per location, categories), atexit handlers in LIFO order.
import atexit
import keyword
import warnings

print(keyword.kwlist[:5], len(keyword.kwlist), keyword.iskeyword("if"), keyword.iskeyword("print"))
print(keyword.softkwlist, keyword.issoftkeyword("match"))


def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)


def noisy():
    warnings.warn("careful")


noisy()
noisy()
for i in range(3):
    warnings.warn("in a loop", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
old()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old()
    noisy()
    print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    noisy()
    warnings.warn("ignored too")
warnings.filterwarnings("error", category=FutureWarning)
try:
    warnings.warn("now an error", FutureWarning)
except FutureWarning as e:
    print("raised:", e)


def bye(name):
    print("atexit", name)


atexit.register(bye, "first")
atexit.register(bye, "second")


@atexit.register
def last_registered():
    print("atexit decorator runs first")


atexit.register(bye, "unregistered")
atexit.unregister(bye)
atexit.register(bye, name="kw after unregister")
print("end of main")
