# HMAC subclasses, many digests from one object, and a bytearray key changed afterwards.
import hmac

class Tagged(hmac.HMAC):
    def tag(self):
        return "tag:" + self.hexdigest()[:8]

t = Tagged(b"key", b"abc", "sha256")
print(type(t).__name__, t.tag(), isinstance(t, hmac.HMAC), type(t.copy()).__name__)
key = bytearray(b"mutable key")
h = hmac.new(key, digestmod="sha1")
key[:] = b"changed key"
h.update(b"data")
print(h.hexdigest() == hmac.new(b"mutable key", b"data", "sha1").hexdigest())
acc = hmac.new(b"k", digestmod="md5")
seen = []
for word in (b"a", b"b", b"c"):
    acc.update(word)
    seen.append(acc.hexdigest()[:10])
print(seen)
