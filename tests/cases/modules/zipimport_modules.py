# zipimport: modules and packages imported from a zip file on sys.path; zipimporter methods and errors.
import os
import sys
import tempfile
import zipfile
import zipimport

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "lib.zip")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("zmod.py", "VALUE = 'from zip'\ndef hello():\n    return __name__\n")
        zf.writestr("zpkg/__init__.py", "from . import sub\nINIT = True\n")
        zf.writestr("zpkg/sub.py", "import os\nNAME = __name__\n")
        zf.writestr("zpkg/data.txt", "payload")
        zf.writestr("inner/deep.py", "DEEP = 1\n")
    sys.path.insert(0, path)
    import zmod
    import zpkg
    import zpkg.sub
    print(zmod.VALUE, zmod.hello(), zmod.__file__.replace(d, "D"), zmod.__package__)
    print(type(zmod.__loader__).__name__, repr(zmod.__loader__).replace(d, "D"))
    print(zpkg.INIT, zpkg.sub.NAME, [p.replace(d, "D") for p in zpkg.__path__], zpkg.__file__.replace(d, "D"))
    print(zmod.__spec__.name, zmod.__spec__.origin.replace(d, "D"), zpkg.__spec__.submodule_search_locations == zpkg.__path__)
    print(type(sys.path_importer_cache[path]).__name__)
    z = zipimport.zipimporter(path)
    print(z.archive == path, repr(z.prefix), z.is_package("zpkg"), z.is_package("zmod"))
    print(z.get_source("zmod").splitlines()[0], z.get_data(os.path.join(path, "zpkg", "data.txt")), z.get_data("zpkg/data.txt"))
    print(z.get_filename("zpkg").replace(d, "D"), type(z.get_code("zmod")).__name__)
    spec = z.find_spec("zmod")
    print(spec.name, spec.loader is z, spec.origin.replace(d, "D"), z.find_spec("nothere"))
    zi = zipimport.zipimporter(os.path.join(path, "inner"))
    print(repr(zi.prefix), zi.archive == path, repr(zi).replace(d, "D"))
    sys.path.insert(0, os.path.join(path, "inner"))
    import deep
    print(deep.DEEP, deep.__file__.replace(d, "D"))
    for bad in [os.path.join(d, "nothing.zip"), d, ""]:
        try:
            zipimport.zipimporter(bad)
        except zipimport.ZipImportError as e:
            print("ZipImportError", str(e).replace(d, "D"))
    notzip = os.path.join(d, "plain.txt")
    with open(notzip, "w") as f:
        f.write("hello")
    try:
        zipimport.zipimporter(notzip)
    except zipimport.ZipImportError as e:
        print("ZipImportError", str(e).replace(d, "D"), issubclass(zipimport.ZipImportError, ImportError))
    for name, call in [("is_package", z.is_package), ("get_source", z.get_source), ("get_code", z.get_code)]:
        try:
            call("missing_mod")
        except zipimport.ZipImportError as e:
            print(name, "ZipImportError", e)
    try:
        z.get_data("nope.txt")
    except OSError as e:
        print("OSError", e.args)
    try:
        import not_in_zip_anywhere
    except ImportError as e:
        print(type(e).__name__, e)
    sys.path.remove(path)
    sys.path.remove(os.path.join(path, "inner"))
