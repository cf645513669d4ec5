/* wep-import-write.c: the rows of a spreadsheet import written into the
 * plan (inside wep_import_apply ()'s transaction), and the templates
 *
 * Importing again: a row whose natural key already has a counted row in
 * the plan (from an earlier import, a merge or the example) replaces it:
 * the old row stays in the plan, uncounted (counted = 0, so nothing is
 * lost and a merge can still compare it), and the new one is added as the
 * counted row; the preview says "replaces 10 from <source>". Two things
 * have no counted flag in the plan file and are changed in place, the
 * preview naming the old value: a municipality's population, households
 * and social rental stock (and the row takes the import's provenance), and
 * a municipality's region of a kind (it moves to the new one).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-import-table-private.h"

void
_wep_import_row_free (WepImportRow *row,
                      guint         n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    g_free (row->values[i].text);
  g_free (row->values);
  g_free (row);
}

void
_wep_import_parsed_free (WepImportParsed *parsed)
{
  for (guint i = 0; i < parsed->rows->len; i++)
    _wep_import_row_free (g_ptr_array_index (parsed->rows, i), parsed->table->n_fields);
  g_ptr_array_unref (parsed->rows);
  g_free (parsed);
}

int
_wep_import_slot_of (const WepTableKind *table,
                     const char         *key)
{
  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].key, key))
      return i;
  return -1;
}

WepImportSlots
_wep_import_find_slots (const WepTableKind *table)
{
  WepImportSlots s;

  g_assert (table != NULL);

  s.municipality = _wep_import_slot_of (table, "municipality");
  s.name = _wep_import_slot_of (table, "name");
  s.region = _wep_import_slot_of (table, "region");
  s.region_name = _wep_import_slot_of (table, "region_name");
  s.region_kind = _wep_import_slot_of (table, "kind");
  s.year = _wep_import_slot_of (table, "year");
  s.pathway = _wep_import_slot_of (table, "pathway");
  s.units = _wep_import_slot_of (table, "units");
  s.status = _wep_import_slot_of (table, "status");
  s.source_document = _wep_import_slot_of (table, "source_document");
  s.source_date = _wep_import_slot_of (table, "source_date");
  s.note = _wep_import_slot_of (table, "note");
  s.group = _wep_import_slot_of (table, "target_group");
  s.homes = _wep_import_slot_of (table, "homes");
  s.lettings = _wep_import_slot_of (table, "lettings");
  return s;
}

/* Runs sql on the rows of a natural key (?1 text, ?2 year, ?3 text): to
 * mark the counted row uncounted, or to take a municipality out of its
 * region of a kind. */
