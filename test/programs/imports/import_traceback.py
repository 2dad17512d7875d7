# covers: traceback.frames, lang.stmt.import_own
import mod_errors

def main():
    print(mod_errors.parse_int("7"))
    mod_errors.fail_deep(2)

main()
