"""Schema version 3: topic rows, feedback, complaint status, alerts, outbox."""

from alembic import op

from monitor.storage.migrations import apply_version

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_version(op.get_bind(), 3)


def downgrade() -> None:
    raise NotImplementedError("repwatch migrations go forward only; restore a backup to go back")
