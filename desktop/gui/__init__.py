"""The Qt window: main window, sections, dialogs, table models and the background worker.

Everything here may import ``core`` and ``db``; nothing here runs SQL or opens a session
itself: reads and writes go through :mod:`desktop.gui.dbop`.
"""
