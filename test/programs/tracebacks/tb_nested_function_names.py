# covers: traceback.frames, traceback.method
class Outer:
    class Inner:
        def method(self):
            def helper():
                raise LookupError("deep inside")
            helper()

    def run(self):
        self.Inner().method()

Outer().run()
