-- Frontline schema, version 1 (H2GIS). The PostGIS variant lives in db/migration/postgresql with the same tables.
CREATE TABLE article (
    id            VARCHAR(200)  PRIMARY KEY,
    title         VARCHAR(2000) NOT NULL,
    source        VARCHAR(500)  NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    published     DATE          NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    origin        VARCHAR(20)   NOT NULL,
    body          CLOB          NOT NULL,
    ingested_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX article_content_hash ON article(content_hash);

CREATE TABLE mention (
    article_id     VARCHAR(200) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_offset   INT          NOT NULL,
    end_offset     INT          NOT NULL,
    sentence_index INT          NOT NULL,
    text           VARCHAR(500) NOT NULL,
    matched_name   VARCHAR(500),
    place_id       BIGINT,
    place_name     VARCHAR(500),
    admin1         VARCHAR(20),
    country        VARCHAR(2),
    feature_class  VARCHAR(1),
    feature_code   VARCHAR(10),
    confidence     DOUBLE PRECISION NOT NULL,
    reason         VARCHAR(1000),
    geom           GEOMETRY(POINT, 4326),
    PRIMARY KEY (article_id, start_offset)
);
CREATE INDEX mention_place ON mention(place_id);

CREATE TABLE claim (
    id             VARCHAR(300) PRIMARY KEY,
    article_id     VARCHAR(200) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
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
    place_name     VARCHAR(500) NOT NULL,
    admin1         VARCHAR(20),
    country        VARCHAR(2),
    feature_class  VARCHAR(1),
    feature_code   VARCHAR(10),
    quote_start    INT          NOT NULL,
    quote_end      INT          NOT NULL,
    quote          CLOB         NOT NULL,
    conflicts_with VARCHAR(4000) NOT NULL,
    geom           GEOMETRY(POINT, 4326) NOT NULL
);
CREATE INDEX claim_event_date ON claim(event_date);
CREATE INDEX claim_article ON claim(article_id);
CREATE SPATIAL INDEX claim_geom ON claim(geom);
