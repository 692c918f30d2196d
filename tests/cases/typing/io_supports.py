# IO, TextIO, BinaryIO, the Supports* protocols, AnyStr and Text.
import io
from typing import IO, TextIO, BinaryIO, AnyStr, Text, SupportsFloat, SupportsComplex, SupportsBytes, SupportsRound
import typing

print(IO, TextIO, BinaryIO, IO.__parameters__, TextIO.__orig_bases__, BinaryIO.__mro__)
print(IO[str], IO[AnyStr], isinstance(io.StringIO(), TextIO), issubclass(TextIO, IO))
print(AnyStr, AnyStr.__constraints__, Text is str, typing.AnyStr.__module__)
print(isinstance(1.5, SupportsFloat), isinstance(1, SupportsComplex), isinstance(b'', typing.SupportsInt),
      isinstance(1.5, SupportsRound), isinstance('x', SupportsFloat))
print(SupportsFloat.__doc__, SupportsRound.__parameters__, sorted(typing.SupportsInt.__protocol_attrs__))
print([n for n in ('T', 'KT', 'VT', 'T_co', 'V_co', 'VT_co', 'T_contra', 'CT_co') if hasattr(typing, n)])
print(typing.T, typing.T_co, typing.T_contra, typing.CT_co.__bound__)
