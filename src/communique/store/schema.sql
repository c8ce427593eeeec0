-- Communique store schema (communique.store.v2; store.migrate upgrades a v1 database).
--
-- One row per article, quote, speaker, actor and event, each keyed by (article_id, idx) so every
-- row leads back to the article text and its character span. Columns the queries filter on are
-- denormalised (event day, source/target codes, cluster id, outlet) so the HTTP API answers
-- without joins or per-row Python work. Statements are separated by ";" at the end of a line.

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    cluster_id VARCHAR NOT NULL,
    url VARCHAR,
    path VARCHAR,
    kind VARCHAR,
    title VARCHAR,
    published VARCHAR,
    day DATE,
    outlet VARCHAR,
    author VARCHAR,
    language VARCHAR,
    reading_minutes INTEGER,
    text VARCHAR NOT NULL,
    removed VARCHAR[],
    record_schema VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp,
    -- v2: counts listed with each article, written with its rows (no scan per listing)
    n_quotes INTEGER,
    n_events INTEGER
);

-- Every source an article's exact content arrived from (its id is a content hash, so a
-- syndicated identical copy shares the article row). ``source_key`` is the URL, else the path,
-- else the outlet: the same key again changes nothing, a new one is one more copy, which the
-- collapsed events count (NumArticles: copies, NumSources: distinct ``outlet_key``).
CREATE TABLE IF NOT EXISTS article_sources (
    article_id VARCHAR NOT NULL,
    source_key VARCHAR NOT NULL,
    url VARCHAR,
    path VARCHAR,
    kind VARCHAR,
    outlet VARCHAR,
    outlet_key VARCHAR,  -- lower-cased outlet name, else URL host (as events.outlet)
    published VARCHAR,
    added_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (article_id, source_key)
);

-- MinHash signatures, persisted so clusters survive restarts and later ingests can bridge them.
CREATE TABLE IF NOT EXISTS signatures (
    article_id VARCHAR PRIMARY KEY,
    hashvalues UBIGINT[] NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    speaker VARCHAR,
    speaker_mention VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_role VARCHAR,
    cue VARCHAR,
    via VARCHAR,
    paragraph INTEGER,
    floating BOOLEAN,
    sentence VARCHAR,
    day DATE,
    -- lower-cased speaker, role and quoted text for case-insensitive search
    speaker_lc VARCHAR,
    role_lc VARCHAR,
    text_lc VARCHAR,
    -- v2 (appended): speaker and role in one column, so the speaker filter runs in the scan
    -- ("vladimir putin\x1fpresident", see events.source_match)
    speaker_match VARCHAR,
    PRIMARY KEY (article_id, idx),
    CHECK (start_char >= 0 AND end_char >= start_char)
);

-- Actors whose mention falls inside a quotation ("quotes by actor mentioned").
CREATE TABLE IF NOT EXISTS quote_actors (
    article_id VARCHAR NOT NULL,
    quote_idx INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    name_lc VARCHAR NOT NULL,
    country VARCHAR
);

CREATE TABLE IF NOT EXISTS speakers (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    role VARCHAR,
    n_quotes INTEGER NOT NULL,
    quote_idx INTEGER[],
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR,
    n_mentions INTEGER NOT NULL,
    first_start INTEGER,
    first_end INTEGER,
    mention_starts INTEGER[],
    mention_ends INTEGER[],
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    cluster_id VARCHAR NOT NULL,
    outlet VARCHAR,  -- lower-cased outlet name, else URL host: what NumSources counts
    url VARCHAR,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    cameo_root VARCHAR,
    quad INTEGER,
    intensity DOUBLE,
    -- sorted distinct codes (country/IGO code, else canonical name) of the source/target actors
    source_codes VARCHAR[],
    target_codes VARCHAR[],
    source_key VARCHAR NOT NULL,
    target_key VARCHAR NOT NULL,
    source_name VARCHAR,
    target_name VARCHAR,
    source_json VARCHAR,
    target_json VARCHAR,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text VARCHAR,
    sentence VARCHAR,
    negated BOOLEAN NOT NULL,
    hypothetical BOOLEAN NOT NULL,
    intended BOOLEAN NOT NULL,
    historical BOOLEAN NOT NULL,
    date VARCHAR,
    day DATE,
    location_name VARCHAR,
    location_country VARCHAR,
    quote_idx INTEGER,
    trigger VARCHAR,
    lead BOOLEAN,  -- evidence in the first paragraph: GDELT's IsRootEvent
    -- the collapsed event this mention belongs to, and its counts (kept by store.groups)
    group_id VARCHAR,
    num_articles INTEGER,
    num_sources INTEGER,
    -- v2 (appended, as a migration adds them): what the actor filters match, in ONE column per
    -- side so DuckDB pushes the filter into the scan (a list_contains, or an OR across two
    -- columns, is evaluated after every column of every row is read): the lower-cased names,
    -- then each code followed by U+001F ("russia\x1fRUS\x1f"), see rows.match_column
    source_match VARCHAR,
    target_match VARCHAR,
    PRIMARY KEY (article_id, idx),
    CHECK (evidence_start >= 0 AND evidence_end >= evidence_start)
);

-- Collapsed events: one row per (cluster, day, source, target, type, mode, negated,
-- hypothetical), refreshed for the affected cluster inside each article's transaction.
CREATE TABLE IF NOT EXISTS event_groups (
    group_id VARCHAR NOT NULL,  -- unique by construction (no ART index to maintain)
    cluster_id VARCHAR NOT NULL,
    day DATE,
    source_key VARCHAR NOT NULL,
    target_key VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    negated BOOLEAN NOT NULL,
    hypothetical BOOLEAN NOT NULL,
    quad INTEGER,
    cameo_root VARCHAR,
    intensity DOUBLE,
    source_codes VARCHAR[],
    target_codes VARCHAR[],
    source_name VARCHAR,
    target_name VARCHAR,
    source_json VARCHAR,
    target_json VARCHAR,
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    evidence_start INTEGER,
    evidence_end INTEGER,
    sentence VARCHAR,
    url VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    lead BOOLEAN,
    article_ids VARCHAR[],
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    source_match VARCHAR,
    target_match VARCHAR
);

-- One row per (event, role, actor): lets filters match any actor of a multi-actor event.
CREATE TABLE IF NOT EXISTS event_actors (
    article_id VARCHAR NOT NULL,
    event_idx INTEGER NOT NULL,
    role VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR
);

-- ART indexes only serve point lookups (cluster refreshes, article by id); range and
-- substring filters run on DuckDB's column scans and zone maps, so no index is kept for them.
-- (Measured in bench_store: DuckDB 2.0 plans "events WHERE article_id = ?" as a sequential
-- scan even with an index on article_id, so none is kept; the cost of an article page is
-- fetching its wide rows, not finding them.)
CREATE INDEX IF NOT EXISTS articles_cluster ON articles (cluster_id);
CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id);
CREATE INDEX IF NOT EXISTS event_groups_cluster ON event_groups (cluster_id);
