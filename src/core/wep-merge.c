/* wep-merge.c: taking plans, figures and scenarios from another plan file
 *
 * wep_merge_prepare() opens the other file read-only with every check of
 * an untrusted file (wep_document_open()) and copies its checked database
 * into this plan's connection as the schema "theirs"; the file is never
 * written.
 *
 * Rows are matched on their natural key: municipalities (code),
 * municipality_lettings (municipality, year), boundaries (municipality),
 * regions (code), region_members (municipality, kind), plans
 * (municipality, year, pathway), region_figures (region, year, key),
 * allocations (municipality, year, target_group), scenarios (name, with
 * their regions and own values as one unit). Where a table has a
 * "counted" flag the counted rows of both sides are compared; alternatives
 * that the other file keeps uncounted are not taken. A key this plan lacks
 * is an addition, equal values are left alone, different ones a conflict.
 *
 * The filter: a list of municipalities restricts the rows bound to a
 * municipality (municipalities, lettings, boundaries, region members,
 * plans, allocations), and regions and region figures to the regions those
 * municipalities belong to in the other file. A list of scenarios
 * restricts the scenarios. The regions a chosen scenario refers to are
 * always taken, with their figures. A name the other file lacks is an
 * error.
 *
 * Choices: OURS changes nothing. THEIRS: in a counted table ours is kept
 * uncounted and theirs added as the counted row; municipalities,
 * boundaries, regions and region_members hold one row per key, so their
 * values replace ours in place, with their provenance; a scenario of ours
 * is kept as "NAME (earlier)" and theirs takes the name. BOTH: in a
 * counted table theirs is added uncounted and ours stays counted; the
 * one-row tables keep ours; their scenario is added as "NAME
 * (ORGANISATION)" (else the file name). A row of theirs that this plan
 * already holds uncounted (an earlier BOTH) is not added twice: THEIRS
 * counts it. Nothing of this plan is deleted, and a region membership
 * whose region this plan keeps with another kind is left out.
 *
 * A scenario keeps only its own values: what the data give is derived
 * from this plan's counted rows after the merge.
 *
 * Provenance: every row taken gets a new copy of its provenance row (kind,
 * source, date and organisation as they were; "handmatig" without an
 * organisation gets the other file's, as it was entered there). The merge
 * itself is one provenance row of kind "merge": the file's name, its
 * organisation, the date. The other file's metadata is not taken.
 *
 * wep_merge_apply() refuses while a conflict is undecided, and runs in one
 * savepoint, rolled back on any error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wep-document-private.h"
#include "wep-merge.h"

#define N_KEYS   3
#define N_VALUES 5

typedef enum
{
  SCOPE_MUNICIPALITY,
  SCOPE_REGION,
} Scope;

typedef struct
{
  const char *table;
  const char *label;                     /* N_(), for wep_merge_describe () */
  const char *keys[N_KEYS + 1];          /* the natural key; the first is the scope's code */
  const char *values[N_VALUES + 1];
  const char *value_labels[N_VALUES];    /* N_() */
  Scope       scope;
  gboolean    counted;
  const char *guard;                     /* when their row t can be taken, or NULL */
} TableSpec;

/* In the order they are applied: what a row refers to comes first. */
static const TableSpec tables[] = {
  { "municipalities", N_("municipalities"), { "code" },
    { "name", "province", "population", "households", "social_rental_stock" },
    { N_("name"), N_("province"), N_("population"), N_("households"), N_("social rental stock") },
    SCOPE_MUNICIPALITY, FALSE, NULL },
  { "municipality_lettings", N_("lettings"), { "municipality", "year" },
    { "lettings" }, { N_("lettings") }, SCOPE_MUNICIPALITY, TRUE, NULL },
  { "boundaries", N_("boundaries"), { "municipality" },
    { "geometry", "source", "year" }, { N_("geometry"), N_("source"), N_("year") },
    SCOPE_MUNICIPALITY, FALSE, NULL },
  { "regions", N_("regions"), { "code" },
    { "name", "kind" }, { N_("name"), N_("kind") }, SCOPE_REGION, FALSE, NULL },
  /* A membership of a region whose kind this plan keeps otherwise is left out. */
  { "region_members", N_("region members"), { "municipality", "kind" },
    { "region" }, { N_("region") }, SCOPE_MUNICIPALITY, FALSE,
    "EXISTS (SELECT 1 FROM main.regions r WHERE r.code = t.region AND r.kind = t.kind)" },
  { "plans", N_("plans"), { "municipality", "year", "pathway" },
    { "units", "status", "source_document", "source_date", "note" },
    { N_("units"), N_("status"), N_("source document"), N_("source date"), N_("note") },
    SCOPE_MUNICIPALITY, TRUE, NULL },
  { "region_figures", N_("region figures"), { "region", "year", "key" },
    { "value" }, { N_("value") }, SCOPE_REGION, TRUE, NULL },
  { "allocations", N_("allocations"), { "municipality", "year", "target_group" },
    { "homes" }, { N_("homes") }, SCOPE_MUNICIPALITY, TRUE, NULL },
};

/* The index that stands for the scenarios, after the row tables. */
#define SCENARIOS G_N_ELEMENTS (tables)

/* A row (or scenario) of theirs to take: an addition, or a conflict that
 * the caller settles. An addition acts as a conflict settled THEIRS. */
