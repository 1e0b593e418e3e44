"""Capture flows (NMI, memory snapshot, memory dump) as Qt-free state machines.

The window renders each step as a wizard page; the command line drives the same
flow without pages. Every destructive step writes an ``intent`` audit record
before it acts and a ``result`` record after.
"""
