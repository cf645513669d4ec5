/* wep-import-task.c: the preview of an import, read in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-import-table.h"
#include "wep-import-task.h"

typedef struct
{
  WepDocument   *copy;       /* the worker's own copy of the plan */
  WepImportKind  kind;
  gboolean       guess_kind;
  gboolean       download;
  char          *path;
  char          *sheet;
  char          *base_url;
  WepPdokLevel   level;
  int            year;
} Request;

typedef struct
{
  WepImportPreview *preview;
  GStrv             sheets;
} Result;

static void
request_free (Request *request)
{
  g_clear_object (&request->copy);
  g_free (request->path);
  g_free (request->sheet);
  g_free (request->base_url);
  g_free (request);
}

static void
result_free (Result *result)
{
  g_clear_pointer (&result->preview, wep_import_preview_free);
  g_strfreev (result->sheets);
  g_free (result);
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Request *request = task_data;
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) sheets = NULL;
  WepImportKind kind = request->kind;
  Result *result;

  if (request->download)
    {
      preview = wep_pdok_import_preview (request->copy, request->path, request->base_url,
                                         request->level, request->year, &error);
      sheets = g_new0 (char *, 1);
    }
  else
    {
      WepImportKind guessed;

      if (request->guess_kind && kind != WEP_IMPORT_BOUNDARIES
          && wep_import_table_guess_kind (request->path, request->sheet, &guessed, NULL))
        kind = guessed;
      /* The sheets first: a file that cannot be opened says so here. */
      sheets = wep_import_list_sheets (request->path, kind, &error);
      if (sheets != NULL && !g_cancellable_is_cancelled (cancellable))
        {
          if (kind == WEP_IMPORT_BOUNDARIES)
            preview = wep_import_boundaries_preview (request->copy, request->path,
                                                     request->sheet, NULL, &error);
          else
            preview = wep_import_table_preview (request->copy, request->path, kind,
                                                request->sheet, &error);
        }
    }
  /* The copy is of no more use; let it go in this thread. */
  g_clear_object (&request->copy);

  if (g_task_return_error_if_cancelled (task))
    return;
  if (preview == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  result = g_new0 (Result, 1);
  result->preview = g_steal_pointer (&preview);
  result->sheets = g_steal_pointer (&sheets);
  g_task_return_pointer (task, result, (GDestroyNotify) result_free);
}

static void
start (WepDocument         *doc,
       Request             *request,
       GCancellable        *cancellable,
       GAsyncReadyCallback  callback,
       gpointer             user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr (GError) error = NULL;

  g_task_set_source_tag (task, start);
  g_task_set_name (task, "[wep] import preview");
  /* The copy is made here, on the thread that owns the plan. */
  request->copy = wep_document_copy (doc, &error);
  if (request->copy == NULL)
    {
      request_free (request);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  g_task_run_in_thread (task, preview_thread);
}

void
wep_import_task_preview_file_async (WepDocument         *doc,
                                    WepImportKind        kind,
                                    gboolean             guess_kind,
                                    const char          *path,
                                    const char          *sheet,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Request *request;

  g_return_if_fail (WEP_IS_DOCUMENT (doc));
  g_return_if_fail (kind < WEP_N_IMPORT_KINDS);
  g_return_if_fail (path != NULL);

  request = g_new0 (Request, 1);
  request->kind = kind;
  request->guess_kind = guess_kind;
  request->path = g_strdup (path);
  request->sheet = g_strdup (sheet);
  start (doc, request, cancellable, callback, user_data);
}

void
wep_import_task_preview_download_async (WepDocument         *doc,
                                        const char          *path,
                                        const char          *base_url,
                                        WepPdokLevel         level,
                                        int                  year,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  Request *request;

  g_return_if_fail (WEP_IS_DOCUMENT (doc));
  g_return_if_fail (path != NULL);

  request = g_new0 (Request, 1);
  request->kind = WEP_IMPORT_BOUNDARIES;
  request->download = TRUE;
  request->path = g_strdup (path);
  request->base_url = g_strdup (base_url);
  request->level = level;
  request->year = year;
  start (doc, request, cancellable, callback, user_data);
}

WepImportPreview *
wep_import_task_preview_finish (GAsyncResult  *result,
                                GStrv         *sheets,
                                GError       **error)
{
  Result *value;
  WepImportPreview *preview;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == start, NULL);

  if ((value = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return NULL;
  preview = g_steal_pointer (&value->preview);
  if (sheets != NULL)
    *sheets = g_steal_pointer (&value->sheets);
  result_free (value);
  return preview;
}
