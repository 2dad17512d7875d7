# covers: lang.class.user_exception
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError):
    def __str__(self):
        return "custom str: " + " / ".join(map(str, self.args))
def check(v):
    if v is None:
        raise NotFound("item", 7)
    if v < 0:
        raise ValidationError("v", "must be >= 0")
    return v
for v in (5, -1, None):
    try:
        print("ok", check(v))
    except ValidationError as e:
        print("ValidationError", e, e.field, e.args, repr(e))
    except AppError as e:
        print(type(e).__name__, e, repr(e))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
