"""The rules of the desk: pure Python, no I/O, no Qt."""
