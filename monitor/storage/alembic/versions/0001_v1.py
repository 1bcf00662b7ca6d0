"""Schema version 1: sources, mentions, classifications, runs."""

from alembic import op

from monitor.storage.migrations import apply_version

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_version(op.get_bind(), 1)


def downgrade() -> None:
    raise NotImplementedError("repwatch migrations go forward only; restore a backup to go back")