typedef struct
{
  WepMergeConflict public;               /* first: what the caller sees */
  guint            table;                /* in tables[], or SCENARIOS */
  gint64           theirs;               /* rowid (scenario id) in theirs */
  gint64           ours;                 /* rowid (scenario id) in main, for a conflict */
  gint64           alternative;          /* an uncounted copy of theirs in main, or 0 */
  gint64           provenance;           /* their provenance id */
} Change;

struct _WepMerge
{
  WepDocument *target;
  char        *source_name;              /* the other file's name, for display */
  char        *organisation;             /* the other file's organisation, or "" */
  GPtrArray   *changes;                  /* of Change */
  GPtrArray   *conflicts;                /* the changes that are conflicts */
  GHashTable  *provenance_map;           /* their id -> our id, while applying */
  gboolean     attached;
};

static inline gboolean
is_conflict (const Change *c)
{
  return c->public.table != NULL;
}

static void
change_free (Change *c)
{
  g_free (c->public.table);
  g_free (c->public.what);
  g_free (c->public.ours);
  g_free (c->public.theirs);
  g_free (c->public.ours_source);
  g_free (c->public.theirs_source);
  g_free (c);
}

/* A value of a row, as the user reads it. */
static char *
format_value (sqlite3_stmt *stmt,
              int           column)
{
  const char *text;
  int n;

  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, column));
    case SQLITE_FLOAT:
      return g_strdup_printf ("%.15g", sqlite3_column_double (stmt, column));
    case SQLITE_BLOB:
      n = sqlite3_column_bytes (stmt, column);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d byte", "%d bytes", n), n);
    default:
      text = (const char *) sqlite3_column_text (stmt, column);
      return g_strdup (text != NULL && *text != '\0' ? text : "—");
    }
}

/* "label: value" on both sides of a difference. */
static void
append_difference (GString    *ours,
                   GString    *theirs,
                   const char *label,
                   char       *our_value,
                   char       *their_value)
{
  g_string_append_printf (ours, "%s%s: %s", ours->len ? "; " : "", label, our_value);
  g_string_append_printf (theirs, "%s%s: %s", theirs->len ? "; " : "", label, their_value);
  g_free (our_value);
  g_free (their_value);
}

/* "kind: source (organisation), date" of a provenance row. */
static char *
describe_source (sqlite3    *db,
                 const char *schema,
                 gint64      id,
                 const char *fill_organisation)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT kind, source, organisation, date FROM %s.provenance WHERE id = ?",
                     schema);
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, sql, NULL);
  const char *kind, *organisation;

  if (stmt == NULL)
    return g_strdup ("?");
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return g_strdup ("?");
  kind = (const char *) sqlite3_column_text (stmt, 0);
  organisation = (const char *) sqlite3_column_text (stmt, 2);
  if (*organisation == '\0' && fill_organisation != NULL && g_strcmp0 (kind, "handmatig") == 0)
    organisation = fill_organisation;
  return g_strdup_printf ("%s: %s%s%s%s, %s", kind, (const char *) sqlite3_column_text (stmt, 1),
                          *organisation ? " (" : "", organisation, *organisation ? ")" : "",
                          (const char *) sqlite3_column_text (stmt, 3));
}

/* "o.a = t.a AND o.b = t.b" over the key (or, with op "IS", the values). */
static void
append_match (GString            *sql,
              const char *const  *columns,
              const char         *op)
{
  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (sql, "%so.%s %s t.%s", i > 0 ? " AND " : "", columns[i], op,
                            columns[i]);
}

static void
append_columns (GString            *sql,
                const char *const  *columns,
                const char         *prefix)
{
  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (sql, ", %s%s", prefix, columns[i]);
}

/* ---- preparing ---------------------------------------------------------- */

/* Adds the rows that list names (all of them when it is empty) to one of
 * the lists of chosen rows; *missing is the first name the other file
 * lacks, or NULL. */
