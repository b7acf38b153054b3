# Control flow mixing loops and exception handling: continue/break in except and finally, else on loops with try.
log = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        if i == 5:
            break
        log.append(f"body{i}")
    except ValueError as e:
        log.append(f"except{e}")
        continue
    else:
        log.append(f"else{i}")
    finally:
        log.append(f"finally{i}")
else:
    log.append("loop-else")
print(log)


def search(items, target):
    for idx, item in enumerate(items):
        try:
            if item == target:
                return idx
        finally:
            print("checked", item)
    else:
        return -1


print(search("abc", "b"), search("ab", "z"))


def retry(attempts):
    count = 0
    while True:
        count += 1
        try:
            if count < attempts:
                raise ConnectionError(f"attempt {count}")
            return f"ok after {count}"
        except ConnectionError as e:
            print("retrying:", e)


print(retry(3))
total = 0
for x in [1, "2", None, 4, "five"]:
    try:
        total += int(x)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "for", repr(x))
print(total)
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            continue
    finally:
        print("finally", i)
