/* wep-plan-rows.c: the municipalities' plans of a document, row by row
 *
 * A row's id is SQLite's rowid of the plans table. It survives edits of
 * every column (the primary key includes year and pathway, the rowid does
 * not), undo and redo (the whole database comes back byte for byte) and
 * saving (a copy of the pages, never a VACUUM).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-plan-rows.h"

#define ROW_SELECT \
  "SELECT p.rowid, p.municipality, coalesce (m.name, p.municipality), p.year, p.pathway, " \
  "p.units, p.status, p.source_document, p.source_date, p.note, p.provenance_id, " \
  "pr.kind, pr.source, pr.organisation, p.counted " \
  "FROM plans p LEFT JOIN municipalities m ON m.code = p.municipality " \
  "LEFT JOIN provenance pr ON pr.id = p.provenance_id "

static const char * const pathways[] = { "hf", "ind", "grp" };
static const char * const statuses[] = { "gepland", "in_aanbouw", "gerealiseerd" };

void
wep_plan_row_free (WepPlanRow *row)
{
  if (row == NULL)
    return;
  g_free (row->municipality);
  g_free (row->municipality_name);
  g_free (row->pathway);
  g_free (row->status);
  g_free (row->source_document);
  g_free (row->source_date);
  g_free (row->note);
  g_free (row->provenance);
  g_free (row);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? (const char *) text : "");
}

static WepPlanRow *
row_from_stmt (sqlite3_stmt *stmt)
{
  WepPlanRow *row = g_new0 (WepPlanRow, 1);
  g_autofree char *kind = column_dup (stmt, 11);
  g_autofree char *source = column_dup (stmt, 12);
  g_autofree char *organisation = column_dup (stmt, 13);

  row->id = sqlite3_column_int64 (stmt, 0);
  row->municipality = column_dup (stmt, 1);
  row->municipality_name = column_dup (stmt, 2);
  row->year = sqlite3_column_int (stmt, 3);
  row->pathway = column_dup (stmt, 4);
  row->units = sqlite3_column_double (stmt, 5);
  row->status = column_dup (stmt, 6);
  row->source_document = column_dup (stmt, 7);
  row->source_date = column_dup (stmt, 8);
  row->note = column_dup (stmt, 9);
  row->provenance_id = sqlite3_column_int64 (stmt, 10);
  if (*organisation != '\0')
    row->provenance = g_strdup_printf ("%s: %s (%s)", kind, source, organisation);
  else
    row->provenance = g_strdup_printf ("%s: %s", kind, source);
  row->counted = sqlite3_column_int (stmt, 14) != 0;
  return row;
}

GPtrArray *
wep_document_list_plans (WepDocument *self)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_plan_row_free);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *db;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  db = _wep_document_get_db (self);
  stmt = _wep_sqlite_prepare (db,
                              ROW_SELECT
                              "ORDER BY 3, p.year, CASE p.pathway WHEN 'hf' THEN 0 "
                              "WHEN 'ind' THEN 1 ELSE 2 END, p.counted DESC, p.provenance_id",
                              &error);
  if (stmt == NULL)
    {
      g_critical ("%s", error->message);
      return g_steal_pointer (&rows);
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, row_from_stmt (stmt));
  return g_steal_pointer (&rows);
}

WepPlanRow *
wep_document_get_plan (WepDocument  *self,
                       gint64        id,
                       GError      **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  sqlite3 *db;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  db = _wep_document_get_db (self);
  stmt = _wep_sqlite_prepare (db, ROW_SELECT "WHERE p.rowid = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("There is no plan row %s; it may have been removed."), id_text);
      return NULL;
    }
  return row_from_stmt (stmt);
}

static gboolean
in_set (const char         *value,
        const char * const *set,
        guint               n)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (value, set[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_date (const char *text)
{
  unsigned int y, m, d;
  char end;

  if (*text == '\0')
    return TRUE;
  if (strlen (text) != 10 || sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3)
    return FALSE;
  return g_date_valid_dmy (d, m, y);
}

/* Checks the values of a row as it would be after a change; what names
 * the row in a message. */
