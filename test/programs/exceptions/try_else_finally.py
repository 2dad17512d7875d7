# covers: lang.stmt.try_else, lang.stmt.try_finally
def run(fail):
    try:
        print("  try")
        if fail:
            raise RuntimeError("fail")
    except RuntimeError:
        print("  except")
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("success:")
run(False)
print("failure:")
run(True)
def finally_with_uncaught():
    try:
        raise KeyError("k")
    finally:
        print("finally before propagation")
try:
    finally_with_uncaught()
except KeyError:
    print("propagated")
def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(finally_overrides())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally on iteration", i)
