"""The face: the Qt window, its dialogs and table models, and the command line."""
