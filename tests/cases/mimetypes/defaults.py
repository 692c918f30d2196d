import mimetypes

mimetypes.knownfiles = []
NAMES = ['a.html', 'A.HTML', 'x.txt', 'archive.tar.gz', 'archive.tgz', 'a.TGZ', 'x.svgz', 'pic.jpg', 'pic.JPEG', 'no_ext',
         'x.unknownext', '.bashrc', 'dir.d/file', 'a.json', 'a.js', 'a.mjs', 'a.Z', 'a.z', 'a.gz', 'a.tar.bz2', 'a.tbz2',
         'a.txz', 'a.br', 'a.rtf', 'a.mid', 'a.xul', 'a.pict', 'song.mp3', 'a.webp', 'a.wasm', 'a.py', 'a.pyc',
         'file.tar.xz', 'x.gz.tar', 'a.c', 'a.h', 'a.md', 'a.csv', 'a.pdf', 'a.zip', 'a.7z', 'a.avif', 'a.heic']
for n in NAMES:
    print(n, mimetypes.guess_type(n), mimetypes.guess_type(n, strict=False), mimetypes.guess_file_type(n),
          mimetypes.guess_file_type(n, strict=False))
print(mimetypes.inited)
for t in ['text/html', 'TEXT/HTML', 'image/jpeg', 'image/jpg', 'audio/midi', 'application/octet-stream', 'text/plain',
          'application/javascript', 'text/javascript', 'x/unknown', '', 'application/rtf', 'video/mp4', 'image/pict']:
    print(repr(t), mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False),
          mimetypes.guess_all_extensions(t), mimetypes.guess_all_extensions(t, False))
print(len(mimetypes.types_map), len(mimetypes.common_types), len(mimetypes.suffix_map), len(mimetypes.encodings_map))
print(list(mimetypes.types_map.items())[:8], list(mimetypes.common_types.items()))
print(mimetypes.suffix_map, mimetypes.encodings_map)
print(sorted(mimetypes.__all__))
print(sum(map(len, mimetypes.types_map.values())), sorted(set(mimetypes.types_map.values()))[:10])