static gboolean
check_values (const char  *what,
              int          year,
              const char  *pathway,
              double       units,
              const char  *status,
              const char  *source_date,
              const char  *texts[2],
              GError     **error)
{
  if (!isfinite (units) || units < 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: %g is not a number of homes; enter a number of 0 or more."),
                   what, units);
      return FALSE;
    }
  if (year < WEP_PLAN_YEAR_MIN || year > WEP_PLAN_YEAR_MAX)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: the year %d is not from %d to %d."),
                   what, year, WEP_PLAN_YEAR_MIN, WEP_PLAN_YEAR_MAX);
      return FALSE;
    }
  if (!in_set (pathway, pathways, G_N_ELEMENTS (pathways)))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: “%s” is not a pathway; use hf, ind or grp."), what, pathway);
      return FALSE;
    }
  if (!in_set (status, statuses, G_N_ELEMENTS (statuses)))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: “%s” is not a status; use gepland, in_aanbouw or gerealiseerd."),
                   what, status);
      return FALSE;
    }
  if (!is_date (source_date))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: “%s” is not a date; write it as YYYY-MM-DD, e.g. 2025-06-30."),
                   what, source_date);
      return FALSE;
    }
  for (guint i = 0; i < 2; i++)
    if (g_utf8_strlen (texts[i], -1) > WEP_MAX_TEXT_CHARS)
      {
        g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                     _("%s: a text is longer than %d characters."), what, WEP_MAX_TEXT_CHARS);
        return FALSE;
      }
  return TRUE;
}

/* The one counted row per municipality, year and pathway, and the primary
 * key (one row per source): is there another row in the way? */
static gboolean
check_unique (sqlite3     *db,
              const char  *what,
              gint64       id,
              const char  *municipality,
              int          year,
              const char  *pathway,
              gint64       provenance_id,
              gboolean     counted,
              GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db,
                         "SELECT counted = 1 AND ?6 = 1 AS both_counted FROM plans "
                         "WHERE municipality = ?1 AND year = ?2 AND pathway = ?3 AND rowid <> ?4 "
                         "AND (provenance_id = ?5 OR (counted = 1 AND ?6 = 1)) "
                         "ORDER BY both_counted DESC LIMIT 1",
                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, municipality, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_text (stmt, 3, pathway, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, id);
  sqlite3_bind_int64 (stmt, 5, provenance_id);
  sqlite3_bind_int (stmt, 6, counted ? 1 : 0);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  if (sqlite3_column_int (stmt, 0) != 0)
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS,
                 _("%s: there is already a counted plan for %d, %s, and only one can count; "
                   "change or remove that row first."),
                 what, year, wep_plan_pathway_label (pathway));
  else
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS,
                 _("%s: there is already a plan from the same source for %d, %s; "
                   "change that row instead."),
                 what, year, wep_plan_pathway_label (pathway));
  return FALSE;
}

static char *
describe_row (const WepPlanRow *row)
{
  return g_strdup_printf (_("Plan of %s, %d, %s"), row->municipality_name, row->year,
                          wep_plan_pathway_label (row->pathway));
}

