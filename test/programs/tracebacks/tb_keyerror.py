# covers: traceback.basic, exc.KeyError
config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config.get("timeout", "no timeout set"))
timeout = config["timeout"]
print("never printed")
