s = "é"; x = 1abc
