# An exception raised inside __exit__ replaces the one from the body and
# chains it as __context__; uncaught, both appear in the traceback.
class Failing:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"cleanup failed after {exc_type.__name__}")


with Failing():
    {}["missing"]
