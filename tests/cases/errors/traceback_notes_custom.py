# A custom exception with args, __str__ and notes; multi-line messages; exception defined in __main__.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}\nsecond line of the message"


err = ValidationError("age", "must be positive")
err.add_note("note one: check the form")
err.add_note("note two")
raise err
