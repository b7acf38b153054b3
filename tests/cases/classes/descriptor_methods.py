# Functions are descriptors: bound and unbound methods, __get__, methods stored on instances, __func__/__self__, staticmethod callables.
class A:
    def method(self, x):
        return f"method({type(self).__name__}, {x})"


a = A()
bound = a.method
print(bound(1), A.method(a, 2), bound.__self__ is a, bound.__func__ is A.method, type(bound).__name__)
print(A.__dict__["method"].__get__(a, A)(3), A.__dict__["method"].__get__(None, A) is A.method)
print(a.method == a.method, a.method is a.method, A.method is A.method)


def free(self):
    return f"free bound to {type(self).__name__}"


A.free = free
print(a.free())
a.instance_func = free
try:
    a.instance_func()
except TypeError as e:
    print(e)
print(a.instance_func(a))
import types

a.bound_manually = types.MethodType(free, a)
print(a.bound_manually())


class B(A):
    def method(self, x):
        return "B+" + super().method(x)


print(B().method(4), A.method(B(), 5))
print(len.__self__.__name__ if hasattr(len, "__self__") else None, [].append.__self__, "abc".upper.__name__, type([].append).__name__)
m = [3, 1, 2].sort
print(m(), m.__self__)


class WithCall:
    def __call__(self, x):
        return x + 1


class Holder:
    helper = WithCall()
    func = len


print(Holder().helper(1), Holder().func([1, 2]))
print(type(A.__dict__["method"]).__name__, type(vars(Holder)["helper"]).__name__)