/* Checks a change of one field and, when write, makes it. */
static gboolean
update_plan (WepDocument  *self,
             gint64        id,
             WepPlanField  field,
             const GValue *value,
             gboolean      write,
             GError      **error)
{
  static const GType field_types[] = { G_TYPE_INT, G_TYPE_STRING, G_TYPE_DOUBLE, G_TYPE_STRING,
                                       G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING };
  static const char * const columns[] = { "year", "pathway", "units", "status",
                                          "source_document", "source_date", "note" };
  g_autoptr (WepPlanRow) row = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;
  g_autofree char *sql = NULL;
  const char *texts[2];
  sqlite3 *db;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (field <= WEP_PLAN_FIELD_NOTE, FALSE);
  g_return_val_if_fail (G_VALUE_HOLDS (value, field_types[field]), FALSE);

  if ((row = wep_document_get_plan (self, id, error)) == NULL)
    return FALSE;
  what = describe_row (row);

  switch (field)
    {
    case WEP_PLAN_FIELD_YEAR:
      row->year = g_value_get_int (value);
      break;
    case WEP_PLAN_FIELD_UNITS:
      row->units = g_value_get_double (value);
      break;
    case WEP_PLAN_FIELD_PATHWAY:
      g_free (row->pathway);
      row->pathway = g_value_dup_string (value);
      break;
    case WEP_PLAN_FIELD_STATUS:
      g_free (row->status);
      row->status = g_value_dup_string (value);
      break;
    case WEP_PLAN_FIELD_SOURCE_DOCUMENT:
      g_free (row->source_document);
      row->source_document = g_value_dup_string (value);
      break;
    case WEP_PLAN_FIELD_SOURCE_DATE:
      g_free (row->source_date);
      row->source_date = g_value_dup_string (value);
      break;
    case WEP_PLAN_FIELD_NOTE:
      g_free (row->note);
      row->note = g_value_dup_string (value);
      break;
    default:
      g_assert_not_reached ();
    }

  texts[0] = row->source_document != NULL ? row->source_document : "";
  texts[1] = row->note != NULL ? row->note : "";
  if (row->source_date == NULL)
    row->source_date = g_strdup ("");
  db = _wep_document_get_db (self);
  if (!check_values (what, row->year, row->pathway, row->units, row->status, row->source_date,
                     texts, error)
      || !check_unique (db, what, id, row->municipality, row->year, row->pathway,
                        row->provenance_id, row->counted, error))
    return FALSE;
  if (!write)
    return TRUE;

  sql = g_strdup_printf ("UPDATE plans SET %s = ? WHERE rowid = ?", columns[field]);
  if ((stmt = _wep_sqlite_prepare (db, sql, error)) == NULL)
    return FALSE;
  switch (field)
    {
    case WEP_PLAN_FIELD_YEAR:
      sqlite3_bind_int (stmt, 1, row->year);
      break;
    case WEP_PLAN_FIELD_UNITS:
      sqlite3_bind_double (stmt, 1, row->units);
      break;
    default:
      sqlite3_bind_text (stmt, 1, g_value_get_string (value) != NULL
                                  ? g_value_get_string (value) : "", -1, SQLITE_TRANSIENT);
      break;
    }
  sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, what, error);
  _wep_document_set_modified (self);
  return TRUE;
}

gboolean
wep_document_update_plan (WepDocument  *self,
                          gint64        id,
                          WepPlanField  field,
                          const GValue *value,
                          GError      **error)
{
  return update_plan (self, id, field, value, TRUE, error);
}

gboolean
wep_document_check_plan_update (WepDocument  *self,
                                gint64        id,
                                WepPlanField  field,
                                const GValue *value,
                                GError      **error)
{
  return update_plan (self, id, field, value, FALSE, error);
}

gboolean
wep_document_delete_plan (WepDocument  *self,
                          gint64        id,
                          GError      **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  sqlite3 *db;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  db = _wep_document_get_db (self);
  if ((stmt = _wep_sqlite_prepare (db, "DELETE FROM plans WHERE rowid = ?", error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, _("Could not remove the plan"), error);
  if (sqlite3_changes (db) == 0)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("There is no plan row %s; it may have been removed."), id_text);
      return FALSE;
    }
  _wep_document_set_modified (self);
  return TRUE;
}

/* The provenance of rows entered by hand in this plan, made the first
 * time it is needed. */
static gint64
manual_provenance (WepDocument  *self,
                   GError      **error)
{
  g_autofree char *organisation = wep_document_get_meta (self, "organisation");
  g_autoptr (sqlite3_stmt) stmt = NULL;
  sqlite3 *db = _wep_document_get_db (self);

  if (organisation == NULL)
    organisation = g_strdup ("");
  stmt = _wep_sqlite_prepare (db,
                              "SELECT id FROM provenance WHERE kind = 'handmatig' "
                              "AND source = ? AND organisation = ? ORDER BY id DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, WEP_PLAN_MANUAL_SOURCE, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, organisation, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  return wep_document_add_provenance (self, "handmatig", WEP_PLAN_MANUAL_SOURCE, organisation,
                                      error);
}

