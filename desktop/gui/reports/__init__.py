"""The Reports section: choose a report and its subject, preview it, save, print or open it."""
