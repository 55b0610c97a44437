"""The PostgreSQL side of Project88: the embedded server, connections, migrations, tenancy and the archive."""
