/* wep-document-schema.c: the tables of a plan file (docs/file-format.md)
 *
 * The schema of every format version is kept here as the SQL that creates
 * it: a new file is made from the newest, an opened file's schema is
 * compared with the one of its version, and an older file is brought up to
 * date by the migrations, one version at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-document-private.h"

/* Version 1: the first format. */
static const char schema_v1[] =
  "CREATE TABLE metadata (\n"
  "  key TEXT PRIMARY KEY NOT NULL,\n"
  "  value TEXT NOT NULL\n"
  ");\n"
  "CREATE TABLE provenance (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('file', 'service', 'handmatig', 'merge')),\n"
  "  source TEXT NOT NULL,\n"
  "  date TEXT NOT NULL,\n"
  "  organisation TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE TABLE municipalities (\n"
  "  code TEXT PRIMARY KEY NOT NULL CHECK (code GLOB 'GM[0-9][0-9][0-9][0-9]'),\n"
  "  name TEXT NOT NULL,\n"
  "  province TEXT NOT NULL DEFAULT '',\n"
  "  population INTEGER CHECK (population >= 0),\n"
  "  households INTEGER CHECK (households >= 0),\n"
  "  social_rental_stock INTEGER CHECK (social_rental_stock >= 0),\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id)\n"
  ");\n"
  "CREATE TABLE municipality_lettings (\n"
  "  municipality TEXT NOT NULL REFERENCES municipalities (code) ON DELETE CASCADE,\n"
  "  year INTEGER NOT NULL,\n"
  "  lettings REAL NOT NULL CHECK (lettings >= 0),\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id),\n"
  "  counted INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1)),\n"
  "  PRIMARY KEY (municipality, year, provenance_id)\n"
  ");\n"
  "CREATE UNIQUE INDEX municipality_lettings_counted\n"
  "  ON municipality_lettings (municipality, year) WHERE counted = 1;\n"
  "CREATE TABLE boundaries (\n"
  "  municipality TEXT PRIMARY KEY NOT NULL REFERENCES municipalities (code) ON DELETE CASCADE,\n"
  "  geometry BLOB NOT NULL,\n"
  "  source TEXT NOT NULL DEFAULT '',\n"
  "  year INTEGER,\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id)\n"
  ");\n"
  "CREATE TABLE regions (\n"
  "  code TEXT PRIMARY KEY NOT NULL,\n"
  "  name TEXT NOT NULL,\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('centrumgemeente', 'woningmarktregio', 'provincie', 'eigen')),\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id),\n"
  "  UNIQUE (code, kind)\n"
  ");\n"
  "CREATE TABLE region_members (\n"
  "  municipality TEXT NOT NULL REFERENCES municipalities (code) ON DELETE CASCADE,\n"
  "  kind TEXT NOT NULL,\n"
  "  region TEXT NOT NULL,\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id),\n"
  "  PRIMARY KEY (municipality, kind),\n"
  "  FOREIGN KEY (region, kind) REFERENCES regions (code, kind) ON DELETE CASCADE ON UPDATE CASCADE\n"
  ");\n"
  "CREATE TABLE plans (\n"
  "  municipality TEXT NOT NULL REFERENCES municipalities (code) ON DELETE CASCADE,\n"
  "  year INTEGER NOT NULL,\n"
  "  pathway TEXT NOT NULL CHECK (pathway IN ('hf', 'ind', 'grp')),\n"
  "  units REAL NOT NULL CHECK (units >= 0),\n"
  "  status TEXT NOT NULL DEFAULT 'gepland'\n"
  "    CHECK (status IN ('gepland', 'in_aanbouw', 'gerealiseerd')),\n"
  "  source_document TEXT NOT NULL DEFAULT '',\n"
  "  source_date TEXT NOT NULL DEFAULT '',\n"
  "  note TEXT NOT NULL DEFAULT '',\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id),\n"
  "  counted INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1)),\n"
  "  PRIMARY KEY (municipality, year, pathway, provenance_id)\n"
  ");\n"
  "CREATE UNIQUE INDEX plans_counted ON plans (municipality, year, pathway) WHERE counted = 1;\n"
  "CREATE TABLE region_figures (\n"
  "  region TEXT NOT NULL REFERENCES regions (code) ON DELETE CASCADE,\n"
  "  year INTEGER NOT NULL,\n"
  "  key TEXT NOT NULL CHECK (key IN ('inflow', 'shelter_capacity', 'homeless', 'exit_ready',\n"
  "                                   'housed_hf', 'housed_ind', 'housed_grp', 'grp_places')),\n"
  "  value REAL NOT NULL CHECK (value >= 0),\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id),\n"
  "  counted INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1)),\n"
  "  PRIMARY KEY (region, year, key, provenance_id)\n"
  ");\n"
  "CREATE UNIQUE INDEX region_figures_counted ON region_figures (region, year, key) WHERE counted = 1;\n"
  "CREATE TABLE allocations (\n"
  "  municipality TEXT NOT NULL REFERENCES municipalities (code) ON DELETE CASCADE,\n"
  "  year INTEGER NOT NULL,\n"
  "  target_group TEXT NOT NULL,\n"
  "  homes INTEGER NOT NULL CHECK (homes >= 0),\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id),\n"
  "  counted INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1)),\n"
  "  PRIMARY KEY (municipality, year, target_group, provenance_id)\n"
  ");\n"
  "CREATE UNIQUE INDEX allocations_counted\n"
  "  ON allocations (municipality, year, target_group) WHERE counted = 1;\n"
  "CREATE TABLE scenarios (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL UNIQUE,\n"
  "  description TEXT NOT NULL DEFAULT '',\n"
  "  base_year INTEGER NOT NULL,\n"
  "  horizon_years INTEGER NOT NULL CHECK (horizon_years BETWEEN 1 AND 30),\n"
  "  seed INTEGER NOT NULL CHECK (seed >= 0),\n"
  "  created TEXT NOT NULL,\n"
  "  modified TEXT NOT NULL,\n"
  "  provenance_id INTEGER NOT NULL REFERENCES provenance (id)\n"
  ");\n"
  "CREATE TABLE scenario_regions (\n"
  "  scenario INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,\n"
  "  region TEXT NOT NULL REFERENCES regions (code) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  PRIMARY KEY (scenario, region)\n"
  ");\n"
  "CREATE TABLE scenario_inputs (\n"
  "  scenario INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,\n"
  "  region TEXT NOT NULL REFERENCES regions (code) ON DELETE CASCADE,\n"
  "  key TEXT NOT NULL,\n"
  "  year INTEGER NOT NULL,\n"
  "  value REAL,\n"
  "  low REAL,\n"
  "  mode REAL,\n"
  "  high REAL,\n"
  "  CHECK ((low IS NULL) = (mode IS NULL) AND (mode IS NULL) = (high IS NULL)),\n"
  "  CHECK (value IS NOT NULL OR low IS NOT NULL),\n"
  "  PRIMARY KEY (scenario, region, key, year)\n"
  ");\n";