static gboolean
choose_listed (sqlite3            *db,
               const char *const  *list,
               const char         *all_sql,
               const char         *one_sql,
               const char        **missing,
               GError            **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  *missing = NULL;
  if (list == NULL || list[0] == NULL)
    return _wep_sqlite_exec (db, all_sql, error);
  if ((stmt = _wep_sqlite_prepare (db, one_sql, error)) == NULL)
    return FALSE;
  for (guint i = 0; list[i] != NULL && *missing == NULL; i++)
    {
      int rc;

      sqlite3_bind_text (stmt, 1, list[i], -1, SQLITE_STATIC);
      /* A constraint: the name was given twice. */
      if ((rc = sqlite3_step (stmt)) != SQLITE_DONE && rc != SQLITE_CONSTRAINT)
        return _wep_sqlite_fail (db, list[i], error);
      if (rc == SQLITE_DONE && sqlite3_changes (db) == 0)
        *missing = list[i];
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* Fills theirs.merge_municipalities, merge_scenarios and merge_regions with
 * what the filter lets through. */
static gboolean
choose_rows (WepMerge              *merge,
             const WepMergeFilter  *filter,
             GError               **error)
{
  sqlite3 *db = _wep_document_get_db (merge->target);
  const char *const *municipalities = filter != NULL ? filter->municipalities : NULL;
  const char *const *scenarios = filter != NULL ? filter->scenarios : NULL;
  gboolean all_municipalities = municipalities == NULL || municipalities[0] == NULL;
  const char *missing;

  if (!_wep_sqlite_exec (db,
                         "CREATE TABLE theirs.merge_municipalities (code TEXT PRIMARY KEY);"
                         "CREATE TABLE theirs.merge_regions (code TEXT PRIMARY KEY);"
                         "CREATE TABLE theirs.merge_scenarios (id INTEGER PRIMARY KEY);",
                         error)
      || !choose_listed (db, municipalities,
                         "INSERT INTO theirs.merge_municipalities "
                         "SELECT code FROM theirs.municipalities",
                         "INSERT INTO theirs.merge_municipalities "
                         "SELECT code FROM theirs.municipalities WHERE code = ?",
                         &missing, error))
    return FALSE;
  if (missing != NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("%s has no municipality %s; nothing was merged."), merge->source_name,
                   missing);
      return FALSE;
    }
  if (!choose_listed (db, scenarios,
                      "INSERT INTO theirs.merge_scenarios SELECT id FROM theirs.scenarios",
                      "INSERT INTO theirs.merge_scenarios "
                      "SELECT id FROM theirs.scenarios WHERE name = ?",
                      &missing, error))
    return FALSE;
  if (missing != NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("%s has no scenario “%s”; nothing was merged."), merge->source_name,
                   missing);
      return FALSE;
    }

  /* Every region, or those of the chosen municipalities; and always those
   * that a chosen scenario refers to. */
  return _wep_sqlite_exec (db,
                           all_municipalities
                             ? "INSERT INTO theirs.merge_regions SELECT code FROM theirs.regions"
                             : "INSERT OR IGNORE INTO theirs.merge_regions "
                               "SELECT region FROM theirs.region_members WHERE municipality IN "
                               "(SELECT code FROM theirs.merge_municipalities)",
                           error)
         && _wep_sqlite_exec (db,
                              "INSERT OR IGNORE INTO theirs.merge_regions "
                              "SELECT region FROM theirs.scenario_regions WHERE scenario IN "
                              "  (SELECT id FROM theirs.merge_scenarios) "
                              "UNION SELECT region FROM theirs.scenario_inputs WHERE scenario IN "
                              "  (SELECT id FROM theirs.merge_scenarios)",
                              error);
}

/* A change from a row of stmt: their id, our id (NULL: an addition), their
 * provenance id, our provenance id. */
static Change *
add_change (WepMerge     *merge,
            guint         table,
            sqlite3_stmt *stmt)
{
  Change *c = g_new0 (Change, 1);

  c->table = table;
  c->theirs = sqlite3_column_int64 (stmt, 0);
  c->ours = sqlite3_column_int64 (stmt, 1);
  c->provenance = sqlite3_column_int64 (stmt, 2);
  c->public.choice = WEP_MERGE_THEIRS;
  g_ptr_array_add (merge->changes, c);
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    {
      sqlite3 *db = _wep_document_get_db (merge->target);

      c->public.table = g_strdup (table == SCENARIOS ? "scenarios" : tables[table].table);
      c->public.ours_source = describe_source (db, "main", sqlite3_column_int64 (stmt, 3), NULL);
      c->public.theirs_source = describe_source (db, "theirs", c->provenance, merge->organisation);
      c->public.choice = WEP_MERGE_UNDECIDED;
      g_ptr_array_add (merge->conflicts, c);
    }
  return c;
}