static gboolean
run_keyed (WepDocument *doc,
           const char  *sql,
           const char  *a,
           int          year,
           const char  *b,
           GError     **error)
{
  sqlite3 *db = _wep_document_get_db (doc);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_assert (sql != NULL && a != NULL);

  if ((stmt = _wep_sqlite_prepare (db, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, a, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  if (b != NULL)
    sqlite3_bind_text (stmt, 3, b, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, _("Could not replace what the plan held before"), error);
  return TRUE;
}

static gboolean
write_plan (WepDocument     *doc,
            WepImportParsed *parsed,
            WepImportRow    *row,
            gint64           provenance,
            GError         **error)
{
  const WepImportSlots *s = &parsed->slots;
  WepImportValue *v = row->values;
  WepPlan plan = { v[s->municipality].text, (int) v[s->year].number, v[s->pathway].text,
                   v[s->units].number, v[s->status].text, v[s->source_document].text,
                   v[s->source_date].text, v[s->note].text };

  return run_keyed (doc, "UPDATE plans SET counted = 0 WHERE municipality = ?1 "
                         "AND year = ?2 AND pathway = ?3 AND counted = 1",
                    plan.municipality, plan.year, plan.pathway, error)
         && wep_document_add_plan (doc, &plan, provenance, error);
}

static gboolean
write_figures (WepDocument     *doc,
               WepImportParsed *parsed,
               WepImportRow    *row,
               gint64           provenance,
               GError         **error)
{
  const WepImportSlots *s = &parsed->slots;
  WepImportValue *v = row->values;
  const char *code = v[s->municipality].text;
  int own[] = { _wep_import_slot_of (parsed->table, "population"),
                _wep_import_slot_of (parsed->table, "households"),
                _wep_import_slot_of (parsed->table, "social_rental_stock") };
  sqlite3 *db = _wep_document_get_db (doc);
  int year = v[s->year].set ? (int) v[s->year].number : 0;

  if (row->new_municipality)
    {
      WepMunicipality m = { code, v[s->name].text, NULL,
                            v[own[0]].set ? (gint64) v[own[0]].number : -1,
                            v[own[1]].set ? (gint64) v[own[1]].number : -1,
                            v[own[2]].set ? (gint64) v[own[2]].number : -1 };

      if (!wep_document_add_municipality (doc, &m, provenance, error))
        return FALSE;
    }
  else if (v[own[0]].set || v[own[1]].set || v[own[2]].set)
    {
      g_autoptr (sqlite3_stmt) stmt =
        _wep_sqlite_prepare (db, "UPDATE municipalities SET "
                                 "population = coalesce (?1, population), "
                                 "households = coalesce (?2, households), "
                                 "social_rental_stock = coalesce (?3, social_rental_stock), "
                                 "provenance_id = ?4 WHERE code = ?5", error);

      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (own); i++)
        if (v[own[i]].set)
          sqlite3_bind_int64 (stmt, i + 1, (gint64) v[own[i]].number);
      sqlite3_bind_int64 (stmt, 4, provenance);
      sqlite3_bind_text (stmt, 5, code, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        return _wep_sqlite_fail (db, code, error);
      _wep_document_set_modified (doc);
    }
  if (!v[s->lettings].set)
    return TRUE;
  return run_keyed (doc, "UPDATE municipality_lettings SET counted = 0 "
                         "WHERE municipality = ?1 AND year = ?2 AND counted = 1",
                    code, year, NULL, error)
         && wep_document_set_lettings (doc, code, year, v[s->lettings].number, provenance,
                                       error);
}

static gboolean
write_region_member (WepDocument     *doc,
                     WepImportParsed *parsed,
                     WepImportRow    *row,
                     gint64           provenance,
                     GError         **error)
{
  const WepImportSlots *s = &parsed->slots;
  WepImportValue *v = row->values;
  const char *code = v[s->municipality].text, *region = v[s->region].text;
  const char *name = v[s->region_name].text, *kind = v[s->region_kind].text;

  if (row->new_region
      && !wep_document_add_region (doc, region, name != NULL ? name : region, kind, provenance,
                                   error))
    return FALSE;
  if (row->nothing)
    return TRUE;
  if (row->moves && !run_keyed (doc, "DELETE FROM region_members "
                                     "WHERE municipality = ?1 AND kind = ?3",
                                code, 0, kind, error))
    return FALSE;
  return wep_document_add_region_member (doc, region, code, provenance, error);
}

static gboolean
write_region_figures (WepDocument     *doc,
                      WepImportParsed *parsed,
                      WepImportRow    *row,
                      gint64           provenance,
                      GError         **error)
{
  const WepTableKind *table = parsed->table;
  const WepImportSlots *s = &parsed->slots;
  WepImportValue *v = row->values;
  const char *region = v[s->region].text;
  int year = v[s->year].number;

  for (guint i = 0; i < table->n_fields; i++)
    {
      const char *key = table->fields[i].key;

      if (table->fields[i].type != WEP_FIELD_NUMBER || !v[i].set)
        continue;
      if (!run_keyed (doc, "UPDATE region_figures SET counted = 0 WHERE region = ?1 "
                           "AND year = ?2 AND key = ?3 AND counted = 1",
                      region, year, key, error)
          || !wep_document_set_region_figure (doc, region, year, key, v[i].number, provenance,
                                              error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_allocation (WepDocument     *doc,
                  WepImportParsed *parsed,
                  WepImportRow    *row,
                  gint64           provenance,
                  GError         **error)
{
  const WepImportSlots *s = &parsed->slots;
  WepImportValue *v = row->values;
  const char *code = v[s->municipality].text, *group = v[s->group].text;
  int year = v[s->year].number;

  return run_keyed (doc, "UPDATE allocations SET counted = 0 WHERE municipality = ?1 "
                         "AND year = ?2 AND target_group = ?3 AND counted = 1",
                    code, year, group, error)
         && wep_document_add_allocation (doc, code, year, group, (gint64) v[s->homes].number,
                                         provenance, error);
}

gboolean
_wep_import_rows_apply (WepDocument      *doc,
                        WepImportPreview *preview,
                        gint64            provenance_id,
                        GError          **error)
{
  WepImportParsed *parsed = preview->priv;
  gboolean (*write) (WepDocument *, WepImportParsed *, WepImportRow *, gint64, GError **);

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (parsed != NULL, FALSE);

  switch (parsed->table->kind)
    {
    case WEP_IMPORT_PLANS:
      write = write_plan;
      break;
    case WEP_IMPORT_FIGURES:
      write = write_figures;
      break;
    case WEP_IMPORT_REGIONS:
      write = write_region_member;
      break;
    case WEP_IMPORT_REGION_FIGURES:
      write = write_region_figures;
      break;
    case WEP_IMPORT_ALLOCATIONS:
      write = write_allocation;
      break;
    case WEP_IMPORT_BOUNDARIES:
    case WEP_N_IMPORT_KINDS:
    default:
      g_return_val_if_reached (FALSE);
    }

  for (guint i = 0; i < parsed->rows->len; i++)
    {
      WepImportRow *row = g_ptr_array_index (parsed->rows, i);

      if (!write (doc, parsed, row, provenance_id, error))
        {
          g_prefix_error (error, _("%s, line %u: "), preview->source, row->line);
          return FALSE;
        }
    }
  return TRUE;
}

/* A cell of a template: quoted when it holds a separator, quote or line. */
static void
append_cell (GString    *out,
             const char *text)
{
  if (strpbrk (text, ";\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

/* As Dutch Excel opens it best by a double click: UTF-8 with a BOM (else
 * it reads Windows-1252), ';' between cells, CRLF after each row. */
char *
wep_import_template (WepImportKind kind)
{
  const WepTableKind *table = wep_table_kind (kind);
  GString *out;

  g_return_val_if_fail (table != NULL, NULL);

  out = g_string_new ("\xEF\xBB\xBF");
  for (guint i = 0; i < table->n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      append_cell (out, table->fields[i].header);
    }
  g_string_append (out, "\r\n");
  for (guint i = 0; i < table->n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      append_cell (out, table->fields[i].example);
    }
  g_string_append (out, "\r\n");
  return g_string_free (out, FALSE);
}
