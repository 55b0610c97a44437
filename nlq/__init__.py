"""Plain-English questions to tenant-scoped SQL over the archive."""
