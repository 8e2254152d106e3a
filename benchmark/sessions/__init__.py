"""The human side: recorded tester sessions, the mystery-shopper log, small-sample statistics.

model.py     session, task and contact-log records, files, import
recorder.py  one window per task with the overlay (browser.recorder), a record per task
verify.py    checking a tester's claim against the scenario and the page's facts
stats.py     adjusted Wald, geometric means, t intervals, SEQ, Spearman
summary.py   human results per cell, agreement with the robot, contact-log times
"""