/* An uncounted row of ours that holds exactly their row, or 0. */
static gint64
find_alternative (sqlite3         *db,
                  const TableSpec *spec,
                  gint64           theirs)
{
  g_autoptr (GString) sql = g_string_new ("SELECT o.rowid FROM theirs.");
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_string_append_printf (sql, "%s AS t JOIN main.%s AS o ON ", spec->table, spec->table);
  append_match (sql, spec->keys, "=");
  g_string_append (sql, " AND ");
  append_match (sql, spec->values, "IS");
  g_string_append (sql, " AND o.counted = 0 WHERE t.rowid = ? LIMIT 1");
  if ((stmt = _wep_sqlite_prepare (db, sql->str, NULL)) == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, theirs);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* Columns: their rowid, our rowid, both provenance ids, the name of the
 * municipality or region, the key, and (theirs, ours, equal) per value. */
static gboolean
compare_table (WepMerge  *merge,
               guint      table,
               GError   **error)
{
  const TableSpec *spec = &tables[table];
  sqlite3 *db = _wep_document_get_db (merge->target);
  g_autoptr (GString) sql = g_string_new (NULL);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  guint n_keys = 0;
  int rc;

  while (spec->keys[n_keys] != NULL)
    n_keys++;
  g_string_printf (sql, "SELECT t.rowid, o.rowid, t.provenance_id, o.provenance_id, "
                        "(SELECT name FROM theirs.%s WHERE code = t.%s)",
                   spec->scope == SCOPE_MUNICIPALITY ? "municipalities" : "regions",
                   spec->keys[0]);
  append_columns (sql, spec->keys, "t.");
  for (guint i = 0; spec->values[i] != NULL; i++)
    g_string_append_printf (sql, ", t.%s, o.%s, t.%s IS o.%s", spec->values[i], spec->values[i],
                            spec->values[i], spec->values[i]);
  g_string_append_printf (sql, " FROM theirs.%s AS t LEFT JOIN main.%s AS o ON ", spec->table,
                          spec->table);
  append_match (sql, spec->keys, "=");
  g_string_append_printf (sql, "%s WHERE t.%s IN (SELECT code FROM theirs.%s)%s ORDER BY t.rowid",
                          spec->counted ? " AND o.counted = 1" : "", spec->keys[0],
                          spec->scope == SCOPE_MUNICIPALITY ? "merge_municipalities"
                                                            : "merge_regions",
                          spec->counted ? " AND t.counted = 1" : "");
  if ((stmt = _wep_sqlite_prepare (db, sql->str, error)) == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int first = 5 + n_keys;
      GString *ours, *theirs, *what;
      Change *c;

      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        {
          add_change (merge, table, stmt);
          continue;
        }
      ours = g_string_new (NULL);
      theirs = g_string_new (NULL);
      for (guint i = 0; spec->values[i] != NULL; i++)
        if (!sqlite3_column_int (stmt, first + 3 * i + 2))
          append_difference (ours, theirs, _(spec->value_labels[i]),
                             format_value (stmt, first + 3 * i + 1),
                             format_value (stmt, first + 3 * i));
      if (ours->len == 0)
        {
          g_string_free (ours, TRUE);
          g_string_free (theirs, TRUE);
          continue;
        }

      /* "GM0344 Utrecht, 2027, hf" */
      what = g_string_new (NULL);
      for (guint i = 0; i < n_keys; i++)
        {
          g_autofree char *key = format_value (stmt, 5 + i);

          g_string_append_printf (what, "%s%s", i > 0 ? ", " : "", key);
          if (i == 0 && sqlite3_column_type (stmt, 4) == SQLITE_TEXT)
            g_string_append_printf (what, " %s", (const char *) sqlite3_column_text (stmt, 4));
        }
      c = add_change (merge, table, stmt);
      c->alternative = spec->counted ? find_alternative (db, spec, c->theirs) : 0;
      c->public.what = g_string_free (what, FALSE);
      c->public.ours = g_string_free (ours, FALSE);
      c->public.theirs = g_string_free (theirs, FALSE);
    }
  if (rc != SQLITE_DONE)
    return _wep_sqlite_fail (db, merge->source_name, error);
  return TRUE;
}

/* One own value of a scenario ("0.4", "0.4 (0.3–0.4–0.5)"), or "from the
 * data" where the scenario has none; key holds region, key and year. */
static char *
describe_own_value (sqlite3      *db,
                    const char   *schema,
                    gint64        scenario,
                    sqlite3_stmt *key)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT value, low, mode, high FROM %s.scenario_inputs "
                     "WHERE scenario = ? AND region = ? AND key = ? AND year = ?", schema);
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, sql, NULL);
  g_autofree char *value = NULL;
  g_autofree char *low = NULL, *mode = NULL, *high = NULL;

  if (stmt == NULL)
    return g_strdup ("?");
  sqlite3_bind_int64 (stmt, 1, scenario);
  for (int i = 0; i < 3; i++)
    sqlite3_bind_value (stmt, 2 + i, sqlite3_column_value (key, i));
  /* Translators: a scenario sets no value of its own here; the plan's
   * data give it. */
  value = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL
            ? format_value (stmt, 0)
            : g_strdup (_("from the data"));
  if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
    return g_steal_pointer (&value);
  low = format_value (stmt, 1);
  mode = format_value (stmt, 2);
  high = format_value (stmt, 3);
  return g_strdup_printf ("%s (%s–%s–%s)", value, low, mode, high);
}

/* What differs between their scenario and ours of the same name: the
 * settings, the regions and the first own value that differs. */
static void
compare_scenario (sqlite3  *db,
                  gint64    theirs,
                  gint64    ours,
                  GString  *ours_text,
                  GString  *theirs_text)
{
  static const char *const labels[] = {
    N_("description"), N_("base year"), N_("years"), N_("seed"), N_("regions"),
  };
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db,
    "SELECT t.description, o.description, t.description IS o.description, "
    "  t.base_year, o.base_year, t.base_year IS o.base_year, "
    "  t.horizon_years, o.horizon_years, t.horizon_years IS o.horizon_years, "
    "  t.seed, o.seed, t.seed IS o.seed, tr.list, r.list, tr.list IS r.list "
    "FROM theirs.scenarios AS t, main.scenarios AS o, "
    "  (SELECT group_concat(region, ', ') AS list FROM (SELECT region FROM "
    "   theirs.scenario_regions WHERE scenario = ?1 ORDER BY position)) AS tr, "
    "  (SELECT group_concat(region, ', ') AS list FROM (SELECT region FROM "
    "   main.scenario_regions WHERE scenario = ?2 ORDER BY position)) AS r "
    "WHERE t.id = ?1 AND o.id = ?2", NULL);
  g_autoptr (sqlite3_stmt) inputs = _wep_sqlite_prepare (db,
    "SELECT region, key, year FROM (SELECT region, key, year, value, low, mode, high "
    "  FROM theirs.scenario_inputs WHERE scenario = ?1 EXCEPT SELECT region, key, year, value, "
    "  low, mode, high FROM main.scenario_inputs WHERE scenario = ?2) "
    "UNION SELECT region, key, year FROM (SELECT region, key, year, value, low, mode, high "
    "  FROM main.scenario_inputs WHERE scenario = ?2 EXCEPT SELECT region, key, year, value, "
    "  low, mode, high FROM theirs.scenario_inputs WHERE scenario = ?1) "
    "ORDER BY 1, 2, 3 LIMIT 1", NULL);

  if (stmt == NULL || inputs == NULL)
    {
      g_string_append (theirs_text, "?");
      return;
    }
  sqlite3_bind_int64 (stmt, 1, theirs);
  sqlite3_bind_int64 (stmt, 2, ours);
  sqlite3_bind_int64 (inputs, 1, theirs);
  sqlite3_bind_int64 (inputs, 2, ours);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      if (!sqlite3_column_int (stmt, 3 * i + 2))
        append_difference (ours_text, theirs_text, _(labels[i]),
                           format_value (stmt, 3 * i + 1), format_value (stmt, 3 * i));
  if (sqlite3_step (inputs) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (inputs, 1);
      const char *region = (const char *) sqlite3_column_text (inputs, 0);
      int year = sqlite3_column_int (inputs, 2);
      g_autofree char *what = year != 0 ? g_strdup_printf ("%s %d (%s)", key, year, region)
                                        : g_strdup_printf ("%s (%s)", key, region);

      append_difference (ours_text, theirs_text, what,
                         describe_own_value (db, "main", ours, inputs),
                         describe_own_value (db, "theirs", theirs, inputs));
    }
}

