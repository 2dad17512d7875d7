rai[se TypeError("x")
