// Schema migrations, applied in order and recorded in PRAGMA user_version.
export const migrations: string[] = [
  `
  CREATE TABLE api_keys (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    org_id TEXT NOT NULL,
    org_kind TEXT NOT NULL,
    origins TEXT NOT NULL,
    label TEXT NOT NULL
  );

  CREATE TABLE providers (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    district_code TEXT NOT NULL,
    doc TEXT NOT NULL
  );

  CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    provider_id TEXT NOT NULL,
    enterprise_id TEXT,
    district_code TEXT NOT NULL,
    occupation_code TEXT NOT NULL,
    level INTEGER NOT NULL,
    style TEXT NOT NULL,
    format TEXT NOT NULL,
    schedule TEXT NOT NULL,
    target_groups TEXT NOT NULL,
    subsidised INTEGER NOT NULL,
    cluster TEXT,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    placement_rate REAL,
    fee REAL NOT NULL,
    capacity INTEGER NOT NULL,
    seats_taken INTEGER NOT NULL DEFAULT 0,
    title_text TEXT NOT NULL,
    search_text TEXT NOT NULL,
    pinyin_full TEXT NOT NULL,
    pinyin_initials TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX courses_provider ON courses(provider_id);
  CREATE INDEX courses_start ON courses(start_date, id);

  CREATE TABLE enrolments (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    course_id TEXT NOT NULL REFERENCES courses(id),
    provider_id TEXT NOT NULL,
    enterprise_id TEXT,
    person_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    subsidised INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX enrolments_person ON enrolments(person_hash);
  CREATE INDEX enrolments_course ON enrolments(course_id);
  CREATE INDEX enrolments_provider ON enrolments(provider_id, seq);

  CREATE TABLE competitions (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    organiser_id TEXT NOT NULL,
    status TEXT NOT NULL,
    year INTEGER NOT NULL,
    occupation_code TEXT NOT NULL,
    district_code TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    doc TEXT NOT NULL
  );

  CREATE TABLE contestants (
    id TEXT PRIMARY KEY,
    competition_id TEXT NOT NULL REFERENCES competitions(id),
    seq INTEGER NOT NULL,
    score REAL,
    doc TEXT NOT NULL
  );
  CREATE INDEX contestants_competition ON contestants(competition_id);

  CREATE TABLE idempotency (
    scope_key TEXT NOT NULL,
    key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (scope_key, key)
  );

  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
  `,
  // Course documents move to their own table so that a search scans narrow rows, and the filter
  // columns get indexes, so a search with filters reads only the matching rows.
  `
  CREATE TABLE course_docs (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
  INSERT INTO course_docs (id, doc) SELECT id, doc FROM courses;
  ALTER TABLE courses DROP COLUMN doc;
  CREATE INDEX courses_district ON courses(district_code);
  CREATE INDEX courses_occupation ON courses(occupation_code);
  CREATE INDEX courses_schedule ON courses(schedule);
  CREATE INDEX courses_style ON courses(style);
  CREATE INDEX courses_cluster ON courses(cluster);
  `,
  // A bigram index over the Chinese search text: a word of two or more characters is looked up
  // instead of scanning every course. Filled by the store (see SqliteStore.indexGrams).
  `
  CREATE TABLE course_grams (
    gram TEXT NOT NULL,
    course_rowid INTEGER NOT NULL,
    PRIMARY KEY (gram, course_rowid)
  ) WITHOUT ROWID;
  `,
  // Person and body hashes became keyed (HMAC, see person-key.ts). The old unsalted hashes could
  // be reversed by trying every ID number, so they go: old enrolments drop out of the duplicate
  // checks and old idempotency keys are forgotten.
  `
  UPDATE enrolments SET person_hash = 'retired:' || id;
  DELETE FROM idempotency;
  `,
];