static gboolean
compare_scenarios (WepMerge  *merge,
                   GError   **error)
{
  sqlite3 *db = _wep_document_get_db (merge->target);
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db,
    "SELECT t.id, o.id, t.provenance_id, o.provenance_id, t.name "
    "FROM theirs.scenarios AS t LEFT JOIN main.scenarios AS o ON o.name = t.name "
    "WHERE t.id IN (SELECT id FROM theirs.merge_scenarios) ORDER BY t.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GString *ours = g_string_new (NULL);
      GString *theirs = g_string_new (NULL);
      Change *c;

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        compare_scenario (db, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                          ours, theirs);
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL && theirs->len == 0)
        {
          g_string_free (ours, TRUE);
          g_string_free (theirs, TRUE);
          continue;
        }
      c = add_change (merge, SCENARIOS, stmt);
      c->public.what = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      c->public.ours = g_string_free (ours, !is_conflict (c));
      c->public.theirs = g_string_free (theirs, !is_conflict (c));
    }
  if (rc != SQLITE_DONE)
    return _wep_sqlite_fail (db, merge->source_name, error);
  return TRUE;
}

static gboolean
check_no_merge_under_way (WepDocument  *target,
                          GError      **error)
{
  if (_wep_sqlite_count (_wep_document_get_db (target),
                         "SELECT count(*) FROM pragma_database_list WHERE name = 'theirs'") != 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("Another merge into this plan is under way; finish or cancel it first."));
      return FALSE;
    }
  return TRUE;
}

WepMerge *
wep_merge_prepare (WepDocument           *target,
                   const char            *source_path,
                   const WepMergeFilter  *filter,
                   GError               **error)
{
  g_autoptr (WepDocument) source = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (target), NULL);
  g_return_val_if_fail (source_path != NULL, NULL);

  if (!check_no_merge_under_way (target, error))
    return NULL;
  if ((source = wep_document_open (source_path, WEP_OPEN_READ_ONLY, error)) == NULL)
    return NULL;
  return wep_merge_prepare_document (target, source, filter, error);
}

WepMerge *
wep_merge_prepare_document (WepDocument           *target,
                            WepDocument           *source,
                            const WepMergeFilter  *filter,
                            GError               **error)
{
  g_autoptr (WepMerge) merge = NULL;
  const char *source_path;

  g_return_val_if_fail (WEP_IS_DOCUMENT (target), NULL);
  g_return_val_if_fail (WEP_IS_DOCUMENT (source), NULL);
  g_return_val_if_fail (target != source, NULL);

  if (!check_no_merge_under_way (target, error))
    return NULL;

  source_path = wep_document_get_path (source);
  merge = g_new0 (WepMerge, 1);
  merge->target = g_object_ref (target);
  merge->source_name = source_path != NULL ? g_filename_display_basename (source_path)
                                           : g_strdup (_("the other plan"));
  merge->organisation = wep_document_get_meta (source, "organisation");
  if (merge->organisation == NULL)
    merge->organisation = g_strdup ("");
  merge->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  merge->conflicts = g_ptr_array_new ();

  if (!_wep_document_attach_copy (target, source, "theirs", error))
    return NULL;
  merge->attached = TRUE;

  if (!choose_rows (merge, filter, error))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!compare_table (merge, i, error))
      return NULL;
  if (!compare_scenarios (merge, error))
    return NULL;
  return g_steal_pointer (&merge);
}

const char *
wep_merge_table_label (const char *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  if (g_str_equal (table, "scenarios"))
    return _("scenarios");
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (table, tables[i].table))
      return _(tables[i].label);
  return table;
}

GPtrArray *
wep_merge_get_conflicts (WepMerge *merge)
{
  g_return_val_if_fail (merge != NULL, NULL);
  return merge->conflicts;
}

void
wep_merge_choose_all (WepMerge       *merge,
                      WepMergeChoice  choice)
{
  g_return_if_fail (merge != NULL);

  for (guint i = 0; i < merge->conflicts->len; i++)
    {
      WepMergeConflict *c = g_ptr_array_index (merge->conflicts, i);

      if (c->choice == WEP_MERGE_UNDECIDED)
        c->choice = choice;
    }
}

guint
wep_merge_get_n_additions (WepMerge *merge)
{
  g_return_val_if_fail (merge != NULL, 0);
  return merge->changes->len - merge->conflicts->len;
}

/* "plans: 12, scenarios: 1" of the changes that are (or are not) conflicts;
 * *undecided counts the conflicts still undecided. */
