# covers: traceback.basic, exc.KeyError
config = {"host": "localhost", "port": 8080}
print(config["host"])
timeout = config["timeout"]
