"""Analytics over recorded behaviour and feedback: segments, feedback, weak courses, risk.

Each module is a plain function over data read from the file, importable on its own;
scikit-learn and pandas load only when a function that needs them runs.
"""
