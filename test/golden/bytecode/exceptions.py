def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        print("bad", e)
        value = None
    else:
        value += 1
    finally:
        print("done")
    return value
