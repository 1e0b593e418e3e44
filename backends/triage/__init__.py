"""Automatic first-look triage of a dump: crash commands in, findings out."""
