-- Same columns as h2/V1_2: row_key = (event day since 1970-01-01) * 2^40 + a number unique within the day,
-- the primary key; the claim id stays unique. On H2 this keeps one day's claims together on disk; PostgreSQL
-- stores rows in a heap whatever the key, so here it only serves the same range predicate. To get the same
-- locality on a large PostGIS store, run `CLUSTER claim USING claim_pkey` now and then (it locks the table).
ALTER TABLE claim ADD COLUMN row_key BIGINT;
UPDATE claim SET row_key = k.row_key
FROM (SELECT id, (event_date - DATE '1970-01-01')::BIGINT * 1099511627776
                 + ROW_NUMBER() OVER (PARTITION BY event_date ORDER BY id) AS row_key FROM claim) k
WHERE claim.id = k.id;
ALTER TABLE claim ALTER COLUMN row_key SET NOT NULL;
ALTER TABLE claim DROP CONSTRAINT claim_pkey;
ALTER TABLE claim ADD PRIMARY KEY (row_key);
CREATE UNIQUE INDEX claim_id ON claim(id);
