"""Exchanging questions with Moodle and other LMSs: GIFT, Moodle XML and Aiken in, GIFT and Moodle XML out.
Qt-free. Every format is read into `Item`s (model.py), which become our questions (bank.py)."""
