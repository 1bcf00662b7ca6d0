-- The schema of repwatch schema version 1, as created by that version (for the v1 -> v2 migration test).
CREATE TABLE repwatch_meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE sources (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	type VARCHAR(40) NOT NULL, 
	target TEXT NOT NULL, 
	etag TEXT, 
	last_modified TEXT, 
	cursor TEXT, 
	last_fetch_at DATETIME, 
	last_success_at DATETIME, 
	last_error TEXT, 
	last_error_at DATETIME, 
	consecutive_failures INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE runs (
	id INTEGER NOT NULL, 
	run_id VARCHAR(36) NOT NULL, 
	source VARCHAR(200) NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	status VARCHAR(16) NOT NULL, 
	fetched INTEGER NOT NULL, 
	new INTEGER NOT NULL, 
	duplicates INTEGER NOT NULL, 
	seen INTEGER NOT NULL, 
	skipped INTEGER NOT NULL, 
	error TEXT, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_runs_source_started ON runs (source, started_at);
CREATE TABLE mentions (
	id INTEGER NOT NULL, 
	source_id INTEGER NOT NULL, 
	brand VARCHAR(200) NOT NULL, 
	external_key TEXT NOT NULL, 
	url TEXT, 
	author TEXT, 
	title TEXT NOT NULL, 
	text TEXT NOT NULL, 
	language VARCHAR(8), 
	language_hint VARCHAR(8), 
	published_at DATETIME NOT NULL, 
	published_estimated BOOLEAN NOT NULL, 
	collected_at DATETIME NOT NULL, 
	rating FLOAT, 
	rating_max FLOAT, 
	content_hash VARCHAR(64) NOT NULL, 
	dedup_key VARCHAR(64), 
	PRIMARY KEY (id), 
	CONSTRAINT uq_mentions_source_key UNIQUE (source_id, external_key), 
	CONSTRAINT uq_mentions_dedup UNIQUE (dedup_key), 
	FOREIGN KEY(source_id) REFERENCES sources (id) ON DELETE CASCADE
);
CREATE INDEX ix_mentions_brand_published ON mentions (brand, published_at);
CREATE INDEX ix_mentions_published ON mentions (published_at);
CREATE INDEX ix_mentions_content_hash ON mentions (content_hash);
CREATE TABLE classifications (
	mention_id INTEGER NOT NULL, 
	sentiment VARCHAR(10) NOT NULL, 
	score FLOAT NOT NULL, 
	confidence FLOAT NOT NULL, 
	topics TEXT NOT NULL, 
	sentences TEXT NOT NULL, 
	model_version VARCHAR(200) NOT NULL, 
	classified_at DATETIME NOT NULL, 
	PRIMARY KEY (mention_id), 
	FOREIGN KEY(mention_id) REFERENCES mentions (id) ON DELETE CASCADE
);
CREATE INDEX ix_classifications_sentiment ON classifications (sentiment);
