# zipfile error cases: BadZipFile messages for damaged archives, KeyError for missing members,
# ValueError texts for closed archives and conflicting handles, flags and methods it refuses.
import io
import struct
import zipfile


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(result))


def archive(*members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, (2001, 2, 3, 4, 5, 6)), data)
    return bytearray(buf.getvalue())


good = archive(("one.txt", b"first member"), ("two.txt", b"second"))
cd_at = good.rfind(b"PK\x01\x02", 0, good.rfind(b"PK\x01\x02"))

attempt("empty", lambda: zipfile.ZipFile(io.BytesIO(b"")))
attempt("text", lambda: zipfile.ZipFile(io.BytesIO(b"just text, no archive here")))
bad_cd = bytearray(good)
bad_cd[cd_at:cd_at + 4] = b"XXXX"
attempt("central magic", lambda: zipfile.ZipFile(io.BytesIO(bytes(bad_cd))))
short_cd = bytearray(good)
end = short_cd.rfind(b"PK\x05\x06")
size = struct.unpack_from("<L", short_cd, end + 12)[0]
struct.pack_into("<L", short_cd, end + 12, size + 10)
struct.pack_into("<L", short_cd, end + 16, struct.unpack_from("<L", short_cd, end + 16)[0] - 10)
attempt("truncated central", lambda: zipfile.ZipFile(io.BytesIO(bytes(short_cd))))

bad_local = bytearray(good)
bad_local[0:4] = b"QQQQ"
with zipfile.ZipFile(io.BytesIO(bytes(bad_local))) as zf:
    attempt("local magic", lambda: zf.read("one.txt"))
    attempt("testzip", zf.testzip)
    attempt("two still fine", lambda: zf.read("two.txt"))
renamed = bytearray(good)
renamed[30:33] = b"ONE"
with zipfile.ZipFile(io.BytesIO(bytes(renamed))) as zf:
    attempt("name differs", lambda: zf.read("one.txt"))
crc = bytearray(good)
crc[30 + 7] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(crc))) as zf:
    attempt("crc", lambda: zf.read("one.txt"))
    with zf.open("one.txt") as f:
        attempt("partial read", lambda: f.read(4))
    attempt("testzip", zf.testzip)


def with_flags(flags, method=0):
    data = bytearray(good)
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(sig)
        struct.pack_into("<HH", data, at + off, flags, method)
    return zipfile.ZipFile(io.BytesIO(bytes(data)))


attempt("encrypted", lambda: with_flags(1).read("one.txt"))
attempt("encrypted str pwd", lambda: with_flags(1).read("one.txt", pwd="text"))
attempt("patched", lambda: with_flags(0x20).read("one.txt"))
attempt("strong", lambda: with_flags(0x40).read("one.txt"))
attempt("method 99", lambda: with_flags(0, 99).read("one.txt"))
attempt("method in writestr", lambda: zipfile.ZipFile(io.BytesIO(), "w").writestr("x", b"", compress_type=77))

with zipfile.ZipFile(io.BytesIO(bytes(good))) as zf:
    attempt("missing", lambda: zf.getinfo("x"))
    attempt("missing read", lambda: zf.read("nope/"))
    attempt("missing open", lambda: zf.open("zzz"))
    attempt("int name", lambda: zf.getinfo(7))
    attempt("mode", lambda: zf.open("one.txt", "rb"))
    attempt("write in r", lambda: zf.writestr("n", b""))
    attempt("mkdir in r", lambda: zf.mkdir("d"))
    attempt("pwd type", lambda: zf.setpassword("secret"))
    attempt("comment type", lambda: setattr(zf, "comment", "text"))
    f = zf.open("one.txt")
    f.close()
    attempt("read closed stream", f.read)
    attempt("repr closed stream", lambda: repr(f))

buf = io.BytesIO()
zf = zipfile.ZipFile(buf, "w")
w = zf.open("a", "w")
attempt("second writer", lambda: zf.open("b", "w"))
attempt("writestr while writing", lambda: zf.writestr("c", b""))
attempt("read while writing", lambda: zf.read("a"))
attempt("close while writing", zf.close)
attempt("pwd for writing", lambda: zf.open("d", "w", pwd=b"x"))
w.write(b"data")
w.close()
attempt("write closed handle", lambda: w.write(b"more"))
attempt("mkdir file info", lambda: zf.mkdir(zipfile.ZipInfo("file")))
attempt("mkdir int", lambda: zf.mkdir(5))
zf.close()
attempt("writestr closed", lambda: zf.writestr("x", b""))
attempt("write closed", lambda: zf.write(__file__))
attempt("open closed", lambda: zf.open("a"))
attempt("read closed", lambda: zf.read("a"))
attempt("testzip closed", zf.testzip)
attempt("namelist closed", zf.namelist)
attempt("close again", zf.close)
attempt("repr closed", lambda: repr(zf))

small = zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False)
attempt("force_zip64", lambda: small.open("big", "w", force_zip64=True))
huge = zipfile.ZipInfo("huge")
huge.file_size = 1 << 32
attempt("filesize", lambda: small._writecheck(huge))
attempt("bad mode", lambda: zipfile.ZipFile(io.BytesIO(), "rw"))
attempt("metadata_encoding", lambda: zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="utf-8"))
attempt("old date", lambda: zipfile.ZipInfo("old", (1975, 1, 1, 0, 0, 0)))
print(issubclass(zipfile.BadZipFile, Exception), zipfile.BadZipfile is zipfile.error is zipfile.BadZipFile)
print(issubclass(zipfile.LargeZipFile, Exception), zipfile.is_zipfile(io.BytesIO(b"PK")))
