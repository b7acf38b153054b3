# datetime arithmetic and formatting with fixed values; pprint of nested structures with widths.
import datetime as dt
import pprint

d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.isoformat(), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y"), d.toordinal())
t = dt.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(t, t + dt.timedelta(seconds=45), t.isoformat(), t.date(), t.time(), repr(t), t.strftime("%H:%M:%S.%f"))
delta = dt.datetime(2024, 3, 1) - dt.datetime(2024, 2, 1, 12)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta), dt.timedelta(hours=-1), abs(dt.timedelta(hours=-1)))
print(dt.datetime.fromisoformat("2024-05-06T07:08:09"), dt.date.fromisoformat("2020-01-01"), dt.datetime.strptime("03/04/21 10:00", "%d/%m/%y %H:%M"))
utc = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone.utc)
print(utc, utc.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30))), utc.timestamp(), dt.datetime.fromtimestamp(0, dt.timezone.utc))
print(dt.date(2024, 1, 1) < dt.date(2024, 1, 2), max(dt.date(2020, 5, 1), dt.date(2019, 1, 1)), dt.date(2024, 12, 31).timetuple().tm_yday)
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print(e)
data = {"name": "krait", "versions": list(range(12)), "nested": {"deep": {"deeper": ["a" * 10, "b" * 10, "c" * 10]}}, "t": (1, 2)}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
print(pprint.pformat(list(range(30)), width=30))
pprint.pprint({"b": 1, "a": 2, "c": {"z": 1, "y": 2}})
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