static char *
count_changes (WepMerge *merge,
               gboolean  conflicts,
               guint    *undecided)
{
  guint n[SCENARIOS + 1] = { 0 };
  GString *list = g_string_new (NULL);

  *undecided = 0;
  for (guint i = 0; i < merge->changes->len; i++)
    {
      Change *c = g_ptr_array_index (merge->changes, i);

      if (is_conflict (c) == conflicts)
        n[c->table]++;
      if (c->public.choice == WEP_MERGE_UNDECIDED)
        (*undecided)++;
    }
  for (guint i = 0; i <= SCENARIOS; i++)
    if (n[i] > 0)
      g_string_append_printf (list, "%s%s: %u", list->len ? ", " : "",
                              _(i == SCENARIOS ? N_("scenarios") : tables[i].label), n[i]);
  return g_string_free (list, FALSE);
}

char *
wep_merge_describe (WepMerge *merge)
{
  g_autofree char *added = NULL;
  g_autofree char *conflicts = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint undecided;

  g_return_val_if_fail (merge != NULL, NULL);

  added = count_changes (merge, FALSE, &undecided);
  conflicts = count_changes (merge, TRUE, &undecided);
  first = *added ? g_strdup_printf (_("To add: %s."), added) : g_strdup (_("Nothing to add."));
  if (*conflicts == '\0')
    return g_strconcat (first, " ", _("No conflicts."), NULL);
  second = g_strdup_printf (_("Conflicts: %s; %u undecided."), conflicts, undecided);
  return g_strconcat (first, " ", second, NULL);
}

/* ---- applying ----------------------------------------------------------- */

/* Our copy of one of their provenance rows, made once per merge. */
static gint64
copy_provenance (WepMerge  *merge,
                 gint64     theirs,
                 GError   **error)
{
  sqlite3 *db = _wep_document_get_db (merge->target);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gint64 *ours = g_hash_table_lookup (merge->provenance_map, &theirs);
  gint64 id;

  if (ours != NULL)
    return *ours;
  stmt = _wep_sqlite_prepare (db,
    "INSERT INTO main.provenance (kind, source, date, organisation) "
    "SELECT kind, source, date, CASE WHEN kind = 'handmatig' AND organisation = '' THEN ?2 "
    "  ELSE organisation END FROM theirs.provenance WHERE id = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, theirs);
  sqlite3_bind_text (stmt, 2, merge->organisation, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE || sqlite3_changes (db) != 1)
    {
      _wep_sqlite_fail (db, _("Could not record where the data come from"), error);
      return -1;
    }
  id = sqlite3_last_insert_rowid (db);
  g_hash_table_insert (merge->provenance_map, g_memdup2 (&theirs, sizeof theirs),
                       g_memdup2 (&id, sizeof id));
  return id;
}

/* Binds ?1 … ?3 (an index the statement does not use is left unused), runs
 * it to the end and resets it. */
static gboolean
run_ids (sqlite3_stmt  *stmt,
         gint64         a,
         gint64         b,
         gint64         c,
         const char    *what,
         GError       **error)
{
  int rc;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  sqlite3_bind_int64 (stmt, 3, c);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _wep_sqlite_fail (sqlite3_db_handle (stmt), what, error);
  return TRUE;
}

/* Our row must still be the one the conflict was found with. */
static gboolean
check_unchanged (WepMerge      *merge,
                 sqlite3_stmt  *stmt,
                 Change        *c,
                 GError       **error)
{
  gboolean same;

  sqlite3_bind_int64 (stmt, 1, c->ours);
  sqlite3_bind_int64 (stmt, 2, c->theirs);
  same = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == 1;
  sqlite3_reset (stmt);
  if (!same)
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                 _("%s, %s: the plan has changed since the merge with %s was prepared; "
                   "prepare it again."), c->public.table, c->public.what, merge->source_name);
  return same;
}

static sqlite3_stmt *
prepare_string (sqlite3  *db,
                GString  *sql,
                GError  **error)
{
  sqlite3_stmt *stmt = _wep_sqlite_prepare (db, sql->str, error);

  g_string_truncate (sql, 0);
  return stmt;
}

