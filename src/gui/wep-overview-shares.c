/* wep-overview-shares.c: the Overzicht's "who does their share"
 *
 * For the selected region and year: each member municipality's fair share
 * of the region's need (by the key chosen here and on the map alike, the
 * session's fair-share-key), its plans and the difference. The fair share
 * runs the goal seek for every region, so it is computed in a worker on a
 * copy of the plan, after every change, and shown when it is ready.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wep-format.h"
#include "wep-overview-view-private.h"

typedef struct
{
  WepDocument     *copy;
  char            *scenario;
  WepFairShareKey  key;
} SharesJob;

static void
shares_job_free (SharesJob *job)
{
  g_clear_object (&job->copy);
  g_free (job->scenario);
  g_free (job);
}

static void
shares_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SharesJob *job = task_data;
  GError *error = NULL;
  WepFairShare *shares = wep_fair_share_compute (job->copy, job->scenario, job->key, &error);

  if (shares == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, shares, (GDestroyNotify) wep_fair_share_free);
}

static void
shares_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (WepOverviewView) self = user_data;
  g_autoptr (GError) error = NULL;
  WepFairShare *shares = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || g_task_get_cancellable (G_TASK (result)) != self->shares_cancellable)
    {
      g_clear_pointer (&shares, wep_fair_share_free);
      return; /* a newer change overtook it */
    }
  g_clear_object (&self->shares_cancellable);
  g_clear_pointer (&self->shares, wep_fair_share_free);
  g_clear_pointer (&self->shares_problem, g_free);
  self->shares = shares;
  if (shares == NULL)
    self->shares_problem = g_strdup (error->message);
  _wep_overview_show_shares (self);
}

/* The plan changed, or the key: what was computed is of no use any more. */
void
_wep_overview_forget_shares (WepOverviewView *self)
{
  g_clear_handle_id (&self->shares_idle, g_source_remove);
  g_cancellable_cancel (self->shares_cancellable);
  g_clear_object (&self->shares_cancellable);
  g_clear_pointer (&self->shares, wep_fair_share_free);
  g_clear_pointer (&self->shares_problem, g_free);
}

static void
start_shares (WepOverviewView *self)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  SharesJob *job;
  WepDocument *copy;

  copy = wep_document_copy (wep_session_get_document (self->session), &error);
  if (copy == NULL)
    {
      self->shares_problem = g_strdup (error->message);
      return;
    }
  job = g_new0 (SharesJob, 1);
  job->copy = copy;
  job->scenario = g_strdup (wep_session_get_scenario (self->session));
  job->key = wep_session_get_fair_share_key (self->session);
  self->shares_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->shares_cancellable, shares_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_shares);
  g_task_set_task_data (task, job, (GDestroyNotify) shares_job_free);
  g_task_run_in_thread (task, shares_thread);
}

/* After the frame that shows the change: copying the plan for the worker
 * is not part of the repaint. */
