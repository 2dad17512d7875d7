# covers: lang.stmt.try_except, lang.stmt.try_finally
log = []
def level3():
    try:
        raise ValueError("deep")
    finally:
        log.append("level3 finally")
def level2():
    try:
        level3()
    except TypeError:
        log.append("level2 wrong handler")
    finally:
        log.append("level2 finally")
def level1():
    try:
        level2()
    except ValueError as e:
        log.append(f"level1 caught {e}")
        return "handled"
    finally:
        log.append("level1 finally")
print(level1())
for entry in log:
    print(entry)