static const char *const schemas[] = {
  [1] = schema_v1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (schemas) == WEP_DOCUMENT_FORMAT_VERSION + 1);

/* Migrations: migrations[v] turns a version v file into version v + 1.
 * There are none yet; the first format is the current one. Each new one
 * gets a test on a file of the older version kept in tests/data. */
static const char *const migrations[WEP_DOCUMENT_FORMAT_VERSION] = {
  [0] = NULL,
};

const char *
_wep_document_schema_sql (int version)
{
  g_return_val_if_fail (version >= 1 && version <= WEP_DOCUMENT_FORMAT_VERSION, NULL);
  return schemas[version];
}

const char *
_wep_document_migration_sql (int from_version)
{
  g_return_val_if_fail (from_version >= 1 && from_version < WEP_DOCUMENT_FORMAT_VERSION, NULL);
  return migrations[from_version];
}

/* Row limits per table: a received file with more is refused. */
static const WepTableLimit table_limits[] = {
  { "metadata", 100 },
  { "provenance", 100000 },
  { "municipalities", 5000 },
  { "municipality_lettings", 200000 },
  { "boundaries", 5000 },
  { "regions", 5000 },
  { "region_members", 50000 },
  { "plans", 1000000 },
  { "region_figures", 1000000 },
  { "allocations", 1000000 },
  { "scenarios", 1000 },
  { "scenario_regions", 100000 },
  { "scenario_inputs", 2000000 },
};

const WepTableLimit *
_wep_document_table_limits (guint *n_tables)
{
  *n_tables = G_N_ELEMENTS (table_limits);
  return table_limits;
}