/* Checks a new row entered by hand and, when write, adds it. */
static gint64
add_plan_row (WepDocument    *self,
              const WepPlan  *plan,
              gboolean        write,
              GError        **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;
  g_autofree char *name = NULL;
  const char *status;
  const char *texts[2];
  sqlite3 *db;
  gint64 provenance_id;

  g_assert (WEP_IS_DOCUMENT (self));
  g_assert (plan != NULL && plan->municipality != NULL);

  db = _wep_document_get_db (self);
  if ((stmt = _wep_sqlite_prepare (db, "SELECT name FROM municipalities WHERE code = ?",
                                   error)) == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, plan->municipality, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("There is no municipality %s in this plan; add it first."),
                   plan->municipality);
      return -1;
    }
  name = column_dup (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);

  what = g_strdup_printf (_("Plan of %s, %d, %s"), name, plan->year,
                          wep_plan_pathway_label (plan->pathway));
  status = plan->status != NULL ? plan->status : "gepland";
  texts[0] = plan->source_document != NULL ? plan->source_document : "";
  texts[1] = plan->note != NULL ? plan->note : "";
  if (!check_values (what, plan->year, plan->pathway, plan->units, status,
                     plan->source_date != NULL ? plan->source_date : "", texts, error))
    return -1;
  if (!check_unique (db, what, -1, plan->municipality, plan->year, plan->pathway, -1, TRUE,
                     error))
    return -1;
  if (!write)
    return 0;
  if ((provenance_id = manual_provenance (self, error)) < 0)
    return -1;
  if (!check_unique (db, what, -1, plan->municipality, plan->year, plan->pathway, provenance_id,
                     TRUE, error))
    return -1;

  if (!wep_document_add_plan (self, &(WepPlan) { plan->municipality, plan->year, plan->pathway,
                                                 plan->units, status, plan->source_document,
                                                 plan->source_date, plan->note },
                              provenance_id, error))
    return -1;
  return sqlite3_last_insert_rowid (db);
}

gint64
wep_document_add_plan_row (WepDocument    *self,
                           const WepPlan  *plan,
                           GError        **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (plan != NULL && plan->municipality != NULL, -1);

  return add_plan_row (self, plan, TRUE, error);
}

gboolean
wep_document_check_plan_row (WepDocument    *self,
                             const WepPlan  *plan,
                             GError        **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (plan != NULL && plan->municipality != NULL, FALSE);

  return add_plan_row (self, plan, FALSE, error) == 0;
}

void
wep_document_list_municipalities (WepDocument *self,
                                  GStrv       *codes,
                                  GStrv       *names)
{
  g_autoptr (GStrvBuilder) code_builder = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) name_builder = g_strv_builder_new ();
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_if_fail (WEP_IS_DOCUMENT (self));
  g_return_if_fail (codes != NULL && names != NULL);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "SELECT code, name FROM municipalities ORDER BY name, code", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_strv_builder_add (code_builder, (const char *) sqlite3_column_text (stmt, 0));
      g_strv_builder_add (name_builder, (const char *) sqlite3_column_text (stmt, 1));
    }
  *codes = g_strv_builder_end (code_builder);
  *names = g_strv_builder_end (name_builder);
}

const char *
wep_plan_status_label (const char *status)
{
  if (g_strcmp0 (status, "gepland") == 0)
    return _("Planned");
  if (g_strcmp0 (status, "in_aanbouw") == 0)
    return _("Under construction");
  if (g_strcmp0 (status, "gerealiseerd") == 0)
    return _("Completed");
  return status;
}

const char *
wep_plan_pathway_label (const char *pathway)
{
  if (g_strcmp0 (pathway, "hf") == 0)
    return _("Housing First");
  if (g_strcmp0 (pathway, "ind") == 0)
    return _("Independent");
  if (g_strcmp0 (pathway, "grp") == 0)
    return _("Clustered");
  return pathway;
}
