"""Attendance reports and exports: the figures, the documents (JSON, CSV, XLSX, PDF), the words.

The figures (`queries`, `throughput`) are counted over one `checkin.domain.attendance.Attendance`
read from the event file (`checkin.desk.Desk.attendance`) or the hub, so both give the same
numbers. Only `pdf` draws with Qt (QtGui, as the badges do); everything else is plain Python.
"""
