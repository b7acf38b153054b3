# base64/binascii: pseudo-random (often malformed) inputs to every decoder; result or error message.
import base64, binascii

state = 31337
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

def run(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

alpha64 = b"ABCDEFGHabcdefgh0123+/-_=  \n!~"
alpha32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=01lLi\n "
alpha85 = b"!\"#$%&'()*+,-./0123456789:;<=>?@ABCxyz{|}~uvwz \n\t<~~>y"
for i in range(700):
    s = bytes(alpha64[rnd(len(alpha64))] for _ in range(rnd(14)))
    print(i, s)
    print("  ", run(base64.b64decode, s), run(base64.b64decode, s, validate=True), run(base64.urlsafe_b64decode, s),
          run(binascii.a2b_base64, s, strict_mode=True))
    s = bytes(alpha32[rnd(len(alpha32))] for _ in range(rnd(18)))
    print("  ", s, run(base64.b32decode, s), run(base64.b32decode, s, True, b"L"), run(base64.b32hexdecode, s, True))
    s = bytes(alpha85[rnd(len(alpha85))] for _ in range(rnd(16)))
    print("  ", s, run(base64.a85decode, s), run(base64.a85decode, s, adobe=True), run(base64.b85decode, s),
          run(base64.a85decode, s, foldspaces=True, ignorechars=b""))
    s = bytes(b"0123456789abcdefABCDEFgx \n"[rnd(26)] for _ in range(rnd(9)))
    print("  ", s, run(base64.b16decode, s), run(base64.b16decode, s, True), run(binascii.unhexlify, s),
          run(bytes.fromhex, s.decode()))
    d = bytes(rnd(256) for _ in range(rnd(20)))
    print("  ", base64.a85encode(d, wrapcol=rnd(8), adobe=bool(rnd(2)), foldspaces=bool(rnd(2)), pad=bool(rnd(2))),
          base64.b85encode(d, pad=bool(rnd(2))), base64.b32encode(d), binascii.b2a_uu(d[:45]), binascii.b2a_qp(d, rnd(2), rnd(2), rnd(2)),
          binascii.crc32(d), binascii.crc_hqx(d, rnd(65536)), binascii.hexlify(d, "-:"[rnd(2)], rnd(7) - 3))
