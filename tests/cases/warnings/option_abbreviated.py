# options: -W i::FutureWarning -W a::SyntaxWarning -W m::UserWarning -W o::RuntimeWarning -W d::BytesWarning -W e::EncodingWarning -W all::ImportWarning
# actions may be abbreviated to any prefix
import warnings
for f in warnings.filters[:7]:
    print(f)
