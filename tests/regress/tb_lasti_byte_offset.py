# tb_lasti is a byte offset (two bytes per instruction) like f_lasti, so that entry
# tb_lasti // 2 of co_positions() is where the exception was raised.
import sys


def fail():
    return [1][2]


try:
    fail()
except IndexError as e:
    tb = e.__traceback__
    for entry in (tb, tb.tb_next):
        code = entry.tb_frame.f_code
        print(entry.tb_lineno, entry.tb_lasti % 2, list(code.co_positions())[entry.tb_lasti // 2])
frame = sys._getframe()
print(frame.f_lasti % 2, list(frame.f_code.co_positions())[frame.f_lasti // 2][0])
