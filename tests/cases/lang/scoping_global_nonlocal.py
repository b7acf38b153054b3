# global and nonlocal declarations.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter", counter)


def make_new_global():
    global created_inside
    created_inside = "made in a function"


make_new_global()
print(created_inside)


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc(10)
print("count", get())


def nested_levels():
    a = 1

    def level1():
        a = 2

        def level2():
            nonlocal a
            a += 100
            return a

        r = level2()
        return r, a

    return level1(), a


print(nested_levels())


def global_in_nested():
    counter = "local"

    def g():
        global counter
        counter = 1000

    g()
    return counter


print(global_in_nested(), counter)


class K:
    counter = "class attr"

    def method(self):
        return counter  # class scope is skipped


print(K().method(), K.counter)
