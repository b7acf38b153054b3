import hashlib
def t(f, *a, **k):
    try: r = f(*a, **k); print(r.hexdigest() if hasattr(r, 'hexdigest') else r)
    except Exception as e: print(type(e).__name__, e)
t(hashlib.blake2b, data=b'x'); t(hashlib.blake2b, b'x', fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False)
print("tree params skipped"); t(hashlib.blake2b, digest_size='x'); t(hashlib.blake2b, key='x'); t(hashlib.blake2b, digest_size=2**70)
t(hashlib.blake2b, b'x', usedforsecurity=False)
t(hashlib.new, 'md5', b'x', usedforsecurity=False); t(hashlib.new, 'md5', data=b'x'); t(hashlib.new, name='md5'); t(hashlib.md5, string=b'a')
t(hashlib.md5, None)
t(hashlib.blake2b, None)
t(hashlib.blake2s, b'x', digest_size=True)
