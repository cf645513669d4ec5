/* wep-document-undo.c: undo and redo of every change to a plan
 *
 * Before a change the whole in-memory database is kept as it is
 * (sqlite3_serialize); undo puts it back (sqlite3_deserialize). A plan is
 * a few MiB at most, so this is simple, exact for every kind of change —
 * an edit, an import of thousands of rows, a merge — and cheap enough:
 * the history keeps at most 50 steps and 256 MiB.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wep-document-private.h"

#define MAX_STEPS 50
#define MAX_BYTES ((gsize) 256 * 1024 * 1024)

typedef struct
{
  char   *label;
  GBytes *snapshot;
} Step;

struct _WepUndoHistory
{
  GQueue undo;   /* of Step, newest first */
  GQueue redo;
  int    depth;  /* begin_change calls not yet ended */
};

static void
step_free (Step *step)
{
  g_free (step->label);
  g_bytes_unref (step->snapshot);
  g_free (step);
}

WepUndoHistory *
_wep_undo_history_new (void)
{
  WepUndoHistory *history = g_new0 (WepUndoHistory, 1);

  g_queue_init (&history->undo);
  g_queue_init (&history->redo);
  return history;
}

void
_wep_undo_history_free (WepUndoHistory *history)
{
  g_queue_clear_full (&history->undo, (GDestroyNotify) step_free);
  g_queue_clear_full (&history->redo, (GDestroyNotify) step_free);
  g_free (history);
}

static GBytes *
snapshot (sqlite3  *db,
          GError  **error)
{
  sqlite3_int64 size = 0;
  unsigned char *data = sqlite3_serialize (db, "main", &size, 0);

  if (data == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_IO,
                   _("Could not keep the plan for undo (out of memory)."));
      return NULL;
    }
  return g_bytes_new_with_free_func (data, size, sqlite3_free, data);
}

static gboolean
restore (sqlite3  *db,
         GBytes   *bytes,
         GError  **error)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);
  unsigned char *copy = sqlite3_malloc64 (size);

  if (copy == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_IO,
                   _("Could not go back (out of memory)."));
      return FALSE;
    }
  memcpy (copy, data, size);
  if (sqlite3_deserialize (db, "main", copy, size, size,
                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
      != SQLITE_OK)
    return _wep_sqlite_fail (db, _("Could not go back"), error);
  return TRUE;
}

static gsize
queue_bytes (GQueue *queue)
{
  gsize total = 0;

  for (GList *l = queue->head; l != NULL; l = l->next)
    total += g_bytes_get_size (((Step *) l->data)->snapshot);
  return total;
}

gboolean
wep_document_begin_change (WepDocument  *self,
                           const char   *label,
                           GError      **error)
{
  WepUndoHistory *history;
  Step *step;
  GBytes *bytes;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  history = _wep_document_get_history (self);
  if (history->depth++ > 0)
    return TRUE; /* part of a larger change */

  if ((bytes = snapshot (_wep_document_get_db (self), error)) == NULL)
    {
      history->depth--;
      return FALSE;
    }
  step = g_new0 (Step, 1);
  step->label = g_strdup (label);
  step->snapshot = bytes;
  g_queue_push_head (&history->undo, step);
  g_queue_clear_full (&history->redo, (GDestroyNotify) step_free);

  while (history->undo.length > MAX_STEPS
         || (history->undo.length > 1 && queue_bytes (&history->undo) > MAX_BYTES))
    step_free (g_queue_pop_tail (&history->undo));
  return TRUE;
}

void
wep_document_end_change (WepDocument *self)
{
  WepUndoHistory *history;

  g_return_if_fail (WEP_IS_DOCUMENT (self));

  history = _wep_document_get_history (self);
  g_return_if_fail (history->depth > 0);
  if (--history->depth == 0)
    _wep_document_emit_changed (self);
}

/* Moves one step from `from` to `to`: the plan as it is goes onto `to`,
 * the step's snapshot becomes the plan. */
static gboolean
travel (WepDocument  *self,
        GQueue       *from,
        GQueue       *to,
        GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  Step *step = g_queue_peek_head (from);
  g_autoptr (GBytes) now = NULL;
  Step *back;

  g_return_val_if_fail (_wep_document_get_history (self)->depth == 0, FALSE);

  if (step == NULL)
    return TRUE;
  _wep_document_flush_stmts (self);
  if ((now = snapshot (db, error)) == NULL || !restore (db, step->snapshot, error))
    return FALSE;

  g_queue_pop_head (from);
  back = g_new0 (Step, 1);
  back->label = g_strdup (step->label);
  back->snapshot = g_steal_pointer (&now);
  g_queue_push_head (to, back);
  step_free (step);

  _wep_document_set_modified (self);
  _wep_document_emit_changed (self);
  return TRUE;
}

gboolean
wep_document_undo (WepDocument  *self,
                   GError      **error)
{
  WepUndoHistory *history;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  history = _wep_document_get_history (self);
  return travel (self, &history->undo, &history->redo, error);
}

gboolean
wep_document_redo (WepDocument  *self,
                   GError      **error)
{
  WepUndoHistory *history;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  history = _wep_document_get_history (self);
  return travel (self, &history->redo, &history->undo, error);
}

const char *
wep_document_get_undo_label (WepDocument *self)
{
  Step *step;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  step = g_queue_peek_head (&_wep_document_get_history (self)->undo);
  return step != NULL ? step->label : NULL;
}

const char *
wep_document_get_redo_label (WepDocument *self)
{
  Step *step;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  step = g_queue_peek_head (&_wep_document_get_history (self)->redo);
  return step != NULL ? step->label : NULL;
}
