# covers: exc.SystemExit, traceback.exit_status
def shutdown():
    try:
        raise SystemExit(5)
    finally:
        print("cleanup before exit")
print("start")
shutdown()
