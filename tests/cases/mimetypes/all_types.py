import mimetypes

mimetypes.knownfiles = []
mimetypes.init()
for ext, mime in sorted(mimetypes.types_map.items()):
    print(ext, mime, mimetypes.guess_extension(mime), mimetypes.guess_all_extensions(mime),
          mimetypes.guess_type('f' + ext), mimetypes.guess_type('f' + ext.upper()))
for ext, mime in sorted(mimetypes.common_types.items()):
    print(ext, mime, mimetypes.guess_extension(mime, False), mimetypes.guess_all_extensions(mime, False))
for suffix, target in mimetypes.suffix_map.items():
    for enc in mimetypes.encodings_map:
        print(suffix, enc, mimetypes.guess_type('x' + suffix), mimetypes.guess_type('x' + suffix + enc),
              mimetypes.guess_type('x.txt' + enc), mimetypes.guess_type('x.txt' + enc.upper()))
