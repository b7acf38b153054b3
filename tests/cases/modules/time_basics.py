# time: monotonic and perf_counter increase, sleep waits, struct_time fields, strftime of a fixed time, gmtime.
import time

t0, p0, m0 = time.time(), time.perf_counter(), time.monotonic()
time.sleep(0.05)
t1, p1, m1 = time.time(), time.perf_counter(), time.monotonic()
print(t1 > t0, p1 - p0 >= 0.045, m1 - m0 >= 0.045, p1 - p0 < 5)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10 ** 9)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g))
g2 = time.gmtime(1_700_000_000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", g2), time.asctime(g2))
print(time.strftime("%%", g2), time.strftime("%d/%m/%y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.mktime(time.localtime(1_700_000_000)) == 1_700_000_000)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_min, time.calendar_ns() if hasattr(time, "calendar_ns") else "ok")
print(isinstance(time.process_time(), float), time.get_clock_info("monotonic").monotonic)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
print(time.strptime("2023-11-14", "%Y-%m-%d")[:3])
