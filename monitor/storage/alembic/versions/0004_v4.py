"""Schema version 4: daily sentiment and topic rollups, index of star-rated mentions."""

from alembic import op

from monitor.storage.migrations import apply_version

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_version(op.get_bind(), 4)


def downgrade() -> None:
    raise NotImplementedError("repwatch migrations go forward only; restore a backup to go back")
