# covers: traceback.method, lang.class.init
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin

    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273.15)

print(Temperature.from_celsius(20).kelvin)
t = Temperature.from_celsius(-300)
