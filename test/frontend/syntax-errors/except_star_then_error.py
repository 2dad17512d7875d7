try:
    pass
except* ValueError:
    pass
x = (1 2)
