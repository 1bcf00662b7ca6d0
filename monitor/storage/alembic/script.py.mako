"""${message}"""

from alembic import op

from monitor.storage.migrations import apply_version

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Write the step as a function in monitor/storage/migrations.py, add it to MIGRATIONS under
    # the next number and raise SCHEMA_VERSION: the number is what older databases are stamped with.
    apply_version(op.get_bind(), int(revision))


def downgrade() -> None:
    raise NotImplementedError("repwatch migrations go forward only; restore a backup to go back")
