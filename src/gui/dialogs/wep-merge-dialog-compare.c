/* wep-merge-dialog-compare.c: opening the other plan file and comparing
 * it with this plan
 *
 * The other file is opened in a worker thread, with every check of an
 * untrusted file (wep_document_open ()); the comparison attaches its copy
 * to this plan's database (wep_merge_prepare_document ()) and so runs on
 * this thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-dialog-common.h"
#include "wep-merge-conflict-row.h"
#include "wep-merge-dialog-private.h"

/* Drops the comparison (and the other file's copy attached to the plan). */
void
_wep_merge_dialog_clear (WepMergeDialog *self)
{
  g_assert (WEP_IS_MERGE_DIALOG (self));

  /* The items point into the merge: they go first. */
  g_list_store_remove_all (self->items);
  g_clear_pointer (&self->merge, wep_merge_free);
  g_clear_pointer (&self->summary, g_free);
}

static void
show_failure (WepMergeDialog *self,
              GError         *error)
{
  g_assert (WEP_IS_MERGE_DIALOG (self));

  _wep_merge_dialog_clear (self);
  g_clear_object (&self->source);
  g_clear_error (&self->error);
  self->error = error;
  adw_status_page_set_description (self->failed_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  _wep_merge_dialog_set_busy (self, FALSE);
  _wep_merge_dialog_update_state (self);
}

static char *
conflict_key (const WepMergeConflict *c)
{
  return g_strconcat (c->table, "\x1f", c->what, NULL);
}

/* Compares the other plan with this one; choices (conflict key → choice)
 * are made again where the same conflicts come back. */
static void
compare (WepMergeDialog *self,
         GHashTable     *choices)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *conflicts;

  g_assert (WEP_IS_MERGE_DIALOG (self));
  g_assert (self->source != NULL);

  _wep_merge_dialog_clear (self);
  self->merge = wep_merge_prepare_document (self->document, self->source, NULL, &error);
  if (self->merge == NULL)
    {
      show_failure (self, g_steal_pointer (&error));
      return;
    }
  conflicts = wep_merge_get_conflicts (self->merge);
  for (guint i = 0; i < conflicts->len; i++)
    {
      WepMergeConflict *c = g_ptr_array_index (conflicts, i);
      g_autoptr (WepMergeItem) item = wep_merge_item_new (c);

      if (choices != NULL)
        {
          g_autofree char *key = conflict_key (c);

          c->choice = GPOINTER_TO_UINT (g_hash_table_lookup (choices, key));
        }
      g_signal_connect_object (item, "notify::choice",
                               G_CALLBACK (_wep_merge_dialog_update_state), self,
                               G_CONNECT_SWAPPED);
      g_list_store_append (self->items, item);
    }
  gtk_stack_set_visible_child_name (self->conflicts_stack, conflicts->len > 0 ? "list" : "none");
  gtk_stack_set_visible_child_name (self->stack, "ready");
  _wep_merge_dialog_update_state (self);
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (WepMergeDialog) self = wep_dialog_weak_ref_steal (user_data);
  g_autoptr (WepDocument) source = NULL;
  g_autoptr (GError) error = NULL;

  source = g_task_propagate_pointer (G_TASK (result), &error);
  /* The dialog was closed, or another file was chosen. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_assert (WEP_IS_MERGE_DIALOG (self));
  g_clear_object (&self->cancellable);
  if (source == NULL)
    {
      show_failure (self, g_steal_pointer (&error));
      return;
    }
  self->source = g_steal_pointer (&source);
  _wep_merge_dialog_set_busy (self, FALSE);
  compare (self, NULL);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr (WepDocument) source = NULL;
  GError *error = NULL;

  source = wep_document_open (task_data, WEP_OPEN_READ_ONLY, &error);
  if (g_task_return_error_if_cancelled (task))
    {
      g_clear_error (&error);
      return;
    }
  if (source == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&source), g_object_unref);
}

void
wep_merge_dialog_load (WepMergeDialog *self,
                       GFile          *file)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *name = NULL;
  char *path;

  g_return_if_fail (WEP_IS_MERGE_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  _wep_merge_dialog_clear (self);
  g_clear_object (&self->source);
  g_clear_error (&self->error);
  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  adw_action_row_set_subtitle (self->file_row, name);
  adw_window_title_set_subtitle (self->window_title, name);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      show_failure (self, g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                       _("Only plan files on this computer can be merged, not "
                                         "%s."), uri));
      return;
    }

  self->cancellable = g_cancellable_new ();
  _wep_merge_dialog_set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  _wep_merge_dialog_update_state (self);
  task = g_task_new (NULL, self->cancellable, opened_cb, wep_dialog_weak_ref_new (self));
  g_task_set_name (task, "[wep] merge: open the other plan");
  g_task_set_task_data (task, path, g_free);
  g_task_run_in_thread (task, open_thread);
}


void
_wep_merge_dialog_compare_again (WepMergeDialog *self)
{
  g_autoptr (GHashTable) choices = NULL;
  guint n;

  g_assert (WEP_IS_MERGE_DIALOG (self));
  g_assert (self->source != NULL);

  choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (WepMergeItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      g_hash_table_insert (choices, conflict_key (wep_merge_item_get_conflict (item)),
                           GUINT_TO_POINTER (wep_merge_item_get_choice (item)));
    }
  compare (self, choices);
}
