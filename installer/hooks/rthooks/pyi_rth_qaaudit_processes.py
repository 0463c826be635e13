"""Run when the frozen program starts, in place of PyInstaller's hook for multiprocessing.

PyInstaller's hook imports multiprocessing (and with it subprocess and socket) at every
start, so that a frozen program can start worker processes. qaaudit works in threads and
never starts one, and a pip install never imports multiprocessing at start; so this hook
does nothing, and start-up pays nothing for it.
"""
