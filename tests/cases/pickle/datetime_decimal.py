# datetime, zoneinfo-free time zones, decimal and fractions values at the
# edges, every protocol.
import datetime
import decimal
import fractions
import pickle

tz = datetime.timezone(datetime.timedelta(hours=-5, minutes=-30), 'Odd')
values = [datetime.date.min, datetime.date.max, datetime.datetime.min, datetime.datetime.max,
          datetime.datetime(2021, 11, 7, 1, 30, fold=1), datetime.datetime(2000, 1, 1, tzinfo=tz),
          datetime.time(23, 59, 59, 999999, tzinfo=tz, fold=1), datetime.timedelta(-1, 5, 7),
          datetime.timedelta.max, datetime.timezone.utc, tz,
          decimal.Decimal('NaN'), decimal.Decimal('-0'), decimal.Decimal('1.2345678901234567890E+1000'),
          decimal.Decimal('sNaN123'), fractions.Fraction(-10**30, 7), fractions.Fraction(0)]
for proto in range(6):
    for v in values:
        s = pickle.dumps(v, proto)
        r = pickle.loads(s)
        same = repr(r) == repr(v)
        print(proto, repr(v), same, len(s))
    ctx = decimal.Context(prec=5, rounding=decimal.ROUND_DOWN)
    r = pickle.loads(pickle.dumps(ctx, proto))
    print(r.prec, r.rounding)
print(pickle.dumps(datetime.datetime(2020, 5, 17, 1, 2, 3, 456789), 2))
print(pickle.dumps(datetime.datetime(2020, 5, 17, 1, 2, 3, 456789), 0))
