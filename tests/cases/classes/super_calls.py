# super() with and without arguments, cooperative multiple inheritance, super in classmethods.
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.base = True

    def hello(self):
        return "Base"

    @classmethod
    def create(cls):
        return f"create {cls.__name__}"


class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left.__init__")
        super().__init__(**kw)
        self.left = left

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right.__init__")
        super().__init__(**kw)
        self.right = right

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    def __init__(self, **kw):
        print("Child.__init__")
        super().__init__(**kw)

    def hello(self):
        return "Child>" + super().hello()

    @classmethod
    def create(cls):
        return "Child " + super().create()


c = Child(left=1, right=2, extra=3)
print(c.left, c.right, c.base)
print(c.hello())
print(Child.create())
print(super(Left, c).hello(), super(Child, c).hello())
print([k.__name__ for k in Child.__mro__])


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B+" + super(B, self).who()


print(B().who())
s = super(B, B())
print(type(s).__name__, s.who())


class NoArgSuperInNested(A):
    def who(self):
        def helper():
            return "nested"

        return helper() + super().who()


print(NoArgSuperInNested().who())


class InitSubclassBase:
    subclasses = []

    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        InitSubclassBase.subclasses.append(cls.__name__)


class One(InitSubclassBase, tag="first"):
    pass


class Two(InitSubclassBase):
    pass


print(One.tag, Two.tag, InitSubclassBase.subclasses)


class Broken:
    def method(self):
        return super().missing()


try:
    Broken().method()
except AttributeError as e:
    print(e)


def free_function():
    super()


try:
    free_function()
except RuntimeError as e:
    print(e)
