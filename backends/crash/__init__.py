"""Running the ``crash`` utility: finding it, sessions (local or over SSH), terminal passthrough."""
