"""Schema version 7: undated items of a first collect marked (kept out of alerts); a feed's final URL."""

from alembic import op

from monitor.storage.migrations import apply_version

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_version(op.get_bind(), 7)


def downgrade() -> None:
    raise NotImplementedError("repwatch migrations go forward only; restore a backup to go back")
