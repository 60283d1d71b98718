"""The project's own small test runner: runs every test_* function of tests/test_*.py."""
import importlib.util
import pathlib
import sys
import traceback

here = pathlib.Path(__file__).parent
sys.path.insert(0, str(here.parent))

tests = []
for path in sorted(here.glob("test_*.py")):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tests += [(f"{path.stem}.{name}", fn) for name, fn in vars(module).items() if name.startswith("test_") and callable(fn)]

failures = errors = 0
for name, fn in tests:
    try:
        fn()
        print(f"  ok    {name}")
    except AssertionError as e:
        failures += 1
        print(f"  FAIL  {name}: {e}")
    except Exception:
        errors += 1
        print(f"  ERROR {name}")
        traceback.print_exc(file=sys.stdout)

print(f"{len(tests)} tests, {failures} failures, {errors} errors")
sys.exit(1 if failures or errors else 0)
