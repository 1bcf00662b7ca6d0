"""Schema version 2: near-duplicates (SimHash bands), normalized links, app versions."""

from alembic import op

from monitor.storage.migrations import apply_version

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_version(op.get_bind(), 2)


def downgrade() -> None:
    raise NotImplementedError("repwatch migrations go forward only; restore a backup to go back")
