# Every attribute of a UUID, over UUIDs of each variant and version.
import uuid

samples = [
    uuid.UUID('12345678-1234-5678-1234-567812345678'),
    uuid.UUID('a8098c1a-f86e-11da-bd1a-00112444be1e'),
    uuid.UUID('6fa459ea-ee8a-3ca4-894e-db77e160355e'),
    uuid.UUID('886313e1-3b8a-5372-9b90-0c9aee199e5d'),
    uuid.UUID('1ec9414c-232a-6b00-b3c8-9e6bdeced846'),
    uuid.UUID('017f22e2-79b0-7cc3-98c4-dc0c0c07398f'),
    uuid.UUID('320c3d4d-cc00-875b-8ec9-32d5f69181c0'),
    uuid.UUID('00000000-0000-0000-c000-000000000046'),
    uuid.UUID('00000000-0000-0000-e000-000000000000'),
    uuid.NIL, uuid.MAX,
]
for u in samples:
    print(str(u), repr(u), u.urn, u.hex, u.int)
    print(' ', u.bytes, u.bytes_le)
    print(' ', u.fields, u.time_low, u.time_mid, u.time_hi_version,
          u.clock_seq_hi_variant, u.clock_seq_low, u.node)
    print(' ', u.time, u.clock_seq, u.variant, u.version, u.is_safe)
    print(' ', uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
          uuid.UUID(fields=u.fields) == u, uuid.UUID(u.hex) == u, int(u) == u.int)
