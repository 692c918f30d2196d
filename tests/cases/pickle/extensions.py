# The copyreg extension registry: EXT1/EXT2/EXT4 codes instead of globals
# from protocol 2, and the unpickler's errors for unknown codes.
import copyreg
import pickle


class Ext1:
    pass


class Ext2:
    pass


class Ext4:
    pass


copyreg.add_extension(__name__, 'Ext1', 0xf0)
copyreg.add_extension(__name__, 'Ext2', 0xfff0)
copyreg.add_extension(__name__, 'Ext4', 0x7ffffff0)
for proto in range(6):
    s = pickle.dumps([Ext1, Ext2, Ext4, Ext1], proto)
    print(proto, s)
    r = pickle.loads(s)
    print(r[0] is Ext1, r[1] is Ext2, r[2] is Ext4)
copyreg.remove_extension(__name__, 'Ext1', 0xf0)
copyreg.remove_extension(__name__, 'Ext2', 0xfff0)
copyreg.remove_extension(__name__, 'Ext4', 0x7ffffff0)
print(pickle.dumps(Ext1, 2))
for data in [b'\x80\x02\x82\xf0.', b'\x80\x02\x83\xf0\xff.', b'\x80\x02\x84\x00\x00\x00\x00.',
             b'\x80\x02\x84\xff\xff\xff\xff.', b'\x82']:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
