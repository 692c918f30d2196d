import traceback

for call in (lambda: traceback.format_exception(),
             lambda: traceback.extract_tb(5),
             lambda: traceback.FrameSummary("f", 1),
             lambda: traceback.format_list(5),
             lambda: traceback.print_exception(ValueError("v"), file=5),
             lambda: traceback.TracebackException.from_exception(),
             lambda: traceback.format_exception_only(ValueError("v"), show_group=True, extra=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__)