static gboolean
apply_table (WepMerge  *merge,
             guint      table,
             GError   **error)
{
  const TableSpec *spec = &tables[table];
  sqlite3 *db = _wep_document_get_db (merge->target);
  g_autoptr (GString) sql = g_string_new (NULL);
  g_autoptr (sqlite3_stmt) insert = NULL;
  g_autoptr (sqlite3_stmt) set_counted = NULL;
  g_autoptr (sqlite3_stmt) replace = NULL;
  g_autoptr (sqlite3_stmt) check = NULL;
  const char *guard = spec->guard != NULL ? spec->guard : "1";

  /* ?1 provenance, ?2 counted (where the table has the flag), ?3 their row */
  g_string_append_printf (sql, "INSERT INTO main.%s (provenance_id%s", spec->table,
                          spec->counted ? ", counted" : "");
  append_columns (sql, spec->keys, "");
  append_columns (sql, spec->values, "");
  g_string_append_printf (sql, ") SELECT ?1%s", spec->counted ? ", ?2" : "");
  append_columns (sql, spec->keys, "t.");
  append_columns (sql, spec->values, "t.");
  g_string_append_printf (sql, " FROM theirs.%s AS t WHERE t.rowid = ?3 AND %s", spec->table,
                          guard);
  if ((insert = prepare_string (db, sql, error)) == NULL)
    return FALSE;

  /* ?1 provenance, ?2 their row, ?3 our row */
  g_string_append_printf (sql, "UPDATE main.%s SET (provenance_id", spec->table);
  append_columns (sql, spec->values, "");
  g_string_append (sql, ") = (SELECT ?1");
  append_columns (sql, spec->values, "t.");
  g_string_append_printf (sql, " FROM theirs.%s AS t WHERE t.rowid = ?2) WHERE rowid = ?3 AND "
                          "EXISTS (SELECT 1 FROM theirs.%s AS t WHERE t.rowid = ?2 AND %s)",
                          spec->table, spec->table, guard);
  if ((replace = prepare_string (db, sql, error)) == NULL)
    return FALSE;

  /* ?1 our row, ?2 their row */
  g_string_append_printf (sql, "SELECT count(*) FROM main.%s AS o JOIN theirs.%s AS t ON ",
                          spec->table, spec->table);
  append_match (sql, spec->keys, "=");
  g_string_append_printf (sql, " WHERE o.rowid = ?1 AND t.rowid = ?2%s",
                          spec->counted ? " AND o.counted = 1" : "");
  if ((check = prepare_string (db, sql, error)) == NULL)
    return FALSE;

  /* ?1 counted, ?2 our row */
  if (spec->counted)
    {
      g_string_append_printf (sql, "UPDATE main.%s SET counted = ?1 WHERE rowid = ?2",
                              spec->table);
      if ((set_counted = prepare_string (db, sql, error)) == NULL)
        return FALSE;
    }

  for (guint i = 0; i < merge->changes->len; i++)
    {
      Change *c = g_ptr_array_index (merge->changes, i);
      gboolean theirs = c->public.choice == WEP_MERGE_THEIRS;
      gint64 provenance = 0;

      /* OURS, and BOTH where a key has one row: ours stays as it is. */
      if (c->table != table || c->public.choice == WEP_MERGE_OURS || (!spec->counted && !theirs))
        continue;
      if (is_conflict (c) && !check_unchanged (merge, check, c, error))
        return FALSE;
      if (c->alternative == 0 && (provenance = copy_provenance (merge, c->provenance, error)) < 0)
        return FALSE;

      if (!spec->counted)
        {
          if (!(is_conflict (c)
                  ? run_ids (replace, provenance, c->theirs, c->ours, c->public.what, error)
                  : run_ids (insert, provenance, 0, c->theirs, spec->table, error)))
            return FALSE;
          continue;
        }
      if (theirs && is_conflict (c) && !run_ids (set_counted, 0, c->ours, 0, c->public.what, error))
        return FALSE;
      if (c->alternative != 0)
        {
          /* Their row is here already, uncounted: THEIRS counts it. */
          if (theirs && !run_ids (set_counted, 1, c->alternative, 0, c->public.what, error))
            return FALSE;
          continue;
        }
      if (!run_ids (insert, provenance, theirs, c->theirs, spec->table, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
name_taken (sqlite3    *db,
            const char *name)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT 1 FROM main.scenarios WHERE name = ?", NULL);

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* "name (suffix)", "name (suffix 2)" …: the first that is free, within the
 * longest name a scenario may have. */
static char *
make_scenario_name (sqlite3    *db,
                    const char *name,
                    const char *suffix)
{
  g_autofree char *short_suffix =
    g_utf8_substring (suffix, 0, MIN (g_utf8_strlen (suffix, -1), 60));

  for (int n = 1;; n++)
    {
      g_autofree char *tail = n == 1 ? g_strdup_printf (" (%s)", short_suffix)
                                     : g_strdup_printf (" (%s %d)", short_suffix, n);
      glong room = WEP_MAX_NAME_LENGTH - g_utf8_strlen (tail, -1);
      g_autofree char *head = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), room));
      g_autofree char *candidate = g_strconcat (head, tail, NULL);

      if (!name_taken (db, candidate))
        return g_steal_pointer (&candidate);
    }
}

/* Their scenario with its regions and own values, under name. */
static gboolean
insert_scenario (WepMerge    *merge,
                 Change      *c,
                 const char  *name,
                 GError     **error)
{
  sqlite3 *db = _wep_document_get_db (merge->target);
  g_autoptr (sqlite3_stmt) scenario = NULL;
  g_autoptr (sqlite3_stmt) regions = NULL;
  g_autoptr (sqlite3_stmt) inputs = NULL;
  gint64 provenance = copy_provenance (merge, c->provenance, error);
  gint64 id;

  if (provenance < 0)
    return FALSE;
  scenario = _wep_sqlite_prepare (db,
    "INSERT INTO main.scenarios (name, description, base_year, horizon_years, seed, created, "
    "  modified, provenance_id) SELECT ?4, description, base_year, horizon_years, seed, "
    "  created, modified, ?2 FROM theirs.scenarios WHERE id = ?3", error);
  regions = _wep_sqlite_prepare (db,
    "INSERT INTO main.scenario_regions (scenario, region, position) "
    "SELECT ?1, region, position FROM theirs.scenario_regions WHERE scenario = ?2", error);
  inputs = _wep_sqlite_prepare (db,
    "INSERT INTO main.scenario_inputs (scenario, region, key, year, value, low, mode, high) "
    "SELECT ?1, region, key, year, value, low, mode, high FROM theirs.scenario_inputs "
    "WHERE scenario = ?2", error);
  if (scenario == NULL || regions == NULL || inputs == NULL)
    return FALSE;
  sqlite3_bind_text (scenario, 4, name, -1, SQLITE_STATIC);
  if (!run_ids (scenario, 0, provenance, c->theirs, name, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (db);
  return run_ids (regions, id, c->theirs, 0, name, error)
         && run_ids (inputs, id, c->theirs, 0, name, error);
}

static gboolean
apply_scenarios (WepMerge  *merge,
                 GError   **error)
{
  sqlite3 *db = _wep_document_get_db (merge->target);
  const char *suffix = *merge->organisation != '\0' ? merge->organisation : merge->source_name;
  g_autoptr (sqlite3_stmt) check = _wep_sqlite_prepare (db,
    "SELECT count(*) FROM main.scenarios AS o JOIN theirs.scenarios AS t ON o.name = t.name "
    "WHERE o.id = ?1 AND t.id = ?2", error);
  g_autoptr (sqlite3_stmt) rename_ours = _wep_sqlite_prepare (db,
    "UPDATE main.scenarios SET name = ?4, modified = ?5 WHERE id = ?3", error);
  g_autofree char *now = _wep_now_iso8601 ();

  if (check == NULL || rename_ours == NULL)
    return FALSE;
  for (guint i = 0; i < merge->changes->len; i++)
    {
      Change *c = g_ptr_array_index (merge->changes, i);
      const char *name = c->public.what;
      g_autofree char *new_name = NULL;

      if (c->table != SCENARIOS || c->public.choice == WEP_MERGE_OURS)
        continue;
      if (is_conflict (c) && !check_unchanged (merge, check, c, error))
        return FALSE;
      if (is_conflict (c) && c->public.choice == WEP_MERGE_THEIRS)
        {
          /* Ours is kept under another name; theirs takes the name. */
          /* Translators: the scenario "Basis" that another one of the same
           * name took over is kept as "Basis (earlier)". */
          g_autofree char *earlier = make_scenario_name (db, name, _("earlier"));

          sqlite3_bind_text (rename_ours, 4, earlier, -1, SQLITE_STATIC);
          sqlite3_bind_text (rename_ours, 5, now, -1, SQLITE_STATIC);
          if (!run_ids (rename_ours, 0, 0, c->ours, name, error))
            return FALSE;
        }
      /* BOTH, or a name an earlier step of this merge took: a name of its own. */
      if (c->public.choice == WEP_MERGE_BOTH || name_taken (db, name))
        name = new_name = make_scenario_name (db, name, suffix);
      if (!insert_scenario (merge, c, name, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
apply_all (WepMerge  *merge,
           GError   **error)
{
  sqlite3 *db = _wep_document_get_db (merge->target);
  g_autoptr (sqlite3_stmt) record = _wep_sqlite_prepare (db,
    "INSERT INTO main.provenance (kind, source, date, organisation) VALUES ('merge', ?, ?, ?)",
    error);
  g_autofree char *now = _wep_now_iso8601 ();

  if (record == NULL)
    return FALSE;
  sqlite3_bind_text (record, 1, merge->source_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (record, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (record, 3, merge->organisation, -1, SQLITE_STATIC);
  if (sqlite3_step (record) != SQLITE_DONE)
    return _wep_sqlite_fail (db, _("Could not record where the data come from"), error);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!apply_table (merge, i, error))
      return FALSE;
  return apply_scenarios (merge, error);
}

gboolean
wep_merge_apply (WepMerge  *merge,
                 GError   **error)
{
  sqlite3 *db;
  guint undecided = 0;
  gboolean changes = FALSE, ok;

  g_return_val_if_fail (merge != NULL, FALSE);

  for (guint i = 0; i < merge->changes->len; i++)
    {
      WepMergeChoice choice = ((Change *) g_ptr_array_index (merge->changes, i))->public.choice;

      undecided += choice == WEP_MERGE_UNDECIDED;
      changes |= choice == WEP_MERGE_THEIRS || choice == WEP_MERGE_BOTH;
    }
  if (undecided > 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CONFLICT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u conflict with %s is not decided; choose ours, theirs or "
                                "both for it. Nothing was merged.",
                                "%u conflicts with %s are not decided; choose ours, theirs or "
                                "both for each. Nothing was merged.", undecided),
                   undecided, merge->source_name);
      return FALSE;
    }
  if (!merge->attached)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("The merge with %s has already been carried out."), merge->source_name);
      return FALSE;
    }

  if (changes)
    {
      db = _wep_document_get_db (merge->target);
      if (!_wep_sqlite_exec (db, "SAVEPOINT wep_merge", error))
        return FALSE;
      merge->provenance_map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      ok = apply_all (merge, error) && _wep_sqlite_exec (db, "RELEASE wep_merge", error);
      g_clear_pointer (&merge->provenance_map, g_hash_table_unref);
      if (!ok)
        {
          sqlite3_exec (db, "ROLLBACK TO wep_merge; RELEASE wep_merge", NULL, NULL, NULL);
          return FALSE;
        }
      _wep_document_set_modified (merge->target);
    }
  _wep_document_detach (merge->target, "theirs");
  merge->attached = FALSE;
  return TRUE;
}

void
wep_merge_free (WepMerge *merge)
{
  if (merge == NULL)
    return;
  if (merge->attached)
    _wep_document_detach (merge->target, "theirs");
  g_clear_object (&merge->target);
  g_free (merge->source_name);
  g_free (merge->organisation);
  g_clear_pointer (&merge->changes, g_ptr_array_unref);
  g_clear_pointer (&merge->conflicts, g_ptr_array_unref);
  g_clear_pointer (&merge->provenance_map, g_hash_table_unref);
  g_free (merge);
}
