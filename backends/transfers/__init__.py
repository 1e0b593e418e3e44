"""Resumable, verified downloads: SFTP, HTTPS (datastore ``/folder``) and local files.

A download goes to ``NAME.part`` beside a small ``NAME.part.json`` that records
which source it belongs to; it resumes from there after a dropped connection or
an application restart, is renamed only when complete, and is verified by size
and SHA-256 (computed while streaming, compared with the source's own
``sha256sum`` where a shell is available). It never silently mixes two versions
of a source file and never overwrites a file without being asked.
"""
