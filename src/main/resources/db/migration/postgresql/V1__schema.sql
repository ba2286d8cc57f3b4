-- Frontline schema, version 1 (PostGIS). Same tables and columns as db/migration/h2/V1__schema.sql.
-- Identifier and name columns use the "C" collation so that ORDER BY gives the same (code point) order as H2,
-- whatever locale the cluster was created with: the API answers the same on both stores.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE article (
    id            VARCHAR(200)  COLLATE "C" PRIMARY KEY,
    title         VARCHAR(2000) NOT NULL,
    source        VARCHAR(500)  NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    published     DATE          NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    origin        VARCHAR(20)   NOT NULL,
    body          TEXT          NOT NULL,
    ingested_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX article_content_hash ON article(content_hash);

CREATE TABLE mention (
    article_id     VARCHAR(200) COLLATE "C" NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_offset   INT          NOT NULL,
    end_offset     INT          NOT NULL,
    sentence_index INT          NOT NULL,
    text           VARCHAR(500) NOT NULL,
    matched_name   VARCHAR(500),
    place_id       BIGINT,
    place_name     VARCHAR(500) COLLATE "C",
    admin1         VARCHAR(20)  COLLATE "C",
    country        VARCHAR(2),
    feature_class  VARCHAR(1),
    feature_code   VARCHAR(10)  COLLATE "C",
    confidence     DOUBLE PRECISION NOT NULL,
    reason         VARCHAR(1000),
    geom           geometry(Point, 4326),
    PRIMARY KEY (article_id, start_offset)
);
CREATE INDEX mention_place ON mention(place_id);

CREATE TABLE claim (
    id             VARCHAR(300) COLLATE "C" PRIMARY KEY,
    article_id     VARCHAR(200) COLLATE "C" NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    event_date     DATE         NOT NULL,
    date_precision VARCHAR(10)  NOT NULL,
    published      DATE         NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    actor          VARCHAR(20),
    claimant       VARCHAR(500),
    claimant_side  VARCHAR(20),
    hedged         BOOLEAN      NOT NULL,
    source         VARCHAR(500),
    sentence_index INT          NOT NULL,
    mention_start  INT          NOT NULL,
    mention_end    INT          NOT NULL,
    mention_text   VARCHAR(500) NOT NULL,
    matched_name   VARCHAR(500),
    confidence     DOUBLE PRECISION NOT NULL,
    place_id       BIGINT       NOT NULL,
    place_name     VARCHAR(500) COLLATE "C" NOT NULL,
    admin1         VARCHAR(20),
    country        VARCHAR(2),
    feature_class  VARCHAR(1),
    feature_code   VARCHAR(10),
    quote_start    INT          NOT NULL,
    quote_end      INT          NOT NULL,
    quote          TEXT         NOT NULL,
    conflicts_with VARCHAR(4000) NOT NULL,
    geom           geometry(Point, 4326) NOT NULL
);
CREATE INDEX claim_event_date ON claim(event_date);
CREATE INDEX claim_article ON claim(article_id);
CREATE INDEX claim_geom ON claim USING GIST (geom);