static gboolean
start_shares_idle (gpointer user_data)
{
  WepOverviewView *self = user_data;

  self->shares_idle = 0;
  if (self->session != NULL && self->shares == NULL && self->shares_cancellable == NULL)
    start_shares (self);
  if (self->shares_problem != NULL)
    _wep_overview_show_shares (self);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
share_row (const char *name,
           double      share,
           double      planned)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *share_text = wep_format_count (share);
  g_autofree char *planned_text = wep_format_count (planned);
  g_autofree char *gap_text = wep_format_count (planned - share);
  g_autofree char *subtitle = NULL;
  g_autofree char *signed_gap = NULL;
  GtkWidget *gap;

  /* Translators: under a municipality: its fair share and its plans, in
   * homes of the year, e.g. "eerlijk aandeel 12 · gepland 8" */
  subtitle = g_strdup_printf (_("fair share %s · planned %s"), share_text, planned_text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  signed_gap = round (planned - share) > 0 ? g_strconcat ("+", gap_text, NULL)
                                           : g_strdup (gap_text);
  gap = gtk_label_new (signed_gap);
  gtk_widget_add_css_class (gap, "numeric");
  /* Plans below the share: in red, as the waits above the goal are. */
  if (round (planned - share) < 0)
    gtk_widget_add_css_class (gap, "error");
  gtk_widget_set_tooltip_text (gap, _("Planned minus fair share"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gap);
  return row;
}

void
_wep_overview_show_shares (WepOverviewView *self)
{
  g_autoptr (GHashTable) seen = NULL;
  const char *region = self->selected_region;
  guint n = 0;

  while (self->share_rows->len > 0)
    {
      adw_preferences_group_remove (self->shares_group,
                                    g_ptr_array_index (self->share_rows,
                                                       self->share_rows->len - 1));
      g_ptr_array_remove_index (self->share_rows, self->share_rows->len - 1);
    }

  /* Only for one region: the whole plan is every region's own sum. */
  gtk_widget_set_visible (GTK_WIDGET (self->shares_group),
                          self->session != NULL && region != NULL
                          && wep_session_get_results (self->session) != NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->shares_group)))
    return;
  if (self->shares == NULL && self->shares_problem == NULL && self->shares_cancellable == NULL
      && self->shares_idle == 0)
    self->shares_idle = g_idle_add_full (G_PRIORITY_LOW, start_shares_idle, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->shares_spinner), self->shares == NULL
                                                             && self->shares_problem == NULL);
  gtk_spinner_set_spinning (self->shares_spinner, self->shares == NULL);
  if (self->shares_problem != NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->shares_problem);
      adw_preferences_group_add (self->shares_group, row);
      g_ptr_array_add (self->share_rows, row);
      return;
    }
  if (self->shares == NULL)
    return;

  /* One row per member: the three housing pathways of the year together. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->shares->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (self->shares, i);
      double share = 0.0, planned = 0.0;
      GtkWidget *widget;

      if (row->year != self->year || g_strcmp0 (row->region, region) != 0
          || g_hash_table_contains (seen, row->municipality))
        continue;
      g_hash_table_add (seen, (gpointer) row->municipality);
      for (guint j = i; j < self->shares->rows->len; j++)
        {
          const WepFairShareRow *same = wep_fair_share_row (self->shares, j);

          if (same->year == row->year && g_strcmp0 (same->region, region) == 0
              && g_strcmp0 (same->municipality, row->municipality) == 0)
            {
              share += same->share;
              planned += same->planned;
            }
        }
      widget = share_row (row->name, share, planned);
      adw_preferences_group_add (self->shares_group, widget);
      g_ptr_array_add (self->share_rows, widget);
      n++;
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("This region has no member municipalities to share "
                                       "the need."));
      adw_preferences_group_add (self->shares_group, row);
      g_ptr_array_add (self->share_rows, row);
    }
}

static void
key_selected_cb (WepOverviewView *self)
{
  guint selected = gtk_drop_down_get_selected (self->shares_key);

  if (self->session == NULL || self->updating || selected >= WEP_N_FAIR_SHARE_KEYS)
    return;
  wep_session_set_fair_share_key (self->session, (WepFairShareKey) selected);
}

/* The key as the session has it (the map may have changed it). */
void
_wep_overview_sync_share_key (WepOverviewView *self)
{
  if (self->session == NULL)
    return;
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->shares_key, wep_session_get_fair_share_key (self->session));
  self->updating = FALSE;
  _wep_overview_forget_shares (self);
  _wep_overview_show_shares (self);
}

void
_wep_overview_setup_shares (WepOverviewView *self)
{
  g_autoptr (GtkStringList) keys = gtk_string_list_new (NULL);
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  for (guint k = 0; k < WEP_N_FAIR_SHARE_KEYS; k++)
    gtk_string_list_append (keys, wep_fair_share_key_label (k));
  self->shares_key = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&keys)),
                                                       NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->shares_key), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->shares_key),
                               _("Fair-share key: what the region's need is divided by"));
  self->shares_spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (self->shares_spinner));
  gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (self->shares_key));
  adw_preferences_group_set_header_suffix (self->shares_group, suffix);
  self->share_rows = g_ptr_array_new ();
  g_signal_connect_object (self->shares_key, "notify::selected", G_CALLBACK (key_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

AdwPreferencesGroup *
wep_overview_view_get_shares_group (WepOverviewView *self)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), NULL);
  return self->shares_group;
}

GtkDropDown *
wep_overview_view_get_shares_key (WepOverviewView *self)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), NULL);
  return self->shares_key;
}

gboolean
wep_overview_view_get_shares_ready (WepOverviewView *self)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), FALSE);
  return self->shares != NULL || self->shares_problem != NULL;
}
