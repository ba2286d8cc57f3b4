-- One row counting committed changes to articles, mentions and claims. Every write transaction bumps it, so the
-- version is shared by every process on the database and survives restarts: caches and HTTP ETags key on it.
-- (Numbered 1.1 so that it cannot collide with a V2 added on another branch.)
CREATE TABLE data_version (
    id      INT    PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

-- Who claims something and which claims it conflicts with are open-ended text written by the extractor: a long
-- attribution or a much-disputed place must not make an article unstorable.
ALTER TABLE claim ALTER COLUMN claimant SET DATA TYPE CHARACTER VARYING;
ALTER TABLE claim ALTER COLUMN conflicts_with SET DATA TYPE CHARACTER VARYING;
