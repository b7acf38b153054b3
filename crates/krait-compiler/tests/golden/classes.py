class Base:
    attr: int = 1
    def method(self):
        return super().method() + __class__.__name__
    @property
    def __private(self):
        return self.__x
class Child(Base, metaclass=Meta, flag=True):
    pass
