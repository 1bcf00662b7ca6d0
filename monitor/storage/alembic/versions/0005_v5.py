"""Schema version 5: the publication time in the near-duplicate band indexes."""

from alembic import op

from monitor.storage.migrations import apply_version

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_version(op.get_bind(), 5)


def downgrade() -> None:
    raise NotImplementedError("repwatch migrations go forward only; restore a backup to go back")
