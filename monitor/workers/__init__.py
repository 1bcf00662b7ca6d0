"""Distributed work with Celery: with `queue.url` set, `repwatch watch` enqueues and `repwatch worker` runs.

config.py is the `queue:` section, app.py builds the Celery app from it, tasks.py holds the
tasks (each idempotent), dispatch.py is what the scheduler sends, batches.py the classify step
for a given list of mention ids.
"""
