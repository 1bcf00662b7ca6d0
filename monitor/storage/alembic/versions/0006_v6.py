"""Schema version 6: posterior sums in the daily sentiment rollup, for corrected shares."""

from alembic import op

from monitor.storage.migrations import apply_version

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_version(op.get_bind(), 6)


def downgrade() -> None:
    raise NotImplementedError("repwatch migrations go forward only; restore a backup to go back")
