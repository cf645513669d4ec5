/* wep-import.c: what every import shares: the preview, its text, and
 * carrying it out all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wep-document-private.h"
#include "wep-import-geo-private.h"
#include "wep-import-table-private.h"
#include "wep-import.h"

static void
problem_free (WepImportProblem *problem)
{
  g_free (problem->column_name);
  g_free (problem->reason);
  g_free (problem);
}

WepImportPreview *
wep_import_preview_new (WepImportKind  kind,
                        const char    *source,
                        const char    *sheet)
{
  WepImportPreview *preview = g_new0 (WepImportPreview, 1);

  preview->kind = kind;
  preview->source = g_strdup (source);
  preview->sheet = g_strdup (sheet);
  preview->understood = g_ptr_array_new_with_free_func (g_free);
  preview->notes = g_ptr_array_new_with_free_func (g_free);
  preview->rejected = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  return preview;
}

void
wep_import_preview_reject (WepImportPreview *preview,
                           guint             line,
                           guint             column,
                           const char       *column_name,
                           const char       *format,
                           ...)
{
  WepImportProblem *problem = g_new0 (WepImportProblem, 1);
  va_list args;

  g_return_if_fail (preview != NULL);

  problem->line = line;
  problem->column = column;
  problem->column_name = g_strdup (column_name);
  va_start (args, format);
  problem->reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (preview->rejected, problem);
}

void
wep_import_preview_free (WepImportPreview *preview)
{
  if (preview == NULL)
    return;
  if (preview->priv != NULL && preview->priv_free != NULL)
    preview->priv_free (preview->priv);
  g_clear_pointer (&preview->understood, g_ptr_array_unref);
  g_clear_pointer (&preview->notes, g_ptr_array_unref);
  g_clear_pointer (&preview->rejected, g_ptr_array_unref);
  g_free (preview->source);
  g_free (preview->sheet);
  g_free (preview);
}

char *
wep_import_preview_format (const WepImportPreview *preview)
{
  GString *out;

  g_return_val_if_fail (preview != NULL, NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, _("%s (%s): %u rows read, %u understood, %u rejected.\n"),
                          preview->source, wep_import_kind_key (preview->kind), preview->n_rows,
                          preview->understood->len, preview->rejected->len);
  for (guint i = 0; i < preview->notes->len; i++)
    g_string_append_printf (out, _("  note: %s\n"), (const char *) g_ptr_array_index (preview->notes, i));
  for (guint i = 0; i < preview->understood->len; i++)
    g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (preview->understood, i));
  for (guint i = 0; i < preview->rejected->len; i++)
    {
      const WepImportProblem *p = g_ptr_array_index (preview->rejected, i);

      if (p->column > 0)
        g_string_append_printf (out, _("  rejected: line %u, column %u (%s): %s\n"), p->line,
                                p->column, p->column_name != NULL ? p->column_name : "",
                                p->reason);
      else
        g_string_append_printf (out, _("  rejected: line %u: %s\n"), p->line, p->reason);
    }
  return g_string_free (out, FALSE);
}

gboolean
wep_import_apply (WepDocument       *doc,
                  WepImportPreview  *preview,
                  GError           **error)
{
  sqlite3 *db;
  gint64 provenance;

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (preview != NULL && preview->apply != NULL, FALSE);

  if (preview->rejected->len > 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   ngettext ("%s: %u row is rejected, so nothing is imported; correct the file "
                             "and try again.",
                             "%s: %u rows are rejected, so nothing is imported; correct the file "
                             "and try again.",
                             preview->rejected->len),
                   preview->source, preview->rejected->len);
      return FALSE;
    }
  if (wep_document_get_read_only (doc))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY, "%s",
                   wep_document_get_read_only_reason (doc));
      return FALSE;
    }

  db = _wep_document_get_db (doc);
  if (!_wep_sqlite_exec (db, "SAVEPOINT import", error))
    return FALSE;
  provenance = wep_document_add_provenance (doc,
                                            preview->provenance_kind != NULL
                                              ? preview->provenance_kind : "file",
                                            preview->source, NULL, error);
  if (provenance < 0 || !preview->apply (doc, preview, provenance, error))
    {
      sqlite3_exec (db, "ROLLBACK TO import; RELEASE import", NULL, NULL, NULL);
      return FALSE;
    }
  return _wep_sqlite_exec (db, "RELEASE import", error);
}

GStrv
wep_import_list_sheets (const char     *path,
                        WepImportKind   kind,
                        GError        **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (kind < WEP_N_IMPORT_KINDS, NULL);

  if (kind == WEP_IMPORT_BOUNDARIES)
    return _wep_import_geo_list_layers (path, error);
  return _wep_table_list_sheets (path, error);
}
