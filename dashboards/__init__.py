"""Race displays on one Panel server: login, the template builder, shareable display URLs, live fan-out, JSON APIs."""
