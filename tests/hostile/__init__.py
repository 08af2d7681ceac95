"""The regression suite of issue 10: each attack on the promise that untrusted documents and
folders never run code, never read outside their folder and never hang the reader, made with
the fixtures of :mod:`tests.hostile.fixtures`."""
