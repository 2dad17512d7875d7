def f():
    pass
  # comment
    x = 1 +  # trailing comment
