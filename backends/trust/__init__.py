"""Trust on first use, done properly: SSH host keys and TLS certificates.

An unknown key or certificate is never accepted silently: it raises an
``Unknown*`` error carrying the fingerprint, the caller shows it and, only on the
user's explicit yes, stores it. A changed key or certificate is a hard stop.
"""
