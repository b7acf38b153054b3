# shutil: copyfile errors, move into itself, copytree symlinks/errors, rmtree of nested trees, archive registry, zip make/unpack, which with bytes.
import os
import shutil
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as d:
    def show(call):
        try:
            result = call()
            print("ok", result.replace(d, "D") if isinstance(result, str) else result)
        except Exception as e:
            print(type(e).__name__, str(e).replace(d, "D"))
    os.makedirs(os.path.join(d, "src", "sub"))
    for name in ["one.txt", "sub/two.txt"]:
        with open(os.path.join(d, "src", name), "w") as f:
            f.write(name)
    os.symlink("one.txt", os.path.join(d, "src", "link"))
    os.symlink("missing", os.path.join(d, "src", "dangling"))
    show(lambda: shutil.copyfile(os.path.join(d, "src"), os.path.join(d, "x")))
    show(lambda: shutil.copytree(os.path.join(d, "nope"), os.path.join(d, "y")))
    show(lambda: shutil.move(os.path.join(d, "src"), os.path.join(d, "src", "inner")))
    show(lambda: shutil.copy(os.path.join(d, "src", "one.txt"), os.path.join(d, "nodir") + "/"))
    show(lambda: shutil.copytree(os.path.join(d, "src"), os.path.join(d, "t1")))
    show(lambda: shutil.copytree(os.path.join(d, "src"), os.path.join(d, "t2"), symlinks=True))
    print(sorted(os.listdir(os.path.join(d, "t2"))), os.path.islink(os.path.join(d, "t2", "link")), os.readlink(os.path.join(d, "t2", "dangling")))
    show(lambda: shutil.copytree(os.path.join(d, "src"), os.path.join(d, "t3"), ignore_dangling_symlinks=True))
    print(sorted(os.listdir(os.path.join(d, "t3"))), os.path.islink(os.path.join(d, "t3", "link")))
    seen = []
    shutil.copytree(os.path.join(d, "src"), os.path.join(d, "t4"), symlinks=True,
                    copy_function=lambda s, t: seen.append((os.path.relpath(s, d), os.path.relpath(t, d))) or t)
    print(sorted(seen))
    show(lambda: shutil.copyfile(os.path.join(d, "src", "link"), os.path.join(d, "linkcopy"), follow_symlinks=False))
    print(os.readlink(os.path.join(d, "linkcopy")))
    show(lambda: shutil.move(os.path.join(d, "linkcopy"), os.path.join(d, "t1")))
    show(lambda: shutil.move(os.path.join(d, "t4"), os.path.join(d, "t4renamed")))
    calls = []
    shutil.rmtree(os.path.join(d, "t1"), onerror=lambda *a: calls.append(a))
    print(calls, os.path.exists(os.path.join(d, "t1")))
    print(shutil.get_archive_formats()[-1], shutil.get_unpack_formats()[-1])
    show(lambda: shutil.make_archive(os.path.join(d, "a"), "rar"))
    show(lambda: shutil.unpack_archive(os.path.join(d, "a.rar")))
    show(lambda: shutil.unpack_archive(os.path.join(d, "a.zip"), format="rar"))
    show(lambda: shutil.register_archive_format("x", 1))
    show(lambda: shutil.register_archive_format("x", print, "bad"))
    show(lambda: shutil.register_archive_format("x", print, [("a", 1, 2)]))
    show(lambda: shutil.register_unpack_format("zip2", [".zip"], print))
    show(lambda: shutil.register_unpack_format("zip2", [".z2"], 5))
    show(lambda: shutil.unregister_archive_format("nope"))
    show(lambda: shutil.chown(d))
    shutil.register_archive_format("fake", lambda base, basedir, **kw: print("fake", os.path.relpath(base, d), basedir, sorted(kw)) or "made", description="pretend")
    print(("fake", "pretend") in shutil.get_archive_formats())
    show(lambda: shutil.make_archive(os.path.join(d, "f"), "fake", base_dir="src"))
    shutil.unregister_archive_format("fake")
    archive = shutil.make_archive(os.path.join(d, "out", "arch"), "zip", root_dir=os.path.join(d, "src"))
    print(os.path.relpath(archive, d), sorted(zipfile.ZipFile(archive).namelist()))
    archive2 = shutil.make_archive(os.path.join(d, "arch2"), "zip", root_dir=d, base_dir="src")
    print(sorted(zipfile.ZipFile(archive2).namelist()))
    shutil.unpack_archive(archive2, os.path.join(d, "unpacked"))
    print(sorted(os.path.relpath(os.path.join(r, f), d) for r, _, fs in os.walk(os.path.join(d, "unpacked")) for f in fs))
    with open(os.path.join(d, "junk.zip"), "w") as f:
        f.write("not a zip")
    show(lambda: shutil.unpack_archive(os.path.join(d, "junk.zip"), d))
    print(shutil.which(b"sh") is not None, shutil.which("sh", path=os.pathsep.join(["/nonexistent", "/bin"])))
    show(lambda: shutil.which(5))
    show(lambda: shutil.copyfileobj(1, 2))
    print(shutil.which(os.path.join(d, "src", "one.txt")), shutil.which(os.path.join(d, "src", "one.txt"), mode=os.R_OK) is not None)
    print(shutil._ntuple_diskusage.__module__, shutil.rmtree.avoids_symlink_attacks, shutil.COPY_BUFSIZE)
