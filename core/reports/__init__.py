"""Printed reports: training plans (one or a batch), transcript, compliance, department and
course quality — PDFs built with reportlab on one base renderer (:mod:`core.reports.base`).

Import the report modules themselves (``core.reports.plan`` …): reportlab and the fonts
load only when a report is made, never at start-up.
"""
